import type { Field, FieldAccess } from 'payload'
import { twoFactorLabel } from './texts'

const never: FieldAccess = () => false
/** Written only by the two-factor endpoints (straight through the adapter), never through the API. */
const internal = { read: never, create: never, update: never }

/**
 * The account's two-factor fields. Only `twoFactorEnabled` is readable (whoever may read the
 * account sees whether it is protected); the secret, the recovery codes and the last used step
 * are `hidden` (left out of every API answer, GraphQL, the JWT and `req.user`) and unreadable
 * even to admins. The sessions that passed the second step are read by the login check from
 * the account it loads anyway, so they are not hidden, but no API answer contains them.
 */
export const twoFactorFields = (): Field[] => [
  {
    name: 'twoFactorEnabled',
    type: 'checkbox',
    defaultValue: false,
    label: twoFactorLabel('title'),
    access: { create: never, update: never },
    admin: { position: 'sidebar', components: { Field: '/cms/components/TwoFactorAccountField#TwoFactorAccountField' } },
  },
  { name: 'twoFactorSessions', type: 'json', access: internal, admin: { disabled: true } },
  { name: 'twoFactorSecret', type: 'text', hidden: true, access: internal },
  { name: 'twoFactorPendingSecret', type: 'text', hidden: true, access: internal },
  { name: 'twoFactorRecoveryCodes', type: 'json', hidden: true, access: internal },
  { name: 'twoFactorLastStep', type: 'number', hidden: true, access: internal },
]

/** The town's setting: its provider accounts need the second step too (staff always do in production). */
export const requireTwoFactorField = (): Field => ({
  name: 'requireTwoFactorForProviders',
  type: 'checkbox',
  defaultValue: false,
  label: twoFactorLabel('townSetting'),
  admin: { description: twoFactorLabel('townSettingHelp') },
})
