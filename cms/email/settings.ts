/**
 * How the portal sends e-mail, read from the environment (contract): `SMTP_URL`
 * (smtp://user:password@host:587, smtps://… for TLS from the start) or `SMTP_HOST` with
 * `SMTP_PORT`, `SMTP_USER`, `SMTP_PASSWORD`; `EMAIL_FROM` is the sender ("Name <address>" or
 * an address). Without SMTP the e-mails are written to the console (development, demo).
 */
export interface SmtpSettings {
  host: string
  port: number
  /** TLS from the first byte (port 465 / smtps://); otherwise STARTTLS when the server offers it. */
  secure: boolean
  auth?: { user: string; pass: string }
}

export interface EmailSettings {
  from: { name: string; address: string }
  smtp: SmtpSettings | null
}

type Env = Record<string, string | undefined>

const DEFAULT_FROM = { name: 'Integrationsportal', address: 'no-reply@localhost' }

/** A configuration mistake, said in words an operator can act on (thrown at start, never later). */
export class EmailSettingsError extends Error {
  constructor(message: string) {
    super(`E-mail settings: ${message}`)
    this.name = 'EmailSettingsError'
  }
}

/** "Name <address>" or "address". */
export function parseSender(value: string): { name: string; address: string } {
  const named = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value)
  if (named) return { name: named[1] || DEFAULT_FROM.name, address: named[2] as string }
  const bare = value.trim()
  if (/^[^\s@<>]+@[^\s@<>]+$/.test(bare)) return { name: DEFAULT_FROM.name, address: bare }
  throw new EmailSettingsError(`EMAIL_FROM "${value}" is neither an address nor "Name <address>".`)
}

function port(value: string, name: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new EmailSettingsError(`${name} "${value}" is not a port number.`)
  return n
}

function fromUrl(value: string): SmtpSettings {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new EmailSettingsError('SMTP_URL is not a URL (expected smtp://user:password@host:587).')
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new EmailSettingsError(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//.`)
  if (!url.hostname) throw new EmailSettingsError('SMTP_URL names no host.')
  const secure = url.protocol === 'smtps:'
  const user = decodeURIComponent(url.username)
  return {
    host: url.hostname,
    port: url.port ? port(url.port, 'The port in SMTP_URL') : secure ? 465 : 587,
    secure,
    ...(user ? { auth: { user, pass: decodeURIComponent(url.password) } } : {}),
  }
}

function fromParts(env: Env, host: string): SmtpSettings {
  const p = env.SMTP_PORT ? port(env.SMTP_PORT, 'SMTP_PORT') : 587
  if (env.SMTP_PASSWORD && !env.SMTP_USER) throw new EmailSettingsError('SMTP_PASSWORD is set without SMTP_USER.')
  return {
    host,
    port: p,
    secure: p === 465,
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } } : {}),
  }
}

export function emailSettingsFromEnv(env: Env = process.env): EmailSettings {
  const url = env.SMTP_URL?.trim()
  const host = env.SMTP_HOST?.trim()
  if (url && host) throw new EmailSettingsError('set either SMTP_URL or SMTP_HOST, not both.')
  const smtp = url ? fromUrl(url) : host ? fromParts(env, host) : null
  const fromValue = env.EMAIL_FROM?.trim()
  // Real mail with a made-up sender lands in spam or is refused: say so at start.
  if (smtp && !fromValue) throw new EmailSettingsError('EMAIL_FROM is required when SMTP is configured (e.g. "Integrationsportal <portal@example-town.de>").')
  return { from: fromValue ? parseSender(fromValue) : DEFAULT_FROM, smtp }
}
