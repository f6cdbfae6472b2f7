import type { Payload } from 'payload'
import { TENANT_FIELD } from '../tenant'
import { localizedTextPaths, type TextPath } from '../translation/textFields'
import { initialRecords, titleOf, townOf } from '../translation/track'

export type TrackedCollection = 'organizations' | 'services'

type Town = NonNullable<Awaited<ReturnType<typeof townOf>>>

/**
 * The translation states of documents the import creates. The tracking hook would write the
 * same rows (one per town language) through the Local API, reading the town and the existing
 * rows again for every document; a new document has none, so the import skips the hook on
 * creation (`skipTranslationTracking`) and writes them here directly, as the demo seed does.
 * Updates keep the hook: changing the source text marks translations outdated.
 */
export class InitialStates {
  private paths = new Map<TrackedCollection, TextPath[]>()
  private town: Town | null | undefined

  constructor(
    private payload: Payload,
    private townID: string,
  ) {}

  async write(collection: TrackedCollection, id: string): Promise<void> {
    if (this.town === undefined) this.town = await townOf(this.payload, 'municipalities', this.townID)
    if (!this.town) return
    const config = this.payload.collections[collection].config
    let paths = this.paths.get(collection)
    if (!paths) this.paths.set(collection, (paths = localizedTextPaths(config.fields)))
    const doc = await this.payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0, overrideAccess: true })
    const title = titleOf(doc, config.admin?.useAsTitle, this.town.defaultLocale)
    const now = new Date().toISOString()
    for (const [locale, record] of Object.entries(initialRecords(doc, paths, this.town))) {
      await this.payload.db.create({
        collection: 'translation-states',
        data: {
          ...record,
          key: `${collection}:${id}:${locale}`,
          document: { relationTo: collection, value: id },
          title,
          locale,
          [TENANT_FIELD]: this.townID,
          createdAt: now,
          updatedAt: now,
        },
      })
    }
  }
}
