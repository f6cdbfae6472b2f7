import type { PayloadRequest } from 'payload'
import { tenantIDsOf } from '@cms/access/ids'
import { recordAudit } from './record'

/**
 * A refused password login: the e-mail that was tried (never the password). Whether an account
 * has that address is looked up after the response (the answer must not take longer for real
 * accounts); if one has, the entry carries its id and towns, so its town's editors see it.
 */
export function recordLoginFailure(req: PayloadRequest, usersSlug: 'users', email: unknown): void {
  const tried = typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : ''
  recordAudit(req, { action: 'loginFailed', collection: usersSlug, actor: tried || '?', user: null }, async (row) => {
    if (!tried) return row
    const { docs } = await req.payload.find({ collection: usersSlug, where: { email: { equals: tried } }, limit: 1, depth: 0, overrideAccess: true, select: { tenants: true } })
    const account = docs[0]
    return account ? { ...row, documentId: String(account.id), towns: tenantIDsOf(account) } : row
  })
}
