import type { AccessUser } from './roles'

/** A relationship value is an ID or, when populated, a document with an `id`. */
export function idOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'string' || typeof id === 'number') return String(id)
  }
  return null
}

function ids(values: unknown[] | null | undefined): string[] {
  return [...new Set((values ?? []).map(idOf).filter((id): id is string => id !== null))]
}

/** The municipalities (tenants) a user works in. */
export function tenantIDsOf(user: unknown): string[] {
  return ids((user as AccessUser | null)?.tenants?.map((row) => row?.municipality))
}

/** The organisations a provider belongs to. */
export function organizationIDsOf(user: unknown): string[] {
  return ids((user as AccessUser | null)?.organizations)
}
