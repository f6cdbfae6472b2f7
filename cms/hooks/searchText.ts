import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { lexicalToText } from '@shared/lexicalText'
import { buildSearchText } from '@shared/search'
import { isCollectionSlug } from '../security/collectionBySlug'
import { isRecord } from '../isRecord'
import { keepingRequestLocale } from './readAllLocales'

/** The texts of a localized field read with `locale: 'all'`, by language. */
const byLanguage = (doc: unknown, field: string): Record<string, unknown> => {
  const texts = isRecord(doc) ? doc[field] : undefined
  return isRecord(texts) ? texts : {}
}

/** The search text of a document read with `locale: 'all'`, from its localized fields in all languages (plus extra words). */
export function searchTextOf(doc: unknown, fields: readonly string[], extra: (string | null)[] = []): string {
  const parts: string[] = []
  for (const field of fields) {
    for (const value of Object.values(byLanguage(doc, field))) parts.push(typeof value === 'string' ? value : lexicalToText(value))
  }
  return buildSearchText([...parts, ...extra])
}

interface Options {
  /** The localized text fields to index (text, textarea or rich text). */
  fields: readonly string[]
  /** More words, e.g. the organisation's name. */
  extra?: (args: { data: Record<string, unknown>; originalDoc: Record<string, unknown> | undefined; req: PayloadRequest }) => Promise<string | null>
}

/**
 * Keeps a hidden `searchText`: the given fields in every language, folded for matching. The
 * request carries one language; the others come from the stored document, so a translation
 * saved later is still found.
 */
export function indexSearchText({ fields, extra }: Options): CollectionBeforeChangeHook {
  return async ({ context, data, originalDoc, req, collection }) => {
    // Bulk writers (the demo seed, importers) set the index once at the end instead.
    if (context.skipSearchIndex) return data
    const locale = req.locale && req.locale !== 'all' ? req.locale : 'de'
    const slug = collection.slug
    const stored =
      originalDoc?.id && isCollectionSlug(req.payload, slug)
        ? await keepingRequestLocale(req, () =>
            req.payload.findByID({
              collection: slug,
              id: originalDoc.id,
              locale: 'all',
              draft: true,
              depth: 0,
              overrideAccess: true,
              disableErrors: true,
              req,
              select: Object.fromEntries(fields.map((f) => [f, true])),
            }),
          )
        : null
    const merged: Record<string, Record<string, unknown>> = {}
    for (const field of fields) {
      const texts = { ...byLanguage(stored, field) }
      if (field in data) texts[locale] = data[field]
      merged[field] = texts
    }
    data.searchText = searchTextOf(merged, fields, extra ? [await extra({ data, originalDoc, req })] : [])
    return data
  }
}

/** The hidden field the hook fills. */
export const searchTextField = { name: 'searchText', type: 'textarea', index: true, admin: { hidden: true } } as const
