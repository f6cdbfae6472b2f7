export interface ReceivedMail {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
}

export interface TestSmtp {
  /** smtp://… for SMTP_URL. */
  url: string
  port: number
  mails: ReceivedMail[]
  waitFor: (match: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>
  stop: () => Promise<void>
}

export function startSmtp(options?: { dir?: string }): Promise<TestSmtp>
export function readMails(dir: string): ReceivedMail[]
export function waitForMail(list: () => ReceivedMail[], match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>
