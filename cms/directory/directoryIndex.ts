import type { Payload, Where } from 'payload'
import { changeKey, changesSettled, followChanges, type PendingChange, recheckChanges } from './indexChanges'
import { fingerprintOf, type Indexed, PUBLISHED, readIndexDocs, readLocations, readServices, toIndexedLocation, toIndexedService } from './indexEntries'
import { TownIndex } from './townIndex'

/**
 * The in-memory directory of each town (townIndex.ts): filtering 100,000 services there takes
 * milliseconds, where the same through the database (joins for every has-many field, plus
 * "open now" and distance, which only code can compute) took seconds. Full documents are
 * still read from the database, for the page of results only.
 *
 * Built on a town's first search, then kept current by the change bus alone (indexChanges.ts):
 * each write, on any instance or in the import CLI, puts its document in or takes it out.
 * Nothing is rebuilt on a timer.
 */

/** A Payload instance's indexes, by town; `built` once its first read is done. */
type Store = Map<string, { index: Promise<TownIndex>; built: TownIndex | null }>

declare global {
  /** The directory indexes of this process, per Payload instance: on globalThis because Next.js may load this module once per route bundle. */
  var __integrationPortalDirectoryIndex: WeakMap<Payload, Store> | undefined
}
const stores = (globalThis.__integrationPortalDirectoryIndex ??= new WeakMap<Payload, Store>())

function storeOf(payload: Payload): Store {
  let store = stores.get(payload)
  if (!store) {
    const created: Store = new Map()
    stores.set(payload, (store = created))
    followChanges((changes) => catchUp(payload, created, changes))
  }
  return store
}

async function build(payload: Payload, townID: string): Promise<TownIndex> {
  const inTown: Where = { municipality: { equals: townID } }
  const [services, locations] = await Promise.all([
    readIndexDocs(payload, 'services', { and: [inTown, PUBLISHED, { status: { not_equals: 'ended' } }] }),
    readIndexDocs(payload, 'locations', { and: [inTown, PUBLISHED] }),
  ])
  const entries = <D, T>(docs: D[], toEntry: (doc: D) => T | null) => docs.map(toEntry).filter((e): e is T => e !== null)
  return new TownIndex(entries(services, toIndexedService), entries(locations, toIndexedLocation))
}

/** The town's index: built on first use, current with every change this process has heard of. */
export async function townIndex(payload: Payload, townID: string): Promise<TownIndex> {
  await changesSettled()
  const store = storeOf(payload)
  const known = store.get(townID)
  if (known) return known.index
  const entry: { index: Promise<TownIndex>; built: TownIndex | null } = { index: build(payload, townID), built: null }
  store.set(townID, entry)
  entry.index.then(
    (index) => {
      entry.built = index
      // What changed while it read is re-read now.
      recheckChanges()
    },
    () => store.delete(townID),
  )
  return entry.index
}

/**
 * Re-reads changed documents into every built town index of one Payload instance. While a
 * town's index is still being read, nothing counts as settled: the build may have read the
 * old document, and the re-check after it re-reads what is still pending.
 */
async function catchUp(payload: Payload, store: Store, changes: readonly PendingChange[]): Promise<Set<string>> {
  const found = new Set<string>()
  const towns = [...store].flatMap(([town, { built }]) => (built ? [[town, built] as const] : []))
  if (!towns.length) return found
  const building = towns.length < store.size
  const idsOf = (collection: PendingChange['collection']) => changes.filter((c) => c.collection === collection).map((c) => c.id)
  const [services, locations] = await Promise.all([readServices(payload, idsOf('services')), readLocations(payload, idsOf('locations'))])

  const settle = <T>(change: PendingChange, indexed: Indexed<T> | undefined, put: (index: TownIndex, entry: T) => void, remove: (index: TownIndex) => void) => {
    if (!indexed) return
    for (const [town, index] of towns) {
      if (indexed.entry && town === indexed.town) put(index, indexed.entry)
      else remove(index)
    }
    if (!building && fingerprintOf(indexed) === change.fingerprint) found.add(changeKey(change))
  }
  for (const change of changes) {
    if (change.collection === 'services') settle(change, services.get(change.id), (index, e) => index.putService(e), (index) => index.removeService(change.id))
    else settle(change, locations.get(change.id), (index, e) => index.putLocation(e), (index) => index.removeLocation(change.id))
  }
  return found
}
