import { NotFound, type Payload, type WhereField } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { FORMER_USER } from './settings'
import { personReferences, type PersonReference } from './references'

/** What is kept of an erasure: no name, no address, nothing that points back at the person. */
export interface ErasureRecord {
  event: 'account-erased'
  at: string
  /** By an admin in the admin, or by the retention job (a provider who left). */
  reason: 'admin' | 'retention'
  /** The account's role (how many editors or providers were erased is a fair question). */
  role: string
  /** The admin who erased it (their own account, not the erased one). */
  by: string | null
}

/**
 * Registration point for other parts of the plugin that hold personal data about an account:
 * they add it to the Art. 15 download, forget it on erasure (the audit log anonymises the
 * entries about the account) or record the erasure. The audit log's are cms/audit/accountData.ts.
 */
export interface AccountDataHooks {
  /** Adds a section to the account's Art. 15 download, e.g. `{ auditEntries: [...] }`. */
  collect?: (payload: Payload, accountID: string) => Promise<Record<string, unknown>>
  /** Runs before the account is deleted, with its id. */
  forget?: (payload: Payload, accountID: string) => Promise<void>
  /** Runs after, with the record. */
  record?: (payload: Payload, record: ErasureRecord) => Promise<void>
}

/** Replaces the person in one field of one collection and its versions. */
async function replaceReference(payload: Payload, ref: PersonReference, accountID: string, names: string[]): Promise<void> {
  // An account reference is cleared; a name is replaced by "former account": the document stays.
  const match: WhereField = ref.kind === 'account' ? { equals: accountID } : { in: names }
  const replacement = ref.kind === 'account' ? null : FORMER_USER
  if (ref.kind === 'name' && !names.length) return
  // Straight through the adapter: a document's hooks (review, revalidation, slugs) have nothing to do with this.
  await payload.db.updateMany({ collection: ref.collection, where: { [ref.field]: match }, data: { [ref.field]: replacement } })
  if (!ref.versions) return
  const { docs } = await payload.db.findVersions({ collection: ref.collection, where: { [`version.${ref.field}`]: match }, limit: 0, pagination: false })
  for (const version of docs) {
    await payload.db.updateVersion({ collection: ref.collection, id: String(version.id), versionData: { version: { [ref.field]: replacement } } })
  }
}

/**
 * Erases an account with its personal data (DSGVO Art. 17) and keeps what it made: documents it
 * confirmed, imported or reviewed stay, attributed to "ehemaliges Benutzerkonto" (a reviewer's
 * name) or to nobody (an account link). Returns the record of the erasure, which holds no
 * personal data.
 */
export async function eraseAccount(
  payload: Payload,
  slugs: Pick<PortalSlugs, 'users'>,
  accountID: string,
  { by, reason, now = new Date(), steps = [] }: { by: string | null; reason: ErasureRecord['reason']; now?: Date; steps?: AccountDataHooks[] },
): Promise<ErasureRecord> {
  const account = await payload.findByID({ collection: slugs.users, id: accountID, depth: 0, overrideAccess: true, disableErrors: true })
  if (!account) throw new NotFound()
  const names = [account.email, account.name].filter((n): n is string => typeof n === 'string' && n.trim() !== '')
  for (const ref of personReferences(payload, slugs.users)) await replaceReference(payload, ref, accountID, names)
  for (const step of steps) await step.forget?.(payload, accountID)
  // Payload deletes the account's preferences and document locks with it.
  await payload.delete({ collection: slugs.users, id: accountID, overrideAccess: true })
  const record: ErasureRecord = { event: 'account-erased', at: now.toISOString(), reason, role: account.role, by }
  payload.logger.info({ msg: 'Account erased with its personal data', ...record })
  for (const step of steps) await step.record?.(payload, record)
  return record
}
