import type { PayloadRequest } from 'payload'
import type { User } from '@cms/payload-types'
import type { PortalSlugs } from '@cms/types'

/**
 * Starts (or, when resent, restarts) the days after which an unaccepted invitation's account is
 * deleted (retention/kinds/invitations.ts). Only for accounts made by an invitation: a new link
 * for an account that was once in use never puts it up for deletion.
 */
export async function markInvited(req: PayloadRequest, slug: PortalSlugs['users'], account: Pick<User, 'id' | 'invitedAt'>, created: boolean): Promise<void> {
  if (!created && !account.invitedAt) return
  await req.payload.db.updateOne({ collection: slug, id: String(account.id), data: { invitedAt: new Date().toISOString() }, req })
}
