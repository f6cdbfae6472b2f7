import type { Payload, TypedUser } from 'payload'
import { isLocale, type Locale } from '@shared/locales'
import { normalizeForSearch } from '@shared/search'
import { tenantIDsOf } from '../access/ids'
import { isRecord } from '../isRecord'
import { isAdmin, isStaff } from '../access/roles'
import { townArea } from './area'
import { canWriteInBulk } from './bulkCreate'
import { noGeocoder, type Geocoder } from './geocoder'
import type { Vocabulary } from './parseRow'
import { InitialStates } from './translationStates'
import type { RunJournal } from '../longWork/runJournal'
import type { TownArea } from './types'

export interface ContextOptions {
  payload: Payload
  /** The town's slug or ID. */
  town: string
  /** The language the texts are in; default the town's default language. */
  locale?: Locale
  /**
   * The staff account the import runs as (the admin): every read and write goes through
   * access control as that user. Without one the import acts as the system (the command line).
   */
  user?: TypedUser | null
  /** The box coordinates must fall into; default: around the town's locations (see area.ts). */
  area?: Omit<TownArea, 'source'> | null
  geocoder?: Geocoder
  /** Save as drafts instead of publishing. */
  draft?: boolean
  /**
   * How new documents are written: `bulk` (default where the database allows it: the drizzle
   * adapters, i.e. SQLite here) a batch's together, one insert per table (bulkCreate.ts); `each` one by one
   * through the Local API, as on MongoDB. Default from `IMPORT_WRITES`.
   */
  writes?: 'bulk' | 'each'
}

/** Everything the import needs to know about the town, loaded once. */
export interface ImportContext {
  payload: Payload
  townID: string
  townSlug: string
  locale: Locale
  vocabulary: Vocabulary
  area: TownArea
  geocoder: Geocoder
  draft: boolean
  /** Spread into every Local API call. */
  access: { overrideAccess: boolean; user?: TypedUser }
  states: InitialStates
  /** Whether new documents are written in bulk (see `ContextOptions.writes`). */
  bulk: boolean
  /** The run's journal, when it survives kills: new documents are noted in it before they are saved. */
  journal?: RunJournal<unknown> | null
}

export class ImportSetupError extends Error {}

/** Names in every language and slugs, folded, → ID. */
function terms(docs: { id: string; slug?: unknown; name?: unknown }[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const doc of docs) {
    // Read with `locale: 'all'`: the names by language.
    const names = isRecord(doc.name) ? Object.values(doc.name) : [doc.name]
    for (const name of [doc.slug, ...names]) if (typeof name === 'string' && name.trim()) map.set(normalizeForSearch(name), String(doc.id))
  }
  return map
}

export async function loadContext(options: ContextOptions): Promise<ImportContext> {
  const { payload, user } = options
  if (user && !isStaff(user)) throw new ImportSetupError('Only municipal staff (admins and editors) may import.')
  const access = user ? { overrideAccess: false, user } : { overrideAccess: true }
  // By slug first; an ID is looked up on its own (a slug is no valid ObjectId on MongoDB).
  const { docs } = await payload.find({ collection: 'municipalities', where: { slug: { equals: options.town } }, limit: 1, depth: 0, overrideAccess: true })
  const town = docs[0] ?? (await payload.findByID({ collection: 'municipalities', id: options.town, depth: 0, overrideAccess: true, disableErrors: true }))
  if (!town) throw new ImportSetupError(`There is no town “${options.town}”.`)
  const townID = String(town.id)
  if (user && !isAdmin(user) && !tenantIDsOf(user).includes(townID)) throw new ImportSetupError(`You do not work for ${town.name}.`)
  const locale = options.locale ?? (isLocale(town.defaultLocale) ? town.defaultLocale : 'de')

  const inTown = { municipality: { equals: townID } }
  const vocabularyOf = (collection: 'topics' | 'audiences') =>
    payload.find({ collection, where: inTown, locale: 'all', depth: 0, pagination: false, overrideAccess: true, select: { slug: true, name: true } })
  const [topics, audiences, locations] = await Promise.all([
    vocabularyOf('topics'),
    vocabularyOf('audiences'),
    payload.find({ collection: 'locations', where: inTown, depth: 0, pagination: false, overrideAccess: true, select: { latitude: true, longitude: true } }),
  ])
  const points = locations.docs.filter((l) => typeof l.latitude === 'number' && typeof l.longitude === 'number')
  return {
    payload,
    townID,
    townSlug: town.slug,
    locale,
    vocabulary: { topics: terms(topics.docs), audiences: terms(audiences.docs) },
    area: townArea(points, options.area),
    geocoder: options.geocoder ?? noGeocoder,
    draft: Boolean(options.draft),
    access,
    states: new InitialStates(payload, townID),
    bulk: (options.writes ?? (process.env.IMPORT_WRITES === 'each' ? 'each' : 'bulk')) === 'bulk' && canWriteInBulk(payload.db),
  }
}
