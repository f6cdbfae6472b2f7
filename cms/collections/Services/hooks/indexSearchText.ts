import type { PortalSlugs } from '@cms/types'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'
import { announceService } from '@cms/directory/indexChanges'
import { idOf } from '@cms/access/ids'
import { keepingRequestLocale } from '@cms/hooks/readAllLocales'
import { indexSearchText, searchTextOf } from '@cms/hooks/searchText'

export const SERVICE_SEARCH_FIELDS = ['title', 'summary', 'description'] as const

/**
 * `req.context` key: organisation ID → its published name (null: not published), from a bulk
 * writer (the spreadsheet import) that read them once for all its services instead of once each.
 */
export const PUBLISHED_ORGANIZATION_NAMES = 'publishedOrganizationNames'

/** Services are also found by their organisation's name. */
export function indexServiceSearchText(organizationsSlug: PortalSlugs['organizations']): CollectionBeforeChangeHook {
  return indexSearchText({
    fields: SERVICE_SEARCH_FIELDS,
    extra: async ({ data, originalDoc, req }) => {
      const id = idOf(data.organization ?? originalDoc?.organization)
      const known: unknown = req.context[PUBLISHED_ORGANIZATION_NAMES]
      if (id && known instanceof Map && known.has(id)) {
        const name: unknown = known.get(id)
        return typeof name === 'string' ? name : null
      }
      return publishedOrganizationName(req.payload, organizationsSlug, id, req)
    },
  })
}

/** Only the published name goes into public search text (a draft rename is not public yet). */
export async function publishedOrganizationName(payload: Payload, organizationsSlug: PortalSlugs['organizations'], id: string | null, req?: Partial<PayloadRequest>): Promise<string | null> {
  if (!id) return null
  const org = await payload.findByID({
    collection: organizationsSlug,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    ...(req ? { req } : {}),
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
