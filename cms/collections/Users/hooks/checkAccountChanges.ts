import type { PortalSlugs } from '@cms/types'
import { type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, Forbidden, type PayloadRequest, ValidationError } from 'payload'
import { isCollectionSlug } from '@cms/security/collectionBySlug'
import { idOf, organizationIDsOf, tenantIDsOf } from '@cms/access/ids'
import { isAdmin, isEditor, roleOf } from '@cms/access/roles'
import { translate } from '@cms/i18n/translate'
import type { PortalKey } from '@cms/i18n/en'

function fail(req: PayloadRequest, collection: string, path: string, key: PortalKey): never {
  throw new ValidationError({ collection, errors: [{ path, message: translate(req.t, key) }] }, req.t)
}

/**
 * Keeps accounts consistent and stops privilege escalation:
 * - a provider account names at least one organisation, and works in exactly the towns of
 *   its organisations (derived here, so the two can never disagree);
 * - an editor account works in at least one town;
 * - editors create and edit provider accounts of their own towns only.
 */
export function checkAccountChanges(organizationsSlug: PortalSlugs['organizations']): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req, collection }) => {
    const role = roleOf({ role: data.role ?? originalDoc?.role })
    const actor = req.user
    if (!role) fail(req, collection.slug, 'role', 'server.account.role')

    if (actor && isEditor(actor) && originalDoc && String(originalDoc.id) !== String(actor.id)) {
      const mine = tenantIDsOf(actor)
      if (tenantIDsOf(originalDoc).some((t) => !mine.includes(t))) {
        fail(req, collection.slug, 'organizations', 'server.account.otherTown')
      }
    }
    if (actor && !isAdmin(actor)) {
      const editingSelf = originalDoc && String(originalDoc.id) === String(actor.id)
      if (!editingSelf && !(isEditor(actor) && role === 'provider')) {
        fail(req, collection.slug, 'role', 'server.account.editorsProviders')
      }
      if (editingSelf && role !== roleOf(actor)) fail(req, collection.slug, 'role', 'server.account.ownRole')
    }

    if (role === 'provider') {
      const orgIDs = organizationIDsOf({ organizations: data.organizations ?? originalDoc?.organizations })
      if (orgIDs.length === 0) fail(req, collection.slug, 'organizations', 'server.account.needsOrganization')
      const { docs } = await req.payload.find({
        collection: organizationsSlug,
        where: { id: { in: orgIDs } },
        depth: 0,
        limit: orgIDs.length,
        draft: true,
        overrideAccess: true,
        req,
        select: { municipality: true },
      })
      if (docs.length !== orgIDs.length) fail(req, collection.slug, 'organizations', 'server.account.organizationMissing')
      const towns = [...new Set(docs.map((d) => idOf(d.municipality)).filter((t): t is string => Boolean(t)))]
      if (actor && isEditor(actor)) {
        const mine = tenantIDsOf(actor)
        if (towns.some((t) => !mine.includes(t))) {
          fail(req, collection.slug, 'organizations', 'server.account.ownTown')
        }
      }
      data.tenants = towns.map((municipality) => ({ municipality }))
    }

    if (role === 'editor' && tenantIDsOf({ tenants: data.tenants ?? originalDoc?.tenants }).length === 0) {
      fail(req, collection.slug, 'tenants', 'server.account.needsTown')
    }
    if (role === 'admin') data.organizations = []
    return data
  }
}

/** An editor deletes only accounts that work in none but the editor's own towns. */
export const checkAccountDeletion: CollectionBeforeDeleteHook = async ({ req, id, collection }) => {
  if (!req.user || !isEditor(req.user)) return
  const slug = collection.slug
  if (!isCollectionSlug(req.payload, slug)) return
  const doc = await req.payload.findByID({ collection: slug, id, depth: 0, overrideAccess: true, req, disableErrors: true })
  const mine = tenantIDsOf(req.user)
  if (doc && tenantIDsOf(doc).some((t) => !mine.includes(t))) {
    throw new Forbidden(req.t)
  }
}
