import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Payload, PayloadRequest } from 'payload'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@shared/locales'
import { lexicalSegments } from '@shared/lexicalTranslate'
import { applySave, hashTexts, initialRecord, type LocaleRecord } from '@shared/translationState'
import type { TranslationState } from '@cms/payload-types'
import type { PortalCollection, PortalSlugs } from '@cms/types'
import { idOf } from '../access/ids'
import { keepingRequestLocale } from '../hooks/readAllLocales'
import { TENANT_FIELD } from '../tenant'
import { localizedTextPaths, type TextPath, valueAt, valueInLocale } from './textFields'
import { tr } from '@cms/i18n/translate'

/** The collections whose texts are translated, with a state per language. */
export const TRACKED = ['pages', 'news', 'events', 'services', 'organizations', 'actionFields', 'goals', 'measures', 'indicators'] as const satisfies readonly PortalCollection[]

/** The slug of a tracked collection: what a translation state's `document` may point to. */
export type TrackedSlug = PortalSlugs[(typeof TRACKED)[number]]

export interface TrackingContext {
  statesSlug: PortalSlugs['translationStates']
  municipalitiesSlug: PortalSlugs['municipalities']
  /** The slugs of the tracked collections. */
  tracked: readonly TrackedSlug[]
}

/** A hooked collection's slug as a tracked one (undefined for any other collection). */
export const trackedSlug = (ctx: Pick<TrackingContext, 'tracked'>, slug: string): TrackedSlug | undefined => ctx.tracked.find((s) => s === slug)

/** Comparable text of a field value: rich text by its words, so re-saving the same text is no change. */
function comparable(value: unknown, kind: TextPath['kind']): unknown {
  return kind === 'richText' ? (value ? lexicalSegments(value).join('\n') : '') : (value ?? '')
}

export function hashOf(paths: TextPath[], read: (path: string[]) => unknown): string {
  return hashTexts(paths.map((p) => comparable(read(p.path), p.kind)))
}

/** The title of a document read with `locale: 'all'` (or in one language), in `locale`. */
export const titleOf = (doc: unknown, useAsTitle: string | undefined, locale: string): string => {
  const path = [useAsTitle ?? 'title']
  const v = valueAt(doc, path)
  const text = v && typeof v === 'object' ? valueInLocale(doc, path, locale) : v
  return typeof text === 'string' ? text.slice(0, 200) : ''
}

interface Town {
  defaultLocale: Locale
  locales: Locale[]
}

export async function townOf(payload: Payload, slug: PortalSlugs['municipalities'], id: string | null, req?: PayloadRequest): Promise<Town | null> {
  if (!id) return null
  const town = await payload.findByID({
    collection: slug,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { defaultLocale: true, enabledLocales: true },
  })
  if (!town) return null
  const defaultLocale = isLocale(town.defaultLocale) ? town.defaultLocale : DEFAULT_LOCALE
  const locales = [defaultLocale, ...(town.enabledLocales ?? []).filter(isLocale).filter((l) => l !== defaultLocale)]
  return { defaultLocale, locales }
}

/** A stored row's record (its hashes are always written; a missing one counts as empty). */
export const recordOf = (row: Pick<TranslationState, 'state' | 'textHash' | 'basedOn'>): LocaleRecord => ({ state: row.state, textHash: row.textHash ?? '', basedOn: row.basedOn ?? '' })

