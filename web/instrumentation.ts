/**
 * Starts Payload once when the server starts, not on the first request: this applies the
 * committed migrations (SQLite production mode), seeds the demo when asked to, and starts
 * the job runner's cron (`cron: true`), which portal requests alone would never do.
 * It also opens the connection to the shared Redis (REDIS_URL) early, so the first reads
 * already see the other instances' change stamps.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { sharedRedis }] = await Promise.all([import('payload'), import('@payload-config'), import('@cms/scale/redis')])
  sharedRedis()
  await getPayload({ config, cron: true })
}
