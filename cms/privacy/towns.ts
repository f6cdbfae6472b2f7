import type { CollectionConfig, Field } from 'payload'
import { tr } from '@cms/i18n/translate'
import type { PortalSlugs } from '@cms/types'
import { processingRecordEndpoint } from './endpoints/processingRecord'
import type { RetentionKind } from './retention/types'

/** The town's data protection officer, printed in its record of processing activities (public, as Art. 37(7) wants). */
const dataProtectionOfficer: Field = {
  name: 'dataProtectionOfficer',
  type: 'textarea',
  maxLength: 500,
  admin: { description: tr('municipalities.dataProtectionOfficer.help') },
}

/** The municipalities with the data protection officer's contact and the record of processing activities (endpoint and link). */
export function withProcessingRecord(towns: CollectionConfig, slugs: PortalSlugs, kinds: RetentionKind[], { withUI }: { withUI: boolean }): CollectionConfig {
  const ui: Field[] = withUI ? [{ name: 'processingRecord', type: 'ui', admin: { position: 'sidebar', components: { Field: '/cms/components/ProcessingRecordLink#ProcessingRecordLink' } } }] : []
  return {
    ...towns,
    endpoints: [...(Array.isArray(towns.endpoints) ? towns.endpoints : []), ...(withUI ? [processingRecordEndpoint(slugs, kinds)] : [])],
    fields: [...towns.fields, dataProtectionOfficer, ...ui],
  }
}
