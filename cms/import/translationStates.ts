import { setImmediate as yieldToLoop } from 'node:timers/promises'
import type { Payload, PayloadRequest } from 'payload'
import { crashPoint } from '../longWork/crashPoint'
import { localizedTextPaths, type TextPath } from '../translation/textFields'
import { initialRecords, titleOf, townOf } from '../translation/track'
import { insertStates, type NewState } from './insertStates'

export type TrackedCollection = 'organizations' | 'services'

type Town = NonNullable<Awaited<ReturnType<typeof townOf>>>

/**
 * The translation states of documents the import creates. The tracking hook would write the
 * same rows (one per town language) through the Local API, reading the town and the existing
 * rows again for every document; a new document has none, so the import skips the hook on
 * creation (`skipTranslationTracking`) and writes them here directly, as the demo seed does:
 * the documents of a whole batch read in one query, their rows written together (insertStates.ts).
 * Updates keep the hook: changing the source text marks translations outdated.
 */
export class InitialStates {
  private paths = new Map<TrackedCollection, TextPath[]>()
  private town: Town | null | undefined

  constructor(
    private payload: Payload,
    private townID: string,
  ) {}

  /**
   * `req`: the batch's, so that the rows are written in its transaction (with the documents, or
   * not at all). `known`: documents by ID as written with all their languages (the bulk write's),
   * which need not be read back.
   */
  async write(collection: TrackedCollection, ids: string[], req?: Partial<PayloadRequest>, known?: ReadonlyMap<string, Record<string, unknown>>): Promise<void> {
    if (!ids.length) return
    if (this.town === undefined) this.town = await townOf(this.payload, 'municipalities', this.townID)
    if (!this.town) return
    const config = this.payload.collections[collection].config
    let paths = this.paths.get(collection)
    if (!paths) this.paths.set(collection, (paths = localizedTextPaths(config.fields)))
    const unknown = ids.filter((id) => !known?.has(id))
    const read = unknown.length
      ? (
          await this.payload.find({
            collection,
            where: { id: { in: unknown } },
            locale: 'all',
            draft: true,
            depth: 0,
            pagination: false,
            overrideAccess: true,
            ...(req ? { req } : {}),
          })
        ).docs
      : []
    const docs = [...ids.flatMap((id) => { const doc = known?.get(id); return doc ? [{ ...doc, id }] : [] }), ...read]
    const states: NewState[] = []
    for (const doc of docs) {
      const id = String(doc.id)
      const title = titleOf(doc, config.admin?.useAsTitle, this.town.defaultLocale)
      for (const [locale, record] of Object.entries(initialRecords(doc, paths, this.town))) states.push({ collection, id, locale, title, record: { ...record } })
    }
    await insertStates(this.payload, this.townID, states, req)
    crashPoint('deferred')
    // libsql frees its statements' native memory only when the event loop gets a turn (see run.ts).
    await yieldToLoop()
  }
}
