import type { AccountDataHooks } from '../erase'
import { auditEntriesKind, type AuditRetention } from './kinds/auditEntries'
import { barrierReportsKind } from './kinds/barrierReports'
import { invitationsKind } from './kinds/invitations'
import { pageViewsKind } from './kinds/pageViews'
import { providerAccountsKind } from './kinds/providerAccounts'
import { searchTermsKind } from './kinds/searchTerms'
import { staffAccountsKind } from './kinds/staffAccounts'
import type { RetentionKind } from './types'

export interface PrivacyWiring {
  /** The audit log's deletion (cms/audit/retention.ts). */
  audit?: AuditRetention
  /** Other parts' hooks on an account's data (the audit log's: its entries in the Art. 15 download, anonymised on erasure, the erasure recorded). */
  accountHooks?: AccountDataHooks[]
  /** Kinds of personal data added later: one entry each. */
  kinds?: RetentionKind[]
}

/**
 * Every kind of personal data the portal keeps, in the order of the record of processing
 * activities. The retention job applies them; the record prints them.
 */
export function retentionKinds(wiring: PrivacyWiring = {}): RetentionKind[] {
  return [
    staffAccountsKind,
    providerAccountsKind(wiring.accountHooks),
    invitationsKind,
    barrierReportsKind,
    searchTermsKind,
    pageViewsKind,
    auditEntriesKind(wiring.audit),
    ...(wiring.kinds ?? []),
  ]
}
