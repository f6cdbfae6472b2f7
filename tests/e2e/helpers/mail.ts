import { readMails, waitForMail, type ReceivedMail } from '../../helpers/smtp.mjs'

/**
 * The e-mails this jest worker's server has sent: scripts/test.mjs gives each server its own
 * SMTP server, which writes what arrives into a folder (E2E_MAIL_DIRS, in the order of
 * E2E_BASE_URLS). Against a server started by hand, set E2E_MAIL_DIR to its sink's folder.
 */
const MAIL_DIR = process.env.E2E_MAIL_DIRS?.split(',')[Number(process.env.JEST_WORKER_ID || 1) - 1] ?? process.env.E2E_MAIL_DIR

export const mailAvailable = Boolean(MAIL_DIR)

/** Waits until a mail matching `match` has arrived (polling the folder). */
export function waitForSentMail(match: (mail: ReceivedMail) => boolean, timeoutMs = 30000): Promise<ReceivedMail> {
  if (!MAIL_DIR) throw new Error('No mail folder: run through `node scripts/test.mjs e2e`, or set E2E_MAIL_DIR.')
  const dir = MAIL_DIR
  return waitForMail(() => readMails(dir), match, timeoutMs)
}
