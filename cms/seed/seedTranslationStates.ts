import type { Payload, PayloadRequest } from 'payload'
import { seededNeedsNativeReview } from '@shared/nativeReview'
import type { LocaleRecord } from '@shared/translationState'
import { idOf } from '../access/ids'
import { TENANT_FIELD } from '../tenant'
import { localizedTextPaths, valueAt } from '../translation/textFields'
import { initialRecords, titleOf, townOf } from '../translation/track'

const TRACKED = ['pages', 'news', 'events', 'services', 'organizations', 'action-fields', 'goals', 'measures', 'indicators'] as const

/** Demo states that show the workflow: a translation made before the source changed, one by machine. */
const DEMO_STATES: { collection: (typeof TRACKED)[number]; slug: string; locale: string; state: LocaleRecord['state'] }[] = [
  { collection: 'pages', slug: 'gesundheit', locale: 'fa', state: 'outdated' },
  { collection: 'pages', slug: 'anmeldung', locale: 'uk', state: 'outdated' },
  { collection: 'events', slug: 'sprachcafe-kulturbruecke', locale: 'tr', state: 'machine' },
]

/**
 * The translation states of everything the seed wrote straight to the database (no hooks
 * ran): one row per document and town language, written the same direct way. Every Tigrinya,
 * Somali and Pashto text is flagged "needs native review" (shared/nativeReview.ts).
 */
export async function seedTranslationStates(payload: Payload): Promise<void> {
  // Some two thousand small rows: one transaction instead of one commit (and disk sync) each.
  const transactionID = (await payload.db.beginTransaction?.()) ?? undefined
  const req: Partial<PayloadRequest> | undefined = transactionID ? { transactionID } : undefined
  try {
    await writeStates(payload, req)
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

async function writeStates(payload: Payload, req: Partial<PayloadRequest> | undefined): Promise<void> {
  const towns = new Map<string, Awaited<ReturnType<typeof townOf>>>()
  // Documents the seed wrote through the Local API (organisations) were tracked by the hooks.
  const { docs: tracked } = await payload.find({ collection: 'translation-states', depth: 0, pagination: false, overrideAccess: true, select: { key: true, locale: true, state: true } })
  const existing = new Set(tracked.map((r) => r.key))
  // The hooks know nothing of the demo's unreviewed languages: flag those rows here too.
  for (const row of tracked.filter((r) => seededNeedsNativeReview(r.locale, r.state))) {
    await payload.db.updateOne({ req, collection: 'translation-states', id: row.id, data: { needsNativeReview: true } })
  }
  for (const collection of TRACKED) {
    const config = payload.collections[collection].config
    const paths = localizedTextPaths(config.fields)
    const { docs } = await payload.find({ collection, locale: 'all', depth: 0, pagination: false, overrideAccess: true, draft: true })
    for (const doc of docs) {
      const townID = idOf(valueAt(doc, [TENANT_FIELD]))
      if (!townID) continue
      if (!towns.has(townID)) towns.set(townID, await townOf(payload, 'municipalities', townID))
      const town = towns.get(townID)
      if (!town) continue
      const title = titleOf(doc, config.admin?.useAsTitle, town.defaultLocale)
      for (const [locale, record] of Object.entries(initialRecords(doc, paths, town))) {
        if (existing.has(`${collection}:${doc.id}:${locale}`)) continue
        const demo = DEMO_STATES.find((d) => d.collection === collection && d.slug === valueAt(doc, ['slug']) && d.locale === locale)
        const state = demo?.state ?? record.state
        await payload.db.create({
          req,
          collection: 'translation-states',
          data: {
            ...record,
            ...(demo ? { state: demo.state, basedOn: demo.state === 'outdated' ? 'before-the-last-change' : record.basedOn } : {}),
            needsNativeReview: seededNeedsNativeReview(locale, state),
            key: `${collection}:${doc.id}:${locale}`,
            document: { relationTo: collection, value: doc.id },
            title,
            locale,
            [TENANT_FIELD]: townID,
          },
        })
      }
    }
  }
}
