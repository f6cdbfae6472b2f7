import { randomUUID } from 'node:crypto'
import type { CollectionSlug, Payload } from 'payload'
import { buildSearchText } from '@shared/search'
import type { DemoHours } from './directoryTypes'
import { richText } from './lexical'
import { DEMO_TEXTS, type LocaleTexts } from './translations'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Writes one trusted demo document with all its languages at once, straight through the
 * database adapter (plus its published version where the collection has drafts). Through
 * the Local API the same content takes about a thousand writes, one per language, and a
 * minute on a 2-core machine; the demo should start in seconds. Everything hooks would
 * compute (town, slug, search text, verification date) is set here, and the demo seed
 * test checks the result.
 */
export async function insert(payload: Payload, collection: CollectionSlug, data: Record<string, unknown>): Promise<string> {
  const now = new Date().toISOString()
  const drafts = Boolean(payload.collections[collection].config.versions?.drafts)
  const row = { ...data, ...(drafts ? { _status: 'published' } : {}), createdAt: now, updatedAt: now }
  const doc = await payload.db.create({ collection, data: row })
  if (drafts) {
    await payload.db.createVersion({
      collectionSlug: collection,
      parent: doc.id,
      versionData: { ...row, id: doc.id },
      autosave: false,
      createdAt: now,
      updatedAt: now,
    })
  }
  return String(doc.id)
}

/** Texts as stored: rich-text fields become Lexical paragraphs. */
const rich = (texts: LocaleTexts) => Object.fromEntries(Object.entries(texts).map(([locale, text]) => [locale, richText(...String(text).split(/\n\n+/))]))

/** The id the seed gave a demo document (the demo data name only documents it seeds). */
export function idIn(ids: Map<string, string>, key: string): string {
  const id = ids.get(key)
  if (!id) throw new Error(`The demo has no document “${key}”.`)
  return id
}

// Array rows need their own IDs (Payload's hooks add them on ordinary writes).
export const rowID = () => randomUUID().replace(/-/g, '').slice(0, 24)

const slots = (hours: DemoHours[]) => hours.flatMap((h) => h.days.map((day) => ({ id: rowID(), day, opens: h.opens, closes: h.closes })))

/** IDs of the seeded documents: services, audiences and topics by `town:key`, locations by key. */
export interface DirectoryIDs {
  services: Map<string, string>
  locations: Map<string, string>
  audiences: Map<string, string>
  topics: Map<string, string>
  districts: Map<string, string>
}

/** The demo's districts, topics, audiences, locations and services in both towns. */
export async function seedDirectory(
  payload: Payload,
  townIDs: Map<string, string>,
  orgIDs: Map<string, string>,
  orgNames: Map<string, string>,
): Promise<DirectoryIDs> {
  const key = (town: string, k: string) => `${town}:${k}`
  const town = (slug: string) => idIn(townIDs, slug)

  const districts = new Map<string, string>()
  for (const [order, d] of DEMO_TEXTS.districts.entries()) {
    districts.set(key(d.town, d.key), await insert(payload, 'districts', { municipality: town(d.town), slug: d.key, order, name: d.name }))
  }

  const topics = new Map<string, string>()
  const audiences = new Map<string, string>()
  for (const [townSlug, municipality] of townIDs) {
    for (const [order, topic] of DEMO_TEXTS.topics.entries()) {
      const id = await insert(payload, 'topics', { municipality, slug: topic.key, icon: topic.icon, order, name: topic.name })
      topics.set(key(townSlug, topic.key), id)
      for (const [childOrder, child] of (topic.children ?? []).entries()) {
        topics.set(
          key(townSlug, child.key),
          await insert(payload, 'topics', { municipality, slug: child.key, icon: child.icon, parent: id, order: childOrder, name: child.name }),
        )
      }
    }
    for (const [order, a] of DEMO_TEXTS.audiences.entries()) {
      audiences.set(key(townSlug, a.key), await insert(payload, 'audiences', { municipality, slug: a.key, order, minAge: a.minAge, maxAge: a.maxAge, name: a.name }))
    }
  }

  const locations = new Map<string, string>()
  for (const l of DEMO_TEXTS.locations) {
    const id = await insert(payload, 'locations', {
      municipality: town(l.town),
      organization: orgIDs.get(l.org),
      name: l.name,
      address: { street: l.street, postalCode: l.postalCode, city: l.city },
      latitude: l.latitude,
      longitude: l.longitude,
      district: districts.get(key(l.town, l.district)),
      accessibility: { stepFree: l.stepFree, lift: l.lift ?? false, accessibleToilet: l.accessibleToilet ?? false, hearingLoop: l.hearingLoop ?? false },
      transport: l.transport,
      hours: { slots: slots(l.hours), appointmentOnly: l.appointmentOnly ?? false },
      pendingReview: false,
    })
    locations.set(l.key, id)
  }

  const now = Date.now()
  const services = new Map<string, string>()
  for (const s of DEMO_TEXTS.services) {
    const id = await insert(payload, 'services', {
      municipality: town(s.town),
      organization: orgIDs.get(s.org),
      slug: s.slug,
      kind: s.kind,
      title: s.title,
      summary: s.summary,
      description: rich(s.description),
      eligibility: s.eligibility,
      requiredDocuments: s.documents,
      howToApply: s.howToApply,
      topics: s.topics.map((t) => topics.get(key(s.town, t))).filter(Boolean),
      audiences: s.audiences.map((a) => audiences.get(key(s.town, a))).filter(Boolean),
      languages: s.languages,
      cost: { type: s.cost.type, amount: s.cost.amount ?? null, note: s.cost.note ?? null },
      appointment: { required: s.appointment, bookingUrl: s.bookingUrl ?? null },
      delivery: s.delivery,
      locations: s.locations.map((k) => ({ id: rowID(), location: locations.get(k), ownHours: false })).filter((r) => r.location),
      contactPerson: s.contactPerson ?? null,
      phone: s.phone ?? null,
      email: s.email ?? null,
      status: s.status ?? 'active',
      pendingReview: false,
      // When the provider last confirmed the entry: some are deliberately old, to show "stale".
      lastVerifiedAt: new Date(now - s.verifiedDaysAgo * DAY_MS).toISOString(),
      searchText: buildSearchText([...Object.values(s.title), ...Object.values(s.summary), ...Object.values(s.description), orgNames.get(s.org)]),
    })
    services.set(key(s.town, s.slug), id)
  }
  return { services, locations, audiences, topics, districts }
}
