/**
 * A generated town directory for benchmarks: ~size/50 organisations, size/4 places with
 * opening hours, `size` published services with topics, languages and costs. Written with
 * the database adapter directly (no hooks), so 100,000 services take minutes, not hours.
 */
import type { Payload } from 'payload'
import { buildSearchText } from '@shared/search'

const WORDS = ['Beratung', 'Sprachkurs', 'Wohnung', 'Arbeit', 'Familie', 'Gesundheit', 'Schule', 'Frauen', 'Jugend', 'Café', 'Hilfe', 'Recht', 'Anerkennung', 'Ausbildung', 'Begegnung']
const LANGS = ['de', 'en', 'ar', 'fa', 'prs', 'uk', 'ru', 'tr', 'ti', 'so', 'fr', 'ro', 'pl', 'ku']
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']

export const BENCH_TOWN = 'benchstadt'

export function rng(seed: number) {
  let s = seed
  return () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296)
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number

/**
 * SQLite's driver frees its statements' native memory only when the event loop gets a turn:
 * without one, 100,000 awaited inserts in a row grew the process to 16 GB (killed at 88,000).
 */
const breathe = (i: number) => (i % 500 === 0 ? new Promise((resolve) => setImmediate(resolve)) : undefined)

type Slug = 'municipalities' | 'topics' | 'districts' | 'organizations' | 'locations' | 'services'

/** The bench town's ID: the existing one (a kept database), else a new town filled with `size` services. */
export async function benchTown(payload: Payload, size: number): Promise<string> {
  const existing = await payload.find({ collection: 'municipalities', where: { slug: { equals: BENCH_TOWN } }, limit: 1, depth: 0, overrideAccess: true })
  if (existing.docs[0]) return String(existing.docs[0].id)
  const random = rng(size)
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T
  const now = new Date().toISOString()
  const insert = (collection: Slug, data: Record<string, unknown>) => payload.db.create({ collection, data: { ...data, createdAt: now, updatedAt: now } }).then((d) => String(d.id))

  const town = await insert('municipalities', { name: 'Benchstadt', slug: BENCH_TOWN, defaultLocale: 'de', enabledLocales: ['de'], timeZone: 'Europe/Berlin' })
  const topics = await Promise.all(['sprache', 'arbeit', 'wohnen', 'gesundheit', 'familie', 'beratung'].map((slug, order) => insert('topics', { municipality: town, slug, order, name: { de: slug } })))
  const districts = await Promise.all(['nord', 'sued', 'west', 'ost', 'mitte'].map((slug, order) => insert('districts', { municipality: town, slug, order, name: { de: slug } })))
  const orgs: string[] = []
  for (let i = 0; i < Math.max(20, size / 50); i++) orgs.push(await insert('organizations', { municipality: town, name: `Träger ${i}`, slug: `traeger-${i}`, kind: 'counselling', _status: 'published' }))
  const locations: string[] = []
  for (let i = 0; i < Math.max(30, size / 4); i++) {
    await breathe(i)
    const slots = DAYS.filter(() => random() < 0.5).map((day, k) => ({ id: `${i}${k}${day}`.padEnd(24, '0').slice(0, 24), day, opens: '09:00', closes: random() < 0.5 ? '12:00' : '17:00' }))
    locations.push(
      await insert('locations', {
        municipality: town,
        organization: pick(orgs),
        name: `Standort ${i}`,
        address: { street: `Straße ${i}`, postalCode: '99817', city: 'Benchstadt' },
        latitude: 50.9 + random() * 0.15,
        longitude: 10.25 + random() * 0.15,
        district: pick(districts),
        hours: { slots },
        _status: 'published',
      }),
    )
  }
  for (let i = 0; i < size; i++) {
    await breathe(i)
    const title = `${pick(WORDS)} ${pick(WORDS)} ${i}`
    await insert('services', {
      municipality: town,
      organization: pick(orgs),
      slug: `angebot-${i}`,
      kind: 'counselling',
      title: { de: title, en: `Service ${i}` },
      summary: { de: `${pick(WORDS)} und ${pick(WORDS)} für alle.` },
      topics: [pick(topics)],
      languages: [...new Set([pick(LANGS), pick(LANGS), 'de'])],
      cost: { type: random() < 0.7 ? 'free' : 'fee', amount: 5 },
      locations: [{ id: `${i}`.padStart(24, 'a'), location: pick(locations) }],
      status: 'active',
      _status: 'published',
      lastVerifiedAt: now,
      searchText: buildSearchText([title, `Service ${i}`]),
    })
  }
  return town
}
