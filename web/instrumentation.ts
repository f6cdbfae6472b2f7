/**
 * Starts Payload once when the server starts, not on the first request: this applies the
 * committed migrations (SQLite production mode), seeds the demo when asked to, and starts
 * the job runner's cron (`cron: true`), which portal requests alone would never do.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
