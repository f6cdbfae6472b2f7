/**
 * The slugs of the documents an import creates, chosen as the slug field's hook chooses them
 * (cms/fields/slug.ts: the first of "caritas", "caritas-2", … that no document of the town whose
 * slug contains "caritas" has), but with one look-up per distinct slug and run instead of one
 * per document, and knowing the slugs of documents the run has queued and not yet written.
 * Handed to the save, the slug is free, so the hook (where the Local API runs) keeps it.
 */
import type { Where } from 'payload'
import { withSuffix } from '../fields/slug'
import type { ImportContext } from './context'
import { slugBase } from './store'

type SluggedCollection = 'organizations' | 'services'

/** Candidates read ahead per base: "caritas" … "caritas-4"; a base with all of them taken is read whole. */
const AHEAD = 4

/** The slugs the town had for a base: all that contain it, or (read ahead) which of its first candidates. */
interface Stored {
  slugs: Set<string>
  whole: boolean
}

export class SlugPicker {
  private stored = new Map<string, Stored>()
  /** Per collection: the slugs the run gave (a candidate contains its base, so the hook's look-up would find it among them). */
  private given: Record<SluggedCollection, Set<string>> = { organizations: new Set(), services: new Set() }

  constructor(private ctx: ImportContext) {}

  private baseOf = (collection: SluggedCollection, source: string) => slugBase(source, collection === 'organizations' ? 'organisation' : 'angebot')

  private async read(collection: SluggedCollection, where: Where): Promise<string[]> {
    const { docs } = await this.ctx.payload.find({
      collection,
      where: { and: [where, { municipality: { equals: this.ctx.townID } }] },
      overrideAccess: true,
      pagination: false,
      depth: 0,
      select: { slug: true },
    })
    return docs.map((d) => String(d.slug))
  }

  /** Reads at once which of the first candidates of a batch's names the town has (one query instead of one per document). */
  async prefetch(collection: SluggedCollection, sources: string[]): Promise<void> {
    const bases = [...new Set(sources.map((s) => this.baseOf(collection, s)))].filter((b) => !this.stored.has(`${collection}:${b}`))
    if (!bases.length) return
    const candidates = bases.flatMap((b) => Array.from({ length: AHEAD }, (_, i) => withSuffix(b, i + 1)))
    const found = new Set(await this.read(collection, { slug: { in: candidates } }))
    for (const b of bases) this.stored.set(`${collection}:${b}`, { slugs: new Set(Array.from({ length: AHEAD }, (_, i) => withSuffix(b, i + 1)).filter((c) => found.has(c))), whole: false })
  }

  async pick(collection: SluggedCollection, source: string): Promise<string> {
    const base = this.baseOf(collection, source)
    const key = `${collection}:${base}`
    const given = this.given[collection]
    for (;;) {
      let stored = this.stored.get(key)
      if (!stored) {
        stored = { slugs: new Set(await this.read(collection, { slug: { like: base } })), whole: true }
        this.stored.set(key, stored)
      }
      let n = 1
      while (stored.slugs.has(withSuffix(base, n)) || given.has(withSuffix(base, n))) n += 1
      if (!stored.whole && n > AHEAD) {
        // Past what was read ahead: read all of the base's.
        this.stored.delete(key)
        continue
      }
      const slug = withSuffix(base, n)
      given.add(slug)
      return slug
    }
  }

  /** After a rollback: what the run gave in it may not exist; the next picks read again. */
  forget(): void {
    this.stored.clear()
    this.given = { organizations: new Set(), services: new Set() }
  }
}
