import { isRecord } from '../isRecord'

/** A relationship value is an ID or, when populated, a document with an `id`. */
export function idOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) {
    const id = value.id
    if (typeof id === 'string' || typeof id === 'number') return String(id)
  }
  return null
}

function ids(values: unknown[] | null | undefined): string[] {
  return [...new Set((values ?? []).map(idOf).filter((id): id is string => id !== null))]
}

/** The municipalities (tenants) a user works in. */
export function tenantIDsOf(user: unknown): string[] {
  const tenants: unknown = isRecord(user) ? user.tenants : undefined
  return ids(Array.isArray(tenants) ? tenants.map((row: unknown) => (isRecord(row) ? row.municipality : undefined)) : [])
}

/** The organisations a provider belongs to. */
export function organizationIDsOf(user: unknown): string[] {
  const organizations: unknown = isRecord(user) ? user.organizations : undefined
  return ids(Array.isArray(organizations) ? organizations : [])
}
