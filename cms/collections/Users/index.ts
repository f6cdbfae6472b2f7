import type { CollectionConfig } from 'payload'
import { adminField, staffField } from '../../access/predicates'
import { ROLES } from '../../access/roles'
import { canUseAdmin, createUsers, deleteUsers, readUsers, updateUsers } from './access'
import { checkAccountChanges, checkAccountDeletion } from './hooks/checkAccountChanges'

const FIFTEEN_MINUTES = 15 * 60 * 1000

/** Staff and provider accounts (contract slug `users`). Newcomers never need one. */
export function usersCollection(slug: string, organizationsSlug: string): CollectionConfig {
  return {
    slug,
    labels: { singular: { en: 'User', de: 'Benutzer' }, plural: { en: 'Users', de: 'Benutzer' } },
    auth: {
      // After five wrong passwords the account is locked for 15 minutes.
      maxLoginAttempts: 5,
      lockTime: FIFTEEN_MINUTES,
      tokenExpiration: 8 * 60 * 60,
      // Access rules read IDs only; populating relationships on every request is waste.
      depth: 0,
      cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== 'true' },
    },
    admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role'], group: 'Settings' },
    access: {
      admin: canUseAdmin,
      read: readUsers,
      create: createUsers,
      update: updateUsers,
      delete: deleteUsers,
      // Editors unlock provider accounts, not each other: a lockout must hold against colleagues too.
      unlock: deleteUsers,
    },
    hooks: { beforeChange: [checkAccountChanges(organizationsSlug)], beforeDelete: [checkAccountDeletion] },
    fields: [
      { name: 'name', type: 'text', maxLength: 120 },
      {
        name: 'role',
        type: 'select',
        required: true,
        defaultValue: 'provider',
        index: true,
        options: ROLES.map((r) => ({ label: { admin: 'Admin', editor: 'Editor (municipal staff)', provider: 'Provider (organisation)' }[r], value: r })),
        access: { create: staffField, update: adminField },
        saveToJWT: true,
      },
      {
        name: 'organizations',
        type: 'relationship',
        relationTo: organizationsSlug as 'organizations',
        hasMany: true,
        index: true,
        access: { create: staffField, update: staffField },
        saveToJWT: true,
        admin: {
          description: 'For provider accounts: the organisations whose entries this person keeps.',
          condition: (data) => data?.role === 'provider',
        },
      },
    ],
  }
}
