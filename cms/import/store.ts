/** The import's reads and writes, all through the Local API (so every hook runs: search text, directory index, translation states). */
import { randomUUID } from 'node:crypto'
import { type PayloadRequest, type RequiredDataFromCollectionSlug, ValidationError, type Where } from 'payload'
import { slugify } from '@shared/slug'
import { KEEP_GIVEN_ID } from '../hooks/givenIds'
import { choosesIds, takeBack } from '../longWork/pendingDocuments'
import type { WriteBatch } from './batch'
import type { ImportContext } from './context'
import type { Doc } from './diff'

export type DirectoryCollection = 'organizations' | 'locations' | 'services'

/** IDs of documents a dry run would create ("new:organizations:12"): never looked up, never written. */
export const placeholder = (collection: DirectoryCollection, row: number) => `new:${collection}:${row}`
export const isPlaceholder = (id: string | null | undefined) => Boolean(id?.startsWith('new:'))

interface FindOptions {
  /** The batch's request: inside its transaction, a read sees what the batch wrote. */
  req?: Partial<PayloadRequest>
  /** At most this many (default 5: only the first matches are needed); 0 for all. */
  limit?: number
}

/**
 * The newest version (drafts included) of the town's documents matching `where`, oldest first,
 * in the import's language without fallback (an untranslated title must not look like the German one).
 */
export async function find(ctx: ImportContext, collection: DirectoryCollection, where: Where, { req, limit = 5 }: FindOptions = {}): Promise<Doc[]> {
  const { docs } = await ctx.payload.find({
    collection,
    where: { and: [{ municipality: { equals: ctx.townID } }, where] },
    draft: true,
    locale: ctx.locale,
    fallbackLocale: false,
    depth: 0,
    limit,
    // No count query.
    pagination: false,
    sort: 'createdAt',
    ...(req ? { req } : {}),
    ...ctx.access,
  })
  // Plain copies: the diff reads and compares fields by name.
  return docs.map((doc) => ({ ...doc }))
}

/** Of the documents found by a natural key, the first that can be the row's: one with another external ID is a different entry. */
export const candidateFor =
  (externalId: string | undefined) =>
  (doc: Doc): boolean =>
    !doc.externalId || !externalId || doc.externalId === externalId

/**
 * Finds the document by its external ID, else by its natural key (`where`). A document found
 * by its natural key that carries another external ID is a different entry.
 */
export async function lookup(ctx: ImportContext, collection: DirectoryCollection, externalId: string | undefined, where: Where | null, req?: Partial<PayloadRequest>): Promise<Doc | null> {
  if (externalId) {
    const [byId] = await find(ctx, collection, { externalId: { equals: externalId } }, { req })
    if (byId) return byId
  }
  if (!where) return null
  const candidates = await find(ctx, collection, where, { req })
  return candidates.find(candidateFor(externalId)) ?? null
}

/** What a new document's slug is made from: the name or title, else a word for the kind of entry (e.g. for an Arabic title). */
export const slugBase = (source: string, fallback: string): string => slugify(source, 72) || fallback

/** A slug no other document of the town has: "caritas", else "caritas-2", "caritas-3", … */
export async function freeSlug(ctx: ImportContext, collection: 'organizations' | 'services', source: string, fallback: string): Promise<string> {
  const base = slugBase(source, fallback)
  const candidates = [base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`)]
  const { docs } = await ctx.payload.find({
    collection,
    where: { and: [{ municipality: { equals: ctx.townID } }, { slug: { in: candidates } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { slug: true },
  })
  const taken = new Set(docs.map((d) => String(d.slug)))
  return candidates.find((c) => !taken.has(c)) ?? `${base}-${Date.now().toString(36)}`
}

/**
 * Creates or updates; returns the ID. Publishes unless the import makes drafts. `newId`: the
 * id a new document is to have (the HSDS import's UUIDs, where the adapter stores UUIDs).
 * With a `batch`, the save joins the batch's request and leaves the work that can wait to it.
 */
export async function write(ctx: ImportContext, collection: DirectoryCollection, id: string | null, data: Doc, newId?: string, batch?: WriteBatch): Promise<string> {
  // A new published document's translation states are written apart, more cheaply than by the hook (see translationStates.ts).
  const tracked = !id && collection !== 'locations' && !ctx.draft
  // A new document gets its ID from the import where the adapter takes one: a run that survives
  // kills notes it before saving (cms/longWork), and a save that fails halfway is taken back.
  if (!id && choosesIds(ctx.payload)) newId ??= randomUUID()
  const journal = !id && ctx.journal && choosesIds(ctx.payload) ? ctx.journal : null
  if (journal && newId) await journal.willCreate({ collection, id: newId })
  const common = {
    collection,
    locale: ctx.locale,
    depth: 0,
    draft: ctx.draft,
    // Every key each time: a batch's calls share one request, whose context keeps what the last call set.
    context: { skipTranslationTracking: tracked, [KEEP_GIVEN_ID]: Boolean(newId), ...batch?.context },
    ...(batch ? { req: batch.req } : {}),
    ...ctx.access,
  } as const
  const create = async (given: string | undefined) => {
    try {
      return await ctx.payload.create({
        ...common,
        // The row's fields by name: Payload validates them and fills the defaults (kind, status,
        // cost type) that the generated type counts as required.
        data: { ...data, municipality: ctx.townID, ...(given ? { id: given } : {}) } as RequiredDataFromCollectionSlug<DirectoryCollection>,
      })
    } catch (error) {
      // On SQLite a save is several statements: one refused after the first leaves a part (in a
      // transaction, the rollback takes it).
      if (given && !batch?.transactional) await takeBack(ctx.payload, [{ collection, id: given }])
      throw error
    }
  }
  const saved = id ? String((await ctx.payload.update({ ...common, id, data })).id) : String((await create(newId)).id)
  if (batch) batch.wrote(collection, saved, tracked)
  else {
    if (tracked) await ctx.states.write(collection, [saved])
    // Without a batch the document is complete now; a batch's are when the batch is done.
    await journal?.created({ collection, id: saved })
  }
  return saved
}

/** A write's failure as one line: Payload's field errors by path, else the message. */
export function describeError(error: unknown): string {
  if (error instanceof ValidationError) {
    const errors = error.data?.errors ?? []
    if (errors.length) return errors.map((e) => `${e.path ?? ''}: ${e.message ?? ''}`.replace(/^: /, '')).join('; ')
  }
  return error instanceof Error ? error.message : String(error)
}
