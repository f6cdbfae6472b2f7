import { APIError, type CollectionBeforeLoginHook } from 'payload'
import { tenantIDsOf } from '@cms/access/ids'
import { isEditor } from '@cms/access/roles'
import { isRecord } from '@cms/isRecord'
import { ssoText } from './texts'
import { mandatorySsoTowns, sameIssuer, ssoTowns } from './townSso'

/**
 * Refuses the password login (after the password proved right, so it tells nothing to someone
 * guessing) to:
 * - an account made or linked by single sign-on: its access follows the provider, and a
 *   password (set through "forgot password") would outlive a removal from the provider's group;
 * - an editor of a town that makes single sign-on mandatory for its staff.
 * Admins of the installation and providers keep their password login. The message names the
 * button to use instead, in the person's language.
 */
export const refusePasswordLogin: CollectionBeforeLoginHook = async ({ req, user }) => {
  const language = req.i18n?.language
  const sso: unknown = isRecord(user) ? user.sso : undefined
  const issuer = isRecord(sso) && typeof sso.issuer === 'string' && typeof sso.subject === 'string' && sso.subject ? sso.issuer : ''
  if (issuer) {
    const town = (await ssoTowns(req.payload)).find((t) => sameIssuer(t.issuer, issuer))
    throw new APIError(ssoText(language, 'refused.linked', { provider: town?.providerName ?? issuer }), 403)
  }
  if (!isEditor(user)) return user
  const mine = tenantIDsOf(user)
  const town = (await mandatorySsoTowns(req.payload)).find((t) => mine.includes(t.id))
  if (town) throw new APIError(ssoText(language, 'refused.mandatory', { town: town.name, provider: town.providerName }), 403)
  return user
}
