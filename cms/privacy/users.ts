import type { CollectionAfterLoginHook, CollectionConfig, CollectionSlug, Field, Payload, PayloadRequest } from 'payload'
import { staffField } from '@cms/access/predicates'
import { tr } from '@cms/i18n/translate'
import type { PortalSlugs } from '@cms/types'
import type { AccountDataHooks } from './erase'
import { eraseEndpoint } from './endpoints/erase'
import { personalDataEndpoint } from './endpoints/personalData'

/** Day and time: a login or invitation of this morning must not read as midnight. */
const WITH_TIME = { pickerAppearance: 'dayAndTime' } as const

/** Written by the server only (login, invitation, retention job), through the adapter. */
const serverOnly = { create: () => false, update: () => false }

/** What the retention rules need to know about an account (shared/retention.ts). */
export const accountPrivacyFields: Field[] = [
  { name: 'lastLoginAt', type: 'date', index: true, access: { ...serverOnly, read: staffField }, admin: { position: 'sidebar', readOnly: true, date: WITH_TIME, description: tr('users.lastLoginAt.help') } },
  { name: 'invitedAt', type: 'date', index: true, access: { ...serverOnly, read: staffField }, admin: { position: 'sidebar', readOnly: true, date: WITH_TIME, description: tr('users.invitedAt.help') } },
  { name: 'leaveNoticeAt', type: 'date', access: { ...serverOnly, read: staffField }, admin: { position: 'sidebar', readOnly: true, date: WITH_TIME, description: tr('users.leaveNoticeAt.help') } },
]

/**
 * A login (also the first one, when an invited person sets their password) is the sign of an
 * account in use: it ends a pending invitation and a notice that the account would be deleted.
 */
export const recordLogin: CollectionAfterLoginHook = async ({ user, req, collection }) => {
  await markLoggedIn(req.payload, collection.slug, String(user.id), req)
  return user
}

/**
 * The same for logins that are no Payload login operation (single sign-on, cms/auth/oidc). `req`:
 * the login's, from its hook: the write joins the login's transaction (without it, it would wait
 * for that transaction to end, which waits for this hook).
 */
export async function markLoggedIn(payload: Payload, usersSlug: CollectionSlug, id: string, req?: PayloadRequest): Promise<void> {
  await payload.db.updateOne({ collection: usersSlug, id, data: { lastLoginAt: new Date().toISOString(), invitedAt: null, leaveNoticeAt: null }, returning: false, req })
}

/**
 * The users collection with data protection by design: the fields above, the login hook, the
 * Art. 15 download and the Art. 17 erasure (endpoints and the buttons on the account page).
 */
export function withAccountPrivacy(users: CollectionConfig, slugs: PortalSlugs, { withUI, accountHooks = [] }: { withUI: boolean; accountHooks?: AccountDataHooks[] }): CollectionConfig {
  const ui: Field[] = withUI ? [{ name: 'privacyActions', type: 'ui', admin: { position: 'sidebar', components: { Field: '/cms/components/AccountPrivacy#AccountPrivacy' } } }] : []
  return {
    ...users,
    hooks: { ...users.hooks, afterLogin: [...(users.hooks?.afterLogin ?? []), recordLogin] },
    endpoints: [...(Array.isArray(users.endpoints) ? users.endpoints : []), ...(withUI ? [personalDataEndpoint(slugs, accountHooks), eraseEndpoint(slugs, accountHooks)] : [])],
    fields: [...users.fields, ...accountPrivacyFields, ...ui],
  }
}
