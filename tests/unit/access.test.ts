import type { AccessArgs } from 'payload'
import { organizationIDsOf, tenantIDsOf } from '@cms/access/ids'
import { ownedByOrganization, published } from '@cms/access/predicates'
import { isStaff, roleOf } from '@cms/access/roles'
import { readUsers, deleteUsers } from '@cms/collections/Users/access'
import { updateMunicipality } from '@cms/collections/Municipalities/access'

const args = (user: unknown) => ({ req: { user } }) as unknown as AccessArgs

const admin = { id: 'u1', role: 'admin' }
const editor = { id: 'u2', role: 'editor', tenants: [{ municipality: 't1' }, { municipality: { id: 't2' } }] }
const provider = { id: 'u3', role: 'provider', organizations: ['o1', { id: 'o2' }] }
const orphan = { id: 'u4', role: 'provider', organizations: [] }

describe('roles and ids', () => {
  test('roles are read strictly', () => {
    expect(roleOf(admin)).toBe('admin')
    expect(roleOf({ role: 'superuser' })).toBeNull()
    expect(roleOf(null)).toBeNull()
    expect(isStaff(editor)).toBe(true)
    expect(isStaff(provider)).toBe(false)
  })

  test('IDs come from plain and populated relationships', () => {
    expect(tenantIDsOf(editor)).toEqual(['t1', 't2'])
    expect(organizationIDsOf(provider)).toEqual(['o1', 'o2'])
    expect(organizationIDsOf(null)).toEqual([])
  })
})

describe('ownedByOrganization', () => {
  const read = ownedByOrganization('organization', published)
  const write = ownedByOrganization('organization', false)

  test('anonymous: only what is published; no writes', () => {
    expect(read(args(null))).toEqual(published)
    expect(write(args(null))).toBe(false)
  })

  test('staff: everything (the tenant plugin narrows to their town)', () => {
    expect(read(args(admin))).toBe(true)
    expect(write(args(editor))).toBe(true)
  })

  test('provider: own organisations, or published for reading', () => {
    expect(read(args(provider))).toEqual({ or: [{ organization: { in: ['o1', 'o2'] } }, published] })
    expect(write(args(provider))).toEqual({ organization: { in: ['o1', 'o2'] } })
  })

  test('a provider without organisations writes nothing', () => {
    expect(write(args(orphan))).toBe(false)
    expect(read(args(orphan))).toEqual(published)
  })
})

describe('users and municipalities', () => {
  test('users: admin all, editor self + providers, provider self, anonymous nothing', () => {
    expect(readUsers(args(admin))).toBe(true)
    expect(readUsers(args(editor))).toEqual({ or: [{ id: { equals: 'u2' } }, { role: { equals: 'provider' } }] })
    expect(readUsers(args(provider))).toEqual({ id: { equals: 'u3' } })
    expect(readUsers(args(null))).toBe(false)
    expect(deleteUsers(args(provider))).toBe(false)
  })

  test('municipalities: editors update their own towns only', () => {
    expect(updateMunicipality(args(editor))).toEqual({ id: { in: ['t1', 't2'] } })
    expect(updateMunicipality(args(provider))).toBe(false)
    expect(updateMunicipality(args({ id: 'x', role: 'editor', tenants: [] }))).toBe(false)
  })
})
