import { isRecord } from '../isRecord'

/** The three roles (contract). A user has exactly one. */
export const ROLES = ['admin', 'editor', 'provider'] as const
export type Role = (typeof ROLES)[number]

export function roleOf(user: unknown): Role | null {
  const role = isRecord(user) ? user.role : undefined
  return ROLES.find((r) => r === role) ?? null
}

export const isAdmin = (user: unknown): boolean => roleOf(user) === 'admin'
export const isEditor = (user: unknown): boolean => roleOf(user) === 'editor'
export const isProvider = (user: unknown): boolean => roleOf(user) === 'provider'
/** Municipal staff: admins and editors. */
export const isStaff = (user: unknown): boolean => isAdmin(user) || isEditor(user)
