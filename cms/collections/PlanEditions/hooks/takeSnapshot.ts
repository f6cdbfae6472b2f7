import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '@cms/access/ids'
import { buildSnapshot } from '@cms/plan/snapshot'
import { TENANT_FIELD } from '@cms/tenant'
import { translate } from '@cms/i18n/translate'

/** Publishing an edition freezes the plan as it is at that moment; later edits never change it. */
export const takeSnapshot: CollectionBeforeChangeHook = async ({ data, operation, req, collection, originalDoc }) => {
  if (operation !== 'create') {
    data.snapshot = originalDoc?.snapshot
    return data
  }
  const townID = idOf(data[TENANT_FIELD])
  if (!townID) throw new ValidationError({ collection: collection.slug, errors: [{ path: TENANT_FIELD, message: translate(req.t, 'server.chooseTown') }] }, req.t)
  data.snapshot = await buildSnapshot(req.payload, townID, req)
  return data
}
