import type { PortalSlugs } from '@cms/types'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { announceService } from '@cms/directory/indexChanges'
import { idOf } from '@cms/access/ids'
import { keepingRequestLocale } from '@cms/hooks/readAllLocales'
import { indexSearchText, searchTextOf } from '@cms/hooks/searchText'

export const SERVICE_SEARCH_FIELDS = ['title', 'summary', 'description'] as const

/** Services are also found by their organisation's name. */
export function indexServiceSearchText(organizationsSlug: PortalSlugs['organizations']): CollectionBeforeChangeHook {
  return indexSearchText({
    fields: SERVICE_SEARCH_FIELDS,
    extra: ({ data, originalDoc, req }) => publishedOrganizationName(req, organizationsSlug, idOf(data.organization ?? originalDoc?.organization)),
  })
}

/** Only the published name goes into public search text (a draft rename is not public yet). */
async function publishedOrganizationName(req: PayloadRequest, organizationsSlug: PortalSlugs['organizations'], id: string | null): Promise<string | null> {
  if (!id) return null
  const org = await req.payload.findByID({
    collection: organizationsSlug,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { name: true, _status: true },
  })
  // A never-published organisation's stored document is its draft: its name is not public yet
  // (the search text is readable and queryable by anyone who may read the service).
  return org?._status === 'published' ? String(org.name ?? '') : null
}

/**
 * After an organisation's published name changes, its services' search text follows (written
 * straight to the stored services: nothing else about them changes), and the directory index.
 */
export function reindexOrganizationServices(servicesSlug: PortalSlugs['services']): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req }) => {
    // Also on the first publication: until then the services' search text left the name out.
    if (doc._status !== 'published' || (doc.name === previousDoc?.name && previousDoc?._status === 'published')) return doc
    const { docs } = await keepingRequestLocale(req, () =>
      req.payload.find({
        collection: servicesSlug,
        where: { organization: { equals: doc.id } },
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { title: true, summary: true, description: true },
      }),
    )
    for (const service of docs) {
      await req.payload.db.updateOne({ collection: servicesSlug, id: service.id, data: { searchText: searchTextOf(service, SERVICE_SEARCH_FIELDS, [String(doc.name)]) }, req })
      await announceService(req, String(service.id))
    }
    return doc
  }
}
