import { currentRequest } from '@cms/logging/requestContext'
import { isDatabaseUnavailable } from '@shared/databaseUnavailable'

/**
 * Starts Payload once when the server starts, not on the first request: this applies the
 * committed migrations (SQLite production mode), seeds the demo when asked to, and starts
 * the job runner's cron (`cron: true`), which portal requests alone would never do.
 * It also opens the connection to the shared Redis (REDIS_URL) early, so the first reads
 * already see the other instances' change stamps, connects web/server.mjs's response cache
 * to the change bus, and gives the server the function that counts page views.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { sharedRedis }, { connectApp, onChange }, { countView }, { localTime }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@cms/scale/redis'),
    import('@cms/cache/bus'),
    import('@cms/usage/countView'),
    import('@shared/openingHours'),
  ])
  sharedRedis()
  const payload = await getPayload({ config, cron: true })
  onChange((tags) => globalThis.__integrationPortalResponseCache?.invalidate(tags))
  connectApp(payload)
  globalThis.__integrationPortalCountView = (view) => countView(payload, { ...view, day: localTime(new Date(), view.timeZone).date })
}

/**
 * Next calls this for every error a page, route or server action throws on the server (inside
 * the request's async context). A failure because the database cannot be used is marked on the
 * request, so that web/server.mjs answers 503 with Retry-After instead of the app's 500.
 */
export async function onRequestError(error: unknown) {
  const request = currentRequest()
  if (request && isDatabaseUnavailable(error)) request.databaseUnavailable = true
}
