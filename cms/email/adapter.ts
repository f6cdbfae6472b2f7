import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import { emailSettingsFromEnv, type EmailSettings, type SmtpSettings } from './settings'

const addresses = (value: SendEmailOptions['to']): string =>
  (Array.isArray(value) ? value : [value]).map((a) => (typeof a === 'object' && a ? a.address : String(a ?? ''))).join(', ')

/**
 * Without SMTP: each e-mail is written to the log whole (recipient, subject, text), so that in
 * development and the demo the person at the console can open an invitation or a reset link.
 * Payload's own console adapter logs the subject only.
 */
function consoleAdapter({ from }: EmailSettings): EmailAdapter {
  return ({ payload }) => ({
    name: 'console',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      payload.logger.info({ msg: 'E-mail (no SMTP configured: written here instead of sent)', to: addresses(message.to), subject: message.subject, text: message.text })
    },
  })
}

/**
 * Checks the SMTP server once, in the background: a wrong host or password shows in the log
 * at start, not at the first invitation, and an unreachable server never delays the start
 * (the adapter's own check would hold Payload's start for the connection timeout).
 */
function checkInBackground(transport: nodemailer.Transporter, smtp: SmtpSettings) {
  transport.verify().catch((error: unknown) => {
    console.error(`E-mail: the SMTP server ${smtp.host}:${smtp.port} cannot be used: ${error instanceof Error ? error.message : String(error)}`)
  })
}

/** Payload's e-mail adapter: nodemailer over SMTP when configured, the console otherwise. */
export function emailAdapter(settings: EmailSettings = emailSettingsFromEnv()): EmailAdapter | Promise<EmailAdapter> {
  const { smtp } = settings
  if (!smtp) return consoleAdapter(settings)
  const transport = nodemailer.createTransport(smtp)
  checkInBackground(transport, smtp)
  return nodemailerAdapter({ defaultFromAddress: settings.from.address, defaultFromName: settings.from.name, transport, skipVerify: true })
}
