import type { CollectionSlug, Payload } from 'payload'
import { organizationIDsOf, tenantIDsOf } from '@cms/access/ids'
import type { PortalSlugs } from '@cms/types'
import { isRecord } from '@cms/isRecord'
import type { AccountDataHooks } from './erase'
import { personReferences } from './references'

type Slugs = Pick<PortalSlugs, 'users' | 'organizations' | 'municipalities'>

/** A document that names the person, by its title where the collection has one. */
interface Mention {
  collection: string
  id: string
  title: string | null
  field: string
}

async function namesOf(payload: Payload, collection: Slugs['organizations'] | Slugs['municipalities'], ids: string[]) {
  if (!ids.length) return []
  const { docs } = await payload.find({ collection, where: { id: { in: ids } }, pagination: false, depth: 0, draft: true, overrideAccess: true, select: { name: true } })
  return docs.map((d) => ({ id: String(d.id), name: d.name }))
}

/** The documents whose fields point at the account or carry the person's name (cms/privacy/references.ts). */
async function mentions(payload: Payload, usersSlug: string, accountID: string, names: string[]): Promise<Mention[]> {
  const found: Mention[] = []
  for (const ref of personReferences(payload, usersSlug)) {
    if (ref.kind === 'name' && !names.length) continue
    const config = payload.collections[ref.collection].config
    const titleField = config.admin.useAsTitle
    const { docs } = await payload.find({
      collection: ref.collection as CollectionSlug,
      where: { [ref.field]: ref.kind === 'account' ? { equals: accountID } : { in: names } },
      pagination: false,
      depth: 0,
      // The stored document: hooks write these fields there ("Still correct", reviews), not only into drafts.
      overrideAccess: true,
      locale: 'de',
    })
    for (const doc of docs) {
      const title = isRecord(doc) && titleField ? doc[titleField] : null
      found.push({ collection: ref.collection, id: String(doc.id), title: typeof title === 'string' ? title : null, field: ref.field })
    }
  }
  return found
}

/**
 * What the portal holds about one account (DSGVO Art. 15): the account without secrets (no
 * password hash, salt or reset token), its towns and organisations by name, its open sessions,
 * a pending invitation, the documents that name it, and what other parts add (the audit log's
 * entries about it, through `hooks`).
 */
export async function personalDataOf(payload: Payload, slugs: Slugs, accountID: string, hooks: AccountDataHooks[] = [], now = new Date()) {
  const account = await payload.findByID({ collection: slugs.users, id: accountID, depth: 0, overrideAccess: true, disableErrors: true, showHiddenFields: true })
  if (!account) return null
  const names = [account.email, account.name].filter((n): n is string => typeof n === 'string' && n.trim() !== '')
  const extra: Record<string, unknown> = {}
  for (const hook of hooks) Object.assign(extra, await hook.collect?.(payload, accountID))
  const resetPending = account.resetPasswordExpiration && new Date(account.resetPasswordExpiration) > now
  return {
    generatedAt: now.toISOString(),
    account: {
      id: String(account.id),
      email: account.email,
      name: account.name ?? null,
      role: account.role,
      language: account.language ?? null,
      createdAt: account.createdAt,
      updatedAt: account.updatedAt,
      lastLoginAt: account.lastLoginAt ?? null,
      towns: await namesOf(payload, slugs.municipalities, tenantIDsOf(account)),
      organizations: await namesOf(payload, slugs.organizations, organizationIDsOf(account)),
      // When each open login began and ends; the session ids themselves are secrets.
      sessions: (account.sessions ?? []).map((s) => ({ createdAt: s.createdAt ?? null, expiresAt: s.expiresAt })),
    },
    invitation: account.invitedAt ? { invitedAt: account.invitedAt, accepted: false } : null,
    passwordLink: resetPending ? { expiresAt: account.resetPasswordExpiration } : null,
    deletionNotice: account.leaveNoticeAt ? { sentAt: account.leaveNoticeAt } : null,
    documents: await mentions(payload, slugs.users, accountID, names),
    ...extra,
  }
}

export type PersonalData = NonNullable<Awaited<ReturnType<typeof personalDataOf>>>