async function rowsOf(payload: Payload, statesSlug: PortalSlugs['translationStates'], collection: string, id: string, req?: PayloadRequest): Promise<TranslationState[]> {
  const { docs } = await payload.find({
    collection: statesSlug,
    where: { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

async function writeRows(
  payload: Payload,
  ctx: TrackingContext,
  target: { collection: TrackedSlug; id: string; townID: string; title: string },
  existing: TranslationState[],
  changed: Record<string, LocaleRecord>,
  req?: PayloadRequest,
): Promise<void> {
  for (const [locale, record] of Object.entries(changed)) {
    const row = existing.find((r) => r.locale === locale)
    const data = { ...record, title: target.title, [TENANT_FIELD]: target.townID }
    if (row) await payload.update({ collection: ctx.statesSlug, id: row.id, data, overrideAccess: true, req, depth: 0 })
    else if (isLocale(locale))
      await payload.create({
        collection: ctx.statesSlug,
        data: {
          ...data,
          key: `${target.collection}:${target.id}:${locale}`,
          document: { relationTo: target.collection, value: target.id },
          locale,
          [TENANT_FIELD]: target.townID,
        },
        overrideAccess: true,
        req,
        depth: 0,
      })
  }
}

/** The records of a document read with `locale: 'all'`, from its texts alone. */
export function initialRecords(doc: unknown, paths: TextPath[], town: { defaultLocale: Locale; locales: Locale[] }): Record<string, LocaleRecord> {
  const sourceHash = hashOf(paths, (p) => valueInLocale(doc, p, town.defaultLocale))
  return Object.fromEntries(town.locales.map((locale) => [locale, initialRecord(locale, town.defaultLocale, hashOf(paths, (p) => valueInLocale(doc, p, locale)), sourceHash)]))
}

/**
 * Creates the rows of a document from its texts alone (no history: every language with text
 * counts as current). Used on the first tracked save, by the demo seed and after import.
 */
export async function syncTranslationStates(payload: Payload, ctx: TrackingContext, collection: TrackedSlug, id: string, req?: PayloadRequest): Promise<void> {
  const config = payload.collections[collection].config
  const paths = localizedTextPaths(config.fields)
  const read = () => payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
  const doc = await (req ? keepingRequestLocale(req, read) : read())
  if (!doc) return
  const townID = idOf(valueAt(doc, [TENANT_FIELD]))
  const town = await townOf(payload, ctx.municipalitiesSlug, townID, req)
  if (!town || !townID) return
  const existing = await rowsOf(payload, ctx.statesSlug, collection, id, req)
  const records = Object.fromEntries(Object.entries(initialRecords(doc, paths, town)).filter(([locale]) => !existing.some((r) => r.locale === locale)))
  const title = titleOf(doc, config.admin?.useAsTitle, town.defaultLocale)
  await writeRows(payload, ctx, { collection, id, townID, title }, existing, records, req)
}

/**
 * After each save in one language: that language's state, and (for the source language) the
 * others' — outdated, unless the editor ticked "minor edit". Machine output (saved by the
 * machine-translation endpoint) is marked unreviewed.
 */
export function trackTranslations(ctx: TrackingContext): CollectionAfterChangeHook {
  return async ({ doc, data, req, collection, context }) => {
    if (context.skipTranslationTracking) return doc
    const locale = req.locale
    const slug = trackedSlug(ctx, collection.slug)
    if (!isLocale(locale) || !slug) return doc
    // The states describe what the public reads: a draft changes nothing until it is published.
    if (collection.versions?.drafts && doc._status !== 'published') return doc
    const townID = idOf(doc[TENANT_FIELD])
    const existing = await rowsOf(req.payload, ctx.statesSlug, slug, String(doc.id), req)
    if (!existing.length) {
      await syncTranslationStates(req.payload, ctx, slug, String(doc.id), req)
      return doc
    }
    const town = await townOf(req.payload, ctx.municipalitiesSlug, townID, req)
    if (!town || !townID || !town.locales.includes(locale)) return doc
    const paths = localizedTextPaths(collection.fields)
    // The saved document comes back filled from fallback languages: read what is really stored.
    const stored = await keepingRequestLocale(req, () =>
      req.payload.findByID({ collection: slug, id: doc.id, locale: 'all', depth: 0, overrideAccess: true, disableErrors: true, req }),
    )
    if (!stored) return doc
    const records = Object.fromEntries(existing.map((r) => [r.locale, recordOf(r)]))
    const changed = applySave(records, {
      locale,
      sourceLocale: town.defaultLocale,
      textHash: hashOf(paths, (p) => valueInLocale(stored, p, locale)),
      minorEdit: Boolean(data?.minorEdit),
      machine: Boolean(context.machineTranslated),
    })
    // Languages the town enabled after the document was written get their rows now.
    const added = initialRecords(stored, paths, town)
    for (const l of town.locales) if (!records[l] && !changed[l] && added[l]) changed[l] = added[l]
    const title = titleOf(stored, collection.admin?.useAsTitle, town.defaultLocale)
    await writeRows(req.payload, ctx, { collection: slug, id: String(doc.id), townID, title }, existing, changed, req)
    return doc
  }
}

/** A deleted document takes its translation states along. */
export function forgetTranslations(ctx: TrackingContext): CollectionAfterDeleteHook {
  return async ({ id, req, collection }) => {
    await req.payload.delete({
      collection: ctx.statesSlug,
      // By the row key: a query on the polymorphic `document` found nothing on SQLite, which
      // left rows behind that then blocked a new document under the same id.
      where: { key: { like: `${collection.slug}:${id}:` } },
      overrideAccess: true,
      req,
    })
  }
}

/** Adds translation tracking to a collection: the hooks, a "minor edit" box and the status panel. */
export function withTranslationTracking(config: CollectionConfig, ctx: TrackingContext, { withUI }: { withUI: boolean }): CollectionConfig {
  return {
    ...config,
    hooks: {
      ...config.hooks,
      afterChange: [...(config.hooks?.afterChange ?? []), trackTranslations(ctx)],
      afterDelete: [...(config.hooks?.afterDelete ?? []), forgetTranslations(ctx)],
    },
    fields: [
      ...config.fields,
      {
        name: 'minorEdit',
        type: 'checkbox',
        virtual: true,
        admin: { position: 'sidebar', readOnly: false, description: tr('help.minorEdit') },
      },
      ...(withUI
        ? [
            {
              name: 'translationStatus',
              type: 'ui' as const,
              admin: { position: 'sidebar' as const, components: { Field: '/cms/components/TranslationStatus#TranslationStatus' } },
            },
          ]
        : []),
    ],
  }
}
