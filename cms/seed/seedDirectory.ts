import type { Payload } from 'payload'
import { DEFAULT_LOCALE } from '../../shared/locales'
import { DEMO_AUDIENCES, DEMO_DISTRICTS, DEMO_LOCATIONS, DEMO_SERVICES, DEMO_TOPICS } from './demoDirectory'
import type { DemoHours, Texts } from './directoryTypes'
import { richText } from './lexical'

const context = { disableRevalidate: true }
type Collection = 'districts' | 'topics' | 'audiences' | 'locations' | 'services'

const DAY_MS = 24 * 60 * 60 * 1000

/** Creates a document in German, then adds each other language of its localized fields. */
async function createLocalized(
  payload: Payload,
  collection: Collection,
  data: Record<string, unknown>,
  localized: Record<string, Texts | undefined>,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const german = Object.fromEntries(Object.entries(localized).flatMap(([k, v]) => (v ? [[k, toValue(k, v.de)]] : [])))
  const doc = await payload.create({ collection, locale: DEFAULT_LOCALE, overrideAccess: true, context, data: { ...data, ...german, ...extra } as never })
  const locales = new Set(Object.values(localized).flatMap((v) => (v ? Object.keys(v) : [])))
  for (const locale of locales) {
    if (locale === DEFAULT_LOCALE) continue
    const values = Object.fromEntries(
      Object.entries(localized).flatMap(([k, v]) => (v && (v as Record<string, string>)[locale] ? [[k, toValue(k, (v as Record<string, string>)[locale] as string)]] : [])),
    )
    await payload.update({ collection, id: doc.id, locale: locale as 'en', overrideAccess: true, context, data: values as never })
  }
  return String(doc.id)
}

/** Rich-text fields get Lexical paragraphs; the rest stay strings. */
const toValue = (field: string, text: string) => (field === 'description' ? richText(...text.split(/\n\n+/)) : text)

const slots = (hours: DemoHours[]) => hours.flatMap((h) => h.days.map((day) => ({ day, opens: h.opens, closes: h.closes })))

/** The demo's districts, topics, audiences, locations and services in both towns. */
export async function seedDirectory(payload: Payload, townIDs: Map<string, string>, orgIDs: Map<string, string>): Promise<void> {
  const key = (town: string, k: string) => `${town}:${k}`
  const districts = new Map<string, string>()
  for (const [order, d] of DEMO_DISTRICTS.entries()) {
    districts.set(key(d.town, d.key), await createLocalized(payload, 'districts', { municipality: townIDs.get(d.town), slug: d.key, order }, { name: d.name }))
  }

  const topics = new Map<string, string>()
  const audiences = new Map<string, string>()
  for (const [town, municipality] of townIDs) {
    for (const [order, topic] of DEMO_TOPICS.entries()) {
      const id = await createLocalized(payload, 'topics', { municipality, slug: topic.key, icon: topic.icon, order }, { name: topic.name })
      topics.set(key(town, topic.key), id)
      for (const [childOrder, child] of (topic.children ?? []).entries()) {
        topics.set(
          key(town, child.key),
          await createLocalized(payload, 'topics', { municipality, slug: child.key, icon: child.icon, parent: id, order: childOrder }, { name: child.name }),
        )
      }
    }
    for (const [order, a] of DEMO_AUDIENCES.entries()) {
      audiences.set(
        key(town, a.key),
        await createLocalized(payload, 'audiences', { municipality, slug: a.key, order, minAge: a.minAge, maxAge: a.maxAge }, { name: a.name }),
      )
    }
  }

  const locations = new Map<string, string>()
  for (const l of DEMO_LOCATIONS) {
    const id = await createLocalized(
      payload,
      'locations',
      {
        organization: orgIDs.get(l.org),
        name: l.name,
        address: { street: l.street, postalCode: l.postalCode, city: l.city },
        latitude: l.latitude,
        longitude: l.longitude,
        district: districts.get(key(l.town, l.district)),
        accessibility: { stepFree: l.stepFree, lift: l.lift ?? false, accessibleToilet: l.accessibleToilet ?? false, hearingLoop: l.hearingLoop ?? false },
        hours: { slots: slots(l.hours), appointmentOnly: l.appointmentOnly ?? false },
        _status: 'published',
      },
      { transport: l.transport },
    )
    locations.set(l.key, id)
  }

  const now = Date.now()
  for (const s of DEMO_SERVICES) {
    const id = await createLocalized(
      payload,
      'services',
      {
        organization: orgIDs.get(s.org),
        slug: s.slug,
        kind: s.kind,
        topics: s.topics.map((t) => topics.get(key(s.town, t))).filter(Boolean),
        audiences: s.audiences.map((a) => audiences.get(key(s.town, a))).filter(Boolean),
        languages: s.languages,
        cost: { type: s.cost.type, amount: s.cost.amount },
        appointment: { required: s.appointment, bookingUrl: s.bookingUrl },
        delivery: s.delivery,
        locations: s.locations.map((k) => ({ location: locations.get(k) })).filter((r) => r.location),
        contactPerson: s.contactPerson,
        phone: s.phone,
        email: s.email,
        status: s.status ?? 'active',
        _status: 'published',
      },
      {
        title: s.title,
        summary: s.summary,
        description: s.description,
        eligibility: s.eligibility,
        requiredDocuments: s.documents,
        howToApply: s.howToApply,
      },
      {},
    )
    // When the provider last confirmed the entry: some are deliberately old, to show "stale".
    await payload.db.updateOne({ collection: 'services', id, data: { lastVerifiedAt: new Date(now - s.verifiedDaysAgo * DAY_MS).toISOString() } })
    if (s.cost.note) {
      for (const [locale, note] of Object.entries(s.cost.note)) {
        await payload.update({ collection: 'services', id, locale: locale as 'en', overrideAccess: true, context, data: { cost: { type: s.cost.type, amount: s.cost.amount, note } } })
      }
    }
  }
}
