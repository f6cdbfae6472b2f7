import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { isAdmin } from '@cms/access/roles'
import { translate } from '@cms/i18n/translate'
import type { PortalSlugs } from '@cms/types'
import { eraseAccount, type AccountDataHooks } from '../erase'
import { refusal, reply } from './reply'

/**
 * `POST /api/users/:id/erase` {confirm: the account's e-mail address}: an admin erases an
 * account with its personal data (DSGVO Art. 17), keeping the documents it edited. The typed
 * address is the confirmation: a click alone erases nobody. An admin does not erase themselves
 * (the installation could lose its last admin).
 */
export function eraseEndpoint(slugs: PortalSlugs, hooks: AccountDataHooks[]): Endpoint {
  return {
    method: 'post',
    path: '/:id/erase',
    handler: async (req) => {
      if (!req.user) return refusal(req, 401, 'privacy.error.login')
      if (!isAdmin(req.user)) return refusal(req, 403, 'privacy.error.adminsOnly')
      const id = String(req.routeParams?.id ?? '')
      if (id === String(req.user.id)) return refusal(req, 400, 'privacy.error.self')
      const account = await req.payload.findByID({ collection: slugs.users, id, depth: 0, overrideAccess: true, disableErrors: true, select: { email: true } })
      if (!account) return refusal(req, 404, 'server.notFound')
      await addDataAndFileToRequest(req)
      const confirm = typeof req.data?.confirm === 'string' ? req.data.confirm.trim().toLowerCase() : ''
      if (confirm !== account.email.toLowerCase()) return refusal(req, 400, 'privacy.error.confirm')
      const record = await eraseAccount(req.payload, slugs, id, { by: String(req.user.id), reason: 'admin', steps: hooks })
      return reply(req, 200, { message: translate(req.t, 'privacy.erased'), record })
    },
  }
}
