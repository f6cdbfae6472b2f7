import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
}

/**
 * A real SMTP server on a free local port that keeps what arrives, parsed (for tests: the
 * portal sends through nodemailer exactly as to a town's mail server). Accepts any login.
 */
export async function startSmtp(): Promise<{
  url: string
  port: number
  mails: ReceivedMail[]
  /** Resolves with the first mail (arrived or arriving) that matches, or fails after `timeoutMs`. */
  waitFor: (match: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>
  stop: () => Promise<void>
}> {
  const mails: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    // Plain text on loopback: no certificate to make, and the login is not what is tested.
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            from: parsed.from?.text ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          })
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const waitFor = async (match: (mail: ReceivedMail) => boolean, timeoutMs = 30000) => {
    const until = Date.now() + timeoutMs
    for (;;) {
      const found = mails.find(match)
      if (found) return found
      if (Date.now() > until) throw new Error(`No matching mail arrived within ${timeoutMs} ms; arrived: ${JSON.stringify(mails.map((m) => ({ to: m.to, subject: m.subject })))}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return { url: `smtp://test:secret@127.0.0.1:${port}`, port, mails, waitFor, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
