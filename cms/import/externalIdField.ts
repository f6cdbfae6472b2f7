import type { Field, TextFieldSingleValidation, Where } from 'payload'
import { isRecord } from '../isRecord'
import { isCollectionSlug } from '../security/collectionBySlug'
import { staffField } from '../access/predicates'
import { idOf } from '../access/ids'
import { TENANT_FIELD } from '../tenant'
import { translate, tr } from '@cms/i18n/translate'

/**
 * `req.context` key: `ExternalIdOwners` the import read for its batch (the town's entries by
 * external ID, kept in step with its own writes), so that each save need not count them again.
 */
export const EXTERNAL_ID_OWNERS = 'externalIdOwners'

/** Per collection, per external ID, the IDs of the town's entries that have it; an absent external ID was not read. */
export type ExternalIdOwners = Map<string, Map<string, Set<string>>>


/** Unique within the town, so that an import row finds exactly one entry by it. */
const uniqueInTown: TextFieldSingleValidation = async (value, { req, id, data, collectionSlug }) => {
  if (!value || !collectionSlug || !isCollectionSlug(req.payload, collectionSlug)) return true
  if (value.length > 120) return translate(req.t, 'error.externalIdLength')
  const taken = translate(req.t, 'error.externalIdTaken')
  const known: unknown = req.context[EXTERNAL_ID_OWNERS]
  const owners = known instanceof Map ? known.get(collectionSlug)?.get(value) : undefined
  if (owners instanceof Set) return [...owners].some((owner) => owner !== String(id)) ? taken : true
  const and: Where[] = [{ externalId: { equals: value } }]
  if (id !== undefined) and.push({ id: { not_equals: id } })
  const town = idOf(isRecord(data) ? data[TENANT_FIELD] : undefined)
  if (town) and.push({ [TENANT_FIELD]: { equals: town } })
  const { totalDocs } = await req.payload.count({ collection: collectionSlug, where: { and }, req, overrideAccess: true })
  return totalDocs === 0 ? true : taken
}

/**
 * The entry's ID in the town's own spreadsheet or system: an import updates the entry whose
 * external ID matches a row's. Kept by staff (imports are staff work); providers do not see it.
 */
export const externalIdField: Field = {
  name: 'externalId',
  type: 'text',
  index: true,
  validate: uniqueInTown,
  access: { read: staffField, create: staffField, update: staffField },
  admin: {
    position: 'sidebar',
    description: tr('help.externalId'),
  },
}
