import type { CollectionConfig } from 'payload'
import { taxonomyCollection } from '../taxonomy'

const maxNotBelowMin = (value: number | null | undefined, { siblingData }: { siblingData: { minAge?: number | null } }) =>
  value == null || siblingData.minAge == null || value >= siblingData.minAge ? true : 'The maximum age must not be below the minimum age.'

/** Who a service is for (refugees, women, young people 12–27, ...), with an age range where it applies. */
export function audiencesCollection(slug: string): CollectionConfig {
  return taxonomyCollection(slug, { singular: { en: 'Audience', de: 'Zielgruppe' }, plural: { en: 'Audiences', de: 'Zielgruppen' } }, [
    {
      type: 'row',
      fields: [
        { name: 'minAge', type: 'number', min: 0, max: 120, admin: { width: '50%' } },
        { name: 'maxAge', type: 'number', min: 0, max: 120, validate: maxNotBelowMin, admin: { width: '50%' } },
      ],
    },
  ])
}
