import crypto from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'
import { afterResponse } from '@cms/security/afterResponse'
import { authText } from '@cms/security/authTexts'
import { publicOrigin } from '@cms/security/publicOrigin'

const DAY = 24 * 60 * 60 * 1000
/** Set by the confirmation endpoint: this change was confirmed from the new mailbox. */
export const CONFIRMED_EMAIL_CHANGE = 'confirmedEmailChange'
const PENDING = 'pendingEmailChange'
const EMAIL_CHANGE_ASKED = 'emailChangeAsked'

export interface PendingEmailChange {
  user: string
  email: string
  expires: number
}

/** Pending changes live in Payload's key-value store under a hash of their token (no schema change, no token in clear). */
export const pendingKey = (token: string) => `email-change:${crypto.createHash('sha256').update(token).digest('hex')}`

/** Where the confirmation link points (publicOrigin). */
function confirmUrl(req: PayloadRequest, slug: string, token: string): string {
  return `${publicOrigin(req)}${req.payload.config.routes.api}/${slug}/confirm-email?token=${token}`
}

async function sendConfirmation(payload: Payload, req: PayloadRequest, slug: string, change: PendingEmailChange): Promise<void> {
  const token = crypto.randomBytes(32).toString('base64url')
  await payload.kv.set(pendingKey(token), change)
  const language = req.i18n?.language
  await payload.sendEmail({
    to: change.email,
    subject: authText(language, 'emailChangeSubject'),
    text: authText(language, 'emailChangeBody', { url: confirmUrl(req, slug, token) }),
  })
}

/**
 * A change of an account's e-mail through the API does not take effect at once: the address
 * stays, and a link goes to the new address; the change happens when it is opened
 * (endpoint `confirm-email`). Saving therefore never says whether another account already
 * uses the address (the database's unique check would have), and nobody can move an account
 * to a mailbox they do not read. The same work happens for every new address: nothing is
 * looked up here, and the token and mail follow after the response. Changes without a
 * logged-in user (seed, scripts on the local API) apply directly.
 */
export function deferEmailChange(): CollectionBeforeChangeHook {
  return ({ data, originalDoc, operation, req, context }) => {
    if (operation !== 'update' || !originalDoc || !req.user || context[CONFIRMED_EMAIL_CHANGE]) return data
    if (typeof data.email !== 'string') return data
    const email = data.email.toLowerCase().trim()
    const current = String(originalDoc.email ?? '')
    if (email === current) return data
    data.email = current
    const change: PendingEmailChange = { user: String(originalDoc.id), email, expires: Date.now() + DAY }
    context[PENDING] = change
    context[EMAIL_CHANGE_ASKED] = true
    return data
  }
}

const isPending = (value: unknown): value is PendingEmailChange => !!value && typeof value === 'object' && 'email' in value && 'user' in value

/** Sends the link once the save went through (a save refused for another field sends nothing). */
export function sendEmailChangeLink(slug: string): CollectionAfterChangeHook {
  return ({ doc, req, context }) => {
    const change: unknown = context[PENDING]
    if (!isPending(change)) return doc
    delete context[PENDING]
    afterResponse(req.payload, 'e-mail change confirmation', () => sendConfirmation(req.payload, req, slug, change))
    return doc
  }
}

/** Whether this request asked for an e-mail change (the endpoint then says a link was sent). */
export const emailChangeRequested = (req: PayloadRequest): boolean => req.context[EMAIL_CHANGE_ASKED] === true

