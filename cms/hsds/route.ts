import type { Endpoint, PayloadRequest } from 'payload'
import { pickLocale } from './context'
import { BadParam, type ListParams, parseListParams } from './params'
import { findTown, type Reader, type Slugs } from './read'

/**
 * One GET endpoint of the HSDS API under `/api/hsds/{town}…`: finds the town, picks the
 * content language, and turns the handler's answer into a response (JSON, or a Response
 * of its own for downloads), a bad parameter into 400 and "not here" into 404.
 */

export const json = (body: unknown, status = 200, headers?: HeadersInit) => Response.json(body, { status, headers })

/**
 * Published open data, the same for every reader: browsers and shared caches may reuse an
 * answer for a minute (a publish shows within that), which spares the database for clients
 * that poll. Errors are not cached.
 */
export const HSDS_CACHE = 'public, max-age=60'
export const problem = (status: number, message: string) => json({ errors: [{ message }] }, status)

export interface Context extends Reader {
  /** The `:id` path parameter ('' when the route has none). */
  id: string
  /** Another path parameter by name ('' when absent). */
  param: (name: string) => string
  list: () => ListParams
  /** The content language exactly as asked for (`?locale=`), or null: links to other endpoints pass it on. */
  requestedLocale: string | null
}

/** Answers the request: a Response as it is, null as 404 ("not found in this town"), anything else as JSON. */
export type Handle = (ctx: Context) => Promise<unknown>

export function route(slugs: Slugs, path: string, handle: Handle): Endpoint {
  return {
    path: `/hsds/:town${path}`,
    method: 'get',
    handler: async (req: PayloadRequest) => {
      const town = await findTown(req.payload, slugs, String(req.routeParams?.town ?? ''))
      if (!town) return problem(404, 'No such town.')
      const query = req.searchParams ?? new URLSearchParams()
      const param = (name: string) => String(req.routeParams?.[name] ?? '')
      try {
        const requestedLocale = query.get('locale')
        const locale = pickLocale(req.payload.config, town, requestedLocale)
        const body = await handle({ payload: req.payload, slugs, town, locale, requestedLocale, id: param('id'), param, list: () => parseListParams(query) })
        if (body instanceof Response) return body
        return body === null ? problem(404, 'Not found in this town.') : json(body, 200, { 'Cache-Control': HSDS_CACHE })
      } catch (error) {
        if (error instanceof BadParam) return problem(400, error.message)
        throw error
      }
    },
  }
}
