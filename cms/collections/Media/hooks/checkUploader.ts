import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../access/ids'
import { isProvider } from '../../../access/roles'
import { ownsOrganization } from '../../Organizations/access'

/**
 * A provider's upload belongs to one of its organisations, so another provider cannot
 * replace or delete it, and it lives in that organisation's town.
 */
export function checkUploader(organizationsSlug: string): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req, collection }) => {
    const orgID = idOf(data.organization ?? originalDoc?.organization)
    if (isProvider(req.user) && !ownsOrganization(req.user, orgID)) {
      throw new ValidationError(
        { collection: collection.slug, errors: [{ path: 'organization', message: 'Choose one of your organisations for this file.' }] },
        req.t,
      )
    }
    if (orgID) {
      const org = await req.payload.findByID({
        collection: organizationsSlug as 'organizations',
        id: orgID,
        depth: 0,
        draft: true,
        overrideAccess: true,
        disableErrors: true,
        req,
        select: { municipality: true },
      })
      if (!org) {
        throw new ValidationError(
          { collection: collection.slug, errors: [{ path: 'organization', message: 'This organisation does not exist.' }] },
          req.t,
        )
      }
      data.municipality = idOf((org as { municipality?: unknown }).municipality)
    }
    return data
  }
}
