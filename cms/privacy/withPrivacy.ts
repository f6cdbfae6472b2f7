import type { CollectionConfig } from 'payload'
import type { PortalCollection, PortalSlugs } from '@cms/types'
import type { PrivacyWiring } from './retention/registry'
import type { RetentionKind } from './retention/types'
import { withProcessingRecord } from './towns'
import { withAccountPrivacy } from './users'

/** The plugin's accounts and towns with data protection by design (fields always, endpoints and buttons unless disabled). */
export function withPrivacy(
  ours: Record<PortalCollection, CollectionConfig>,
  slugs: PortalSlugs,
  kinds: RetentionKind[],
  wiring: PrivacyWiring,
  { withUI }: { withUI: boolean },
): Pick<Record<PortalCollection, CollectionConfig>, 'users' | 'municipalities'> {
  return {
    users: withAccountPrivacy(ours.users, slugs, { withUI, accountHooks: wiring.accountHooks }),
    municipalities: withProcessingRecord(ours.municipalities, slugs, kinds, { withUI }),
  }
}
