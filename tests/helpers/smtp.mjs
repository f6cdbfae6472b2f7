// A real SMTP server on a free local port that keeps what arrives, parsed: tests see what the
// portal sent through nodemailer exactly as a town's mail server would. Accepts any login.
// With `dir`, each mail is also written there as <n>.json, for tests in another process (the
// browser tests read what the servers that scripts/test.mjs started have sent).
import fs from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export async function startSmtp({ dir } = {}) {
  const mails = []
  if (dir) fs.mkdirSync(dir, { recursive: true })
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
          const mail = {
            from: parsed.from?.text ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          }
          mails.push(mail)
          if (dir) fs.writeFileSync(path.join(dir, `${String(mails.length).padStart(5, '0')}.json`), JSON.stringify(mail))
          callback()
        })
        .catch((error) => callback(error))
    },
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address()
  return {
    url: `smtp://test:secret@127.0.0.1:${port}`,
    port,
    mails,
    waitFor: (match, timeoutMs) => waitForMail(() => mails, match, timeoutMs),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** The mails a sink started with `dir` has written, oldest first. */
export function readMails(dir) {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')))
}

/** Resolves with the first mail (arrived or arriving) that matches, or fails after `timeoutMs`. */
export async function waitForMail(list, match, timeoutMs = 30000) {
  const until = Date.now() + timeoutMs
  for (;;) {
    const mails = list()
    const found = mails.find(match)
    if (found) return found
    if (Date.now() > until) throw new Error(`No matching mail arrived within ${timeoutMs} ms; arrived: ${JSON.stringify(mails.map((m) => ({ to: m.to, subject: m.subject })))}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
