import type { PortalSlugs } from '@cms/types'
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { idOf, organizationIDsOf } from '../access/ids'
import { isProvider } from '../access/roles'
import { ownsOrganization } from '../collections/Organizations/access'
import { TENANT_FIELD } from '../tenant'
import { translate } from '@cms/i18n/translate'

/**
 * `req.context` key with which staff's bulk writer (the spreadsheet import), which found the
 * organisation in the document's town itself and sets the town on creation, saves the look-up.
 */
export const ORGANIZATION_CHECKED = 'organizationChecked'

/**
 * A document owned by an organisation lives in that organisation's town, and a provider can
 * only give it one of its own organisations (so it can neither create for nor move a document
 * to another organisation). Runs before validation so the town isolation check sees the town.
 */
export function belongsToOwnOrganization(organizationsSlug: PortalSlugs['organizations'], { required }: { required: boolean }): CollectionBeforeValidateHook {
  return async ({ data, originalDoc, req, collection, operation }) => {
    if (!data) return data
    const fail = (message: string): never => {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'organization', message }] }, req.t)
    }
    const changing = 'organization' in data || operation === 'create'
    // A provider with a single organisation needs no choice: a new document is that one's.
    const single = operation === 'create' && isProvider(req.user) ? organizationIDsOf(req.user) : []
    if (single.length === 1 && !idOf(data.organization)) data.organization = single[0]
    // An explicit null is a change (to "no organisation"), not "unchanged".
    const orgID = idOf('organization' in data ? data.organization : originalDoc?.organization)
    if (!orgID) {
      if (required || isProvider(req.user)) fail(translate(req.t, 'server.chooseOrganization'))
      return data
    }
    if (isProvider(req.user) && changing && !ownsOrganization(req.user, orgID)) fail(translate(req.t, 'server.ownOrganization'))
    if (!changing || (req.context[ORGANIZATION_CHECKED] && !isProvider(req.user))) return data
    const org = await req.payload.findByID({
      collection: organizationsSlug,
      id: orgID,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      req,
      select: { [TENANT_FIELD]: true },
    })
    if (!org) return fail(translate(req.t, 'server.organizationMissing'))
    data[TENANT_FIELD] = idOf(org[TENANT_FIELD])
    return data
  }
}
