import type { PopulateType, SelectType, TransformCollectionWithSelect } from 'payload'
import type { Config } from '@cms/payload-types'
import { payloadClient } from './payload'

/** The collections whose documents belong to one town and have a slug of their own. */
export type TownDocCollection = 'services' | 'organizations' | 'news' | 'events' | 'pages' | 'action-fields' | 'measures' | 'indicators' | 'plan-editions'

interface FindOptions<S> {
  select: S
  depth?: number
  populate?: PopulateType
}

/**
 * One published document of a town by its slug, in all languages, read as the public (access
 * rules apply, drafts stay hidden), typed by the generated types as picked by `select`.
 */
export async function findTownDoc<C extends TownDocCollection, S extends Config['collectionsSelect'][C] & SelectType>(
  collection: C,
  townID: string,
  slug: string,
  { select, depth = 0, populate }: FindOptions<S>,
): Promise<TransformCollectionWithSelect<C, S> | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    where: { and: [{ municipality: { equals: townID } }, { slug: { equals: slug } }] },
    locale: 'all',
    depth,
    limit: 1,
    overrideAccess: false,
    select,
    populate,
  })
  return docs[0] ?? null
}
