import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { idOf } from '../access/ids'
import { isCollectionSlug } from '../security/collectionBySlug'
import { translate } from '@cms/i18n/translate'

/** A tree node (topic, guide page) cannot be its own ancestor: the tree would have no top to show. */
export const noCycles: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  const self = idOf(originalDoc?.id)
  let parent = idOf(data?.parent)
  const slug = collection.slug
  if (!isCollectionSlug(req.payload, slug)) return data
  for (let depth = 0; parent && self && depth < 20; depth++) {
    if (parent === self) {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'parent', message: translate(req.t, 'server.noCycle') }] }, req.t)
    }
    const doc = await req.payload.findByID({ collection: slug, id: parent, depth: 0, overrideAccess: true, disableErrors: true, req, select: { parent: true } })
    parent = idOf(doc && 'parent' in doc ? doc.parent : null)
  }
  return data
}
