import type { CollectionConfig } from 'payload'
import { taxonomyCollection } from '../taxonomy'
import type { PayloadRequest } from 'payload'
import { translate } from '@cms/i18n/translate'

const maxNotBelowMin = (value: number | null | undefined, { siblingData, req }: { siblingData: { minAge?: number | null }; req: PayloadRequest }) =>
  value == null || siblingData.minAge == null || value >= siblingData.minAge ? true : translate(req.t, 'error.maxAge')

/** Who a service is for (refugees, women, young people 12–27, ...), with an age range where it applies. */
export function audiencesCollection(slug: string): CollectionConfig {
  return taxonomyCollection(slug, [
    {
      type: 'row',
      fields: [
        { name: 'minAge', type: 'number', min: 0, max: 120, admin: { width: '50%' } },
        { name: 'maxAge', type: 'number', min: 0, max: 120, validate: maxNotBelowMin, admin: { width: '50%' } },
      ],
    },
  ])
}
