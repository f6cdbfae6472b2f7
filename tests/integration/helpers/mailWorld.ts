import { startSmtp } from '../../helpers/smtp.mjs'
import { buildDirectory } from './directoryWorld'
import { setupWorld } from './setup'
import { bootWorld } from './world'

type World = Awaited<ReturnType<typeof setupWorld>>
type Smtp = Awaited<ReturnType<typeof startSmtp>>

const ENV = ['SMTP_URL', 'EMAIL_FROM', 'SERVER_URL'] as const

/**
 * The access-test world with its e-mail going to a real SMTP server started for the file, and
 * the public address links in e-mails are made from. `stop` ends both and clears the settings.
 */
export async function setupMailWorld(): Promise<{ ctx: World; smtp: Smtp; stop: () => Promise<void> }> {
  const smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Integrationsportal <portal@test.example>'
  process.env.SERVER_URL = 'https://portal.test.example'
  const ctx = await setupWorld()
  const stop = async () => {
    await ctx.cleanup()
    await smtp.stop()
    for (const name of ENV) delete process.env[name]
  }
  return { ctx, smtp, stop }
}

/**
 * The directory world (organisations, places, services with their providers) with its e-mail
 * going to a real SMTP server started for the file: what the reminder tests need. `stop` ends
 * both and clears the settings.
 */
export async function bootMailDirectory() {
  const smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Integrationsportal Test <portal@test.example>'
  const { payload, cleanup, world } = await bootWorld()
  const dir = await buildDirectory(payload, world)
  const stop = async () => {
    await cleanup()
    await smtp.stop()
    delete process.env.SMTP_URL
    delete process.env.EMAIL_FROM
  }
  return { payload, world, dir, smtp, stop }
}
