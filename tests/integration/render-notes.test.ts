import { AsyncLocalStorage } from 'node:async_hooks'
import type { Payload } from 'payload'
import type { RenderNotes } from '@cms/cache/renderNotes'
import { collectionTag } from '@shared/cacheTags'
import { bootPayload } from './helpers/payload'

/**
 * What a page render tells web/server.mjs (cms/cache/renderNotes.ts), as the server sets it up:
 * the tags of every document read (the response cache drops the page when one changes) and the
 * work done (Server-Timing, bench/page-work.mjs).
 */
let payload: Payload
let cleanup: () => Promise<void>
const store = new AsyncLocalStorage<RenderNotes>()
const newNotes = (): RenderNotes => ({ tags: new Set(), expiresAt: null, status: null, view: null, uncacheable: false, work: { operations: 0, queries: 0 } })

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  globalThis.__integrationPortalRenderNotes = store
  await payload.create({ collection: 'municipalities', overrideAccess: true, data: { name: 'Notestadt', slug: 'notestadt', defaultLocale: 'de', enabledLocales: ['de'], timeZone: 'Europe/Berlin' } })
})
afterAll(async () => cleanup?.())

test('a render counts its Local API operations and SQL statements, and tags what it read', async () => {
  const notes = newNotes()
  const found = await store.run(notes, () => payload.find({ collection: 'municipalities', where: { slug: { equals: 'notestadt' } }, depth: 0, overrideAccess: false }))
  expect(found.docs).toHaveLength(1)
  expect(notes.work.operations).toBe(1)
  // The page of documents and, for the total, a count.
  expect(notes.work.queries).toBeGreaterThanOrEqual(1)
  expect([...notes.tags]).toContain(collectionTag('municipalities'))

  const two = newNotes()
  await store.run(two, async () => {
    await payload.count({ collection: 'services', overrideAccess: false })
    await payload.find({ collection: 'topics', limit: 1, overrideAccess: false })
  })
  expect(two.work.operations).toBe(2)
  expect(two.work.queries).toBeGreaterThan(notes.work.queries - 1)
})

test('work outside a render is not counted in a render running at the same time', async () => {
  const notes = newNotes()
  let release = () => {}
  const rendering = store.run(notes, () => new Promise<void>((resolve) => (release = resolve)))
  await payload.find({ collection: 'municipalities', depth: 0 })
  await payload.count({ collection: 'topics' })
  release()
  await rendering
  expect(notes.work).toEqual({ operations: 0, queries: 0 })
  expect(notes.tags.size).toBe(0)
})
