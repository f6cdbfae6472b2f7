import type { Field, PayloadRequest } from 'payload'
import { adminField, staffField } from '@cms/access/predicates'
import { issuerProblem } from '@shared/oidcClaims'
import { ssoLabel, ssoText } from './texts'

/** Where a town's provider sends people back (register it at the provider), as the help text shows it. */
const CALLBACK_PATH = '/api/users/sso/<slug>/callback'

const nobody = () => false

/**
 * A town's single sign-on settings (the `sso` group of a municipality). Only admins set them: who
 * points the town at a provider decides who becomes its editor (or an admin). Staff read them;
 * the public does not (group names say how the town's office is organised). The client secret is
 * not here: it comes from the environment (`OIDC_CLIENT_SECRET_<TOWN>`, see townSso.ts).
 */
export function townSsoField(): Field {
  return {
    name: 'sso',
    type: 'group',
    label: ssoLabel('field.sso'),
    access: { read: staffField, create: adminField, update: adminField },
    admin: { description: ssoLabel('help.sso', { path: CALLBACK_PATH, variable: 'OIDC_CLIENT_SECRET_<SLUG>' }) },
    fields: [
      {
        name: 'issuer',
        type: 'text',
        maxLength: 300,
        label: ssoLabel('field.issuer'),
        admin: { description: ssoLabel('help.issuer') },
        validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) => {
          const problem = value ? issuerProblem(value) : null
          if (!problem) return true
          return ssoText(req.i18n?.language, problem === 'insecure' ? 'error.issuerInsecure' : 'error.issuerFormat')
        },
      },
      { name: 'clientId', type: 'text', maxLength: 200, label: ssoLabel('field.clientId') },
      { name: 'providerName', type: 'text', maxLength: 80, label: ssoLabel('field.providerName') },
      { name: 'claim', type: 'text', maxLength: 120, defaultValue: 'groups', label: ssoLabel('field.claim'), admin: { description: ssoLabel('help.claim') } },
      { name: 'editorValues', type: 'text', hasMany: true, maxLength: 200, label: ssoLabel('field.editorValues'), admin: { description: ssoLabel('help.values') } },
      { name: 'adminValues', type: 'text', hasMany: true, maxLength: 200, label: ssoLabel('field.adminValues'), admin: { description: ssoLabel('help.values') } },
      {
        name: 'mandatory',
        type: 'checkbox',
        defaultValue: false,
        label: ssoLabel('field.mandatory'),
        admin: { description: ssoLabel('help.mandatory') },
        // Mandatory without a working mapping would lock the town's editors out.
        validate: (value: boolean | null | undefined, { siblingData, req }: { siblingData: Partial<Record<string, unknown>>; req: PayloadRequest }) => {
          if (!value) return true
          const values = siblingData.editorValues
          const ready = Boolean(siblingData.issuer) && Boolean(siblingData.clientId) && Array.isArray(values) && values.length > 0
          return ready || ssoText(req.i18n?.language, 'error.mandatoryNeeds')
        },
      },
    ],
  }
}

/**
 * The account's identity at a town's provider (issuer and subject), written only by the single
 * sign-on itself (never through the API or the admin form, also not by admins: a changed subject
 * would hand the account to another person at the provider).
 */
export function userSsoField(): Field {
  return {
    name: 'sso',
    type: 'group',
    label: ssoLabel('field.sso'),
    access: { create: nobody, update: nobody },
    admin: { description: ssoLabel('help.userSso'), position: 'sidebar', condition: (data) => Boolean(data?.sso?.subject) },
    fields: [
      { name: 'issuer', type: 'text', index: true, label: ssoLabel('field.issuer'), admin: { readOnly: true } },
      { name: 'subject', type: 'text', index: true, label: ssoLabel('field.subject'), admin: { readOnly: true } },
    ],
  }
}
