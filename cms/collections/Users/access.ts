import type { Access } from 'payload'
import { isAdmin, isEditor, roleOf } from '@cms/access/roles'

/**
 * Users: admins manage everyone; an editor manages the provider accounts of their own town
 * (the multi-tenant plugin adds the town constraint); everyone reads and edits themselves.
 */
const self = (id: string | number) => ({ id: { equals: id } })
const providers = { role: { equals: 'provider' } }

export const readUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  if (isEditor(user)) return { or: [self(user.id), providers] }
  return self(user.id)
}

export const createUsers: Access = ({ req: { user } }) => isAdmin(user) || isEditor(user)

export const updateUsers: Access = readUsers

export const deleteUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  if (isEditor(user)) return { and: [providers, { id: { not_equals: user.id } }] }
  return false
}

/** Any account with a role may use the admin interface; providers see only their part of it. */
export const canUseAdmin = ({ req: { user } }: { req: { user: unknown } }): boolean => roleOf(user) !== null
