import type { Payload } from 'payload'
import type { AccountDataHooks } from '@cms/privacy/erase'
import { FORMER_USER } from '@cms/privacy/settings'
import { recordAudit } from './record'
import { AUDIT_LOG_SLUG } from './slug'

/**
 * The audit log's part in an account's data protection (cms/privacy/): its entries about the
 * account go into the Art. 15 download; on erasure they stay (who changed what is the town's
 * record) but lose the person (e-mail, account id and address become "former account"), and the
 * erasure itself is recorded without personal data.
 */
export const auditAccountHooks: AccountDataHooks = {
  collect: async (payload: Payload, accountID: string) => {
    const { docs } = await payload.find({
      collection: AUDIT_LOG_SLUG,
      where: { userId: { equals: accountID } },
      sort: '-at',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    return { auditEntries: docs.map(({ at, action, collectionSlug, documentId, title, changedFields, address }) => ({ at, action, collectionSlug, documentId, title, changedFields, address })) }
  },
  forget: async (payload: Payload, accountID: string) => {
    // Straight through the adapter: the collection refuses every change through the API, on purpose.
    await payload.db.updateMany({ collection: AUDIT_LOG_SLUG, where: { userId: { equals: accountID } }, data: { actor: FORMER_USER, userId: null, address: null } })
  },
  record: async (payload: Payload, record) => {
    // Who erased (an admin, or nobody: the retention job) and the erased account's role; nothing of the person.
    recordAudit(payload, { action: 'accountErased', collection: 'users', user: record.by ? { id: record.by } : null, detail: { reason: record.reason, role: record.role } })
  },
}
