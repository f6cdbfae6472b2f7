import type { Endpoint } from 'payload'
import { isAdmin } from '@cms/access/roles'
import type { PortalSlugs } from '@cms/types'
import type { AccountDataHooks } from '../erase'
import { personalDataOf } from '../personalData'
import { refusal, reply } from './reply'

/**
 * `GET /api/users/:id/personal-data`: what the portal holds about the account (DSGVO Art. 15),
 * as a JSON download. Each person gets their own; admins any account's (to answer a request by
 * letter). Editors and providers get nobody else's.
 */
export function personalDataEndpoint(slugs: PortalSlugs, hooks: AccountDataHooks[]): Endpoint {
  return {
    method: 'get',
    path: '/:id/personal-data',
    handler: async (req) => {
      if (!req.user) return refusal(req, 401, 'privacy.error.login')
      const id = String(req.routeParams?.id ?? '')
      if (id !== String(req.user.id) && !isAdmin(req.user)) return refusal(req, 403, 'privacy.error.notYours')
      const data = await personalDataOf(req.payload, slugs, id, hooks)
      if (!data) return refusal(req, 404, 'server.notFound')
      const day = data.generatedAt.slice(0, 10)
      return reply(req, 200, data, { 'Content-Disposition': `attachment; filename="personal-data-${day}.json"`, 'Cache-Control': 'no-store' })
    },
  }
}
