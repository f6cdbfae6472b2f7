import type { CollectionBeforeChangeHook } from 'payload'
import { lexicalToText } from '../../../../shared/lexicalText'
import { buildSearchText } from '../../../../shared/search'
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
    const texts: string[] = []
    for (const field of LOCALIZED) {
      const values: Record<string, unknown> = { ...(stored?.[field] ?? {}) }
      if (field in data) values[locale] = data[field]
      for (const value of Object.values(values)) texts.push(typeof value === 'string' ? value : lexicalToText(value))
    }
    const orgID = idOf(data.organization ?? originalDoc?.organization)
    if (orgID) {
      const org = await req.payload.findByID({
        collection: organizationsSlug as 'organizations',
        id: orgID,
        depth: 0,
        draft: true,
        overrideAccess: true,
        disableErrors: true,
        req,
        select: { name: true },
      })
      if (org) texts.push(String((org as { name?: string }).name ?? ''))
    }
    data.searchText = buildSearchText(texts)
    return data
  }
}
