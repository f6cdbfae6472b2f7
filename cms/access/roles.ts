/** The three roles (contract). A user has exactly one. */
export const ROLES = ['admin', 'editor', 'provider'] as const
export type Role = (typeof ROLES)[number]

/** The parts of a user document that access decisions read. */
export interface AccessUser {
  id: string | number
  collection?: string
  role?: Role | null
  tenants?: { municipality?: unknown }[] | null
  organizations?: unknown[] | null
}

export function roleOf(user: unknown): Role | null {
  const role = (user as AccessUser | null | undefined)?.role
  return role && (ROLES as readonly string[]).includes(role) ? role : null
}

export const isAdmin = (user: unknown): boolean => roleOf(user) === 'admin'
export const isEditor = (user: unknown): boolean => roleOf(user) === 'editor'
export const isProvider = (user: unknown): boolean => roleOf(user) === 'provider'
/** Municipal staff: admins and editors. */
export const isStaff = (user: unknown): boolean => isAdmin(user) || isEditor(user)
