import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { lexicalToText } from '../../../../shared/lexicalText'
import { buildSearchText } from '../../../../shared/search'
import { refreshService } from '../../../directory/directoryIndex'
import { idOf } from '../../../access/ids'
import { keepingRequestLocale } from '../../../hooks/readAllLocales'

const LOCALIZED = ['title', 'summary', 'description'] as const

/**
 * Keeps `searchText`: title, summary and description in every language plus the
 * organisation's name, folded for matching. The request carries one language; the others
 * come from the stored document, so a translation saved later is still found.
 */
export function indexSearchText(organizationsSlug: string): CollectionBeforeChangeHook {
  return async ({ context, data, originalDoc, req, collection }) => {
    // Bulk writers (the demo seed, importers) set the index once at the end instead.
    if (context.skipSearchIndex) return data
    const locale = req.locale && req.locale !== 'all' ? req.locale : 'de'
    const stored = originalDoc?.id
      ? ((await keepingRequestLocale(req, () => req.payload.findByID({
          collection: collection.slug as 'services',
          id: originalDoc.id,
          locale: 'all',
          draft: true,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
          select: { title: true, summary: true, description: true },
        }))) as Record<string, Record<string, unknown> | undefined> | null)
      : null
    const merged: Record<string, Record<string, unknown>> = {}
    for (const field of LOCALIZED) {
      merged[field] = { ...(stored?.[field] ?? {}) }
      if (field in data) (merged[field] as Record<string, unknown>)[locale] = data[field]
    }
    const orgName = await publishedOrganizationName(req, organizationsSlug, idOf(data.organization ?? originalDoc?.organization))
    data.searchText = searchTextOf(merged, orgName)
    return data
  }
}

/** The search text of a service from its texts in all languages and its organisation's name. */
export function searchTextOf(texts: Record<string, Record<string, unknown> | undefined>, organizationName: string | null): string {
  const parts: string[] = []
  for (const field of LOCALIZED) {
    for (const value of Object.values(texts[field] ?? {})) parts.push(typeof value === 'string' ? value : lexicalToText(value))
  }
  if (organizationName) parts.push(organizationName)
  return buildSearchText(parts)
}

/** Only the published name goes into public search text (a draft rename is not public yet). */
async function publishedOrganizationName(req: PayloadRequest, organizationsSlug: string, id: string | null): Promise<string | null> {
  if (!id) return null
  const org = await req.payload.findByID({
    collection: organizationsSlug as 'organizations',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { name: true },
  })
  return org ? String((org as { name?: string }).name ?? '') : null
}

/**
 * After an organisation's published name changes, its services' search text follows (written
 * straight to the stored services: nothing else about them changes), and the directory index.
 */
export function reindexOrganizationServices(servicesSlug: string): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req }) => {
    if (doc._status !== 'published' || doc.name === previousDoc?.name) return doc
    const { docs } = await keepingRequestLocale(req, () =>
      req.payload.find({
        collection: servicesSlug as 'services',
        where: { organization: { equals: doc.id } },
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { title: true, summary: true, description: true, municipality: true },
      }),
    )
    for (const service of docs) {
      const texts = service as unknown as Record<string, Record<string, unknown> | undefined>
      await req.payload.db.updateOne({ collection: servicesSlug as 'services', id: service.id, data: { searchText: searchTextOf(texts, String(doc.name)) }, req })
      await refreshService(req.payload, String(service.id), idOf(service.municipality), req)
    }
    return doc
  }
}
