import type { PortalSlugs } from '@cms/types'
import type { CollectionConfig } from 'payload'
import { adminField, staffField } from '@cms/access/predicates'
import { ROLES } from '@cms/access/roles'
import { canUseAdmin, createUsers, deleteUsers, readUsers, updateUsers } from './access'
import { authEndpoints } from './authEndpoints'
import { checkAccountChanges, checkAccountDeletion } from './hooks/checkAccountChanges'
import { deferEmailChange, sendEmailChangeLink } from './hooks/deferEmailChange'
import { equalLoginWork } from './hooks/equalLoginWork'
import { setAdminLanguage } from './hooks/adminLanguageCookie'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'
import { selectOptions } from '@cms/fields/selectOptions'
import { inviteEndpoint } from './invite'
import { LOCALE_OPTIONS } from '@cms/fields/localeOptions'
import { isAdminLanguage } from '@cms/i18n/pickText'
import { ssoEndpoints } from '@cms/auth/oidc/endpoints'
import { userSsoField } from '@cms/auth/oidc/fields'
import { refusePasswordLogin } from '@cms/auth/oidc/refusePasswordLogin'

/** Staff and provider accounts (contract slug `users`). Newcomers never need one. */
export function usersCollection(slug: PortalSlugs['users'], organizationsSlug: PortalSlugs['organizations']): CollectionConfig {
  return {
    slug,
    auth: {
      // No per-account lock: it let anyone lock anyone out with five tries. Wrong passwords are
      // throttled per address and per (address, account) instead (authEndpoints.ts).
      maxLoginAttempts: 0,
      // Reset mails are throttled per address and per account (forgotAddress, forgotAccount:
      // cms/security/limits.ts). Payload's own interval is off: it reserves the account with a
      // write outside the operation's transaction, which on SQLite (one writer at a time,
      // cms/sqliteClient.ts) waits for that very transaction until it gives up.
      forgotPassword: { minRequestInterval: 0 },
      tokenExpiration: 8 * 60 * 60,
      // Access rules read IDs only; populating relationships on every request is waste.
      depth: 0,
      cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== 'true' },
    },
    admin: {
      useAsTitle: 'email',
      defaultColumns: ['name', 'email', 'role'],
      group: inAllLanguages('group.settings'),
      // Invitations instead of shared passwords (POST /api/users/invite).
      components: { beforeList: ['/cms/components/InviteForm#InviteForm'] },
    },
    access: {
      admin: canUseAdmin,
      read: readUsers,
      create: createUsers,
      update: updateUsers,
      delete: deleteUsers,
      // Nothing is ever locked (maxLoginAttempts: 0), so nobody unlocks: every caller gets the same 403.
      unlock: () => false,
    },
    // Security, not a feature: on even when the plugin is disabled. Invitations replace shared passwords.
    endpoints: [...authEndpoints(slug), inviteEndpoint(slug, organizationsSlug), ...ssoEndpoints(slug)],
    hooks: {
      beforeOperation: [equalLoginWork],
      beforeChange: [checkAccountChanges(organizationsSlug), deferEmailChange()],
      afterChange: [sendEmailChangeLink(slug)],
      beforeDelete: [checkAccountDeletion],
      // Single sign-on (cms/auth/oidc): accounts it governs, and towns that require it, log in there.
      beforeLogin: [refusePasswordLogin],
      // The admin opens in the account's language unless the browser holds a choice made there.
      afterLogin: [setAdminLanguage],
    },
    fields: [
      { name: 'name', type: 'text', maxLength: 120 },
      {
        name: 'role',
        type: 'select',
        required: true,
        defaultValue: 'provider',
        index: true,
        options: selectOptions(ROLES, (r) => `option.role.${r}`),
        access: { create: staffField, update: adminField },
        saveToJWT: true,
      },
      {
        // Set by the invitation; the person may change it on their account page.
        name: 'language',
        type: 'select',
        options: LOCALE_OPTIONS.filter((o) => isAdminLanguage(o.value)),
        admin: { position: 'sidebar', description: tr('users.language.help') },
      },
      {
        name: 'organizations',
        type: 'relationship',
        relationTo: organizationsSlug,
        hasMany: true,
        index: true,
        access: { create: staffField, update: staffField },
        saveToJWT: true,
        admin: {
          description: tr('users.organizations.help'),
          condition: (data) => data?.role === 'provider',
        },
      },
      userSsoField(),
    ],
  }
}
