import { cache } from 'react'
import type { TransformCollectionWithSelect, Where } from 'payload'
import { timingOf } from '@shared/eventTiming'
import { expandOccurrences, nextOccurrences, type Occurrence, zonedTimeToInstant } from '@shared/recurrence'
import { addDays } from '@shared/openingHours'
import { directoryOptions } from './directory'
import { findTownDoc } from './findTownDoc'
import { payloadClient } from './payload'

export interface EventOccurrence extends Occurrence {
  event: EventDoc
}

export interface EventFilter {
  category?: string
  audience?: string
  language?: string
}

const listSelect = {
  title: true,
  slug: true,
  summary: true,
  category: true,
  start: true,
  end: true,
  allDay: true,
  recurrence: true,
  languages: true,
  cancelled: true,
  cancellationNote: true,
  organization: true,
  location: true,
  updatedAt: true,
} as const

/** The organiser and place as lists and calendar files show them. */
const listPopulate = { organizations: { name: true, slug: true }, locations: { name: true, address: true, latitude: true, longitude: true } } as const

/**
 * An event as the portal lists it and calendar files carry it (texts in all languages; the
 * page picks the reader's), with its organiser and place populated.
 */
export type EventDoc = TransformCollectionWithSelect<'events', typeof listSelect>

async function filterWhere(townID: string, f: EventFilter): Promise<Where[] | null> {
  const and: Where[] = [{ municipality: { equals: townID } }]
  if (f.category) and.push({ category: { equals: f.category } })
  if (f.language) and.push({ languages: { contains: f.language } })
  if (f.audience) {
    const audience = (await directoryOptions(townID)).audiences.find((a) => a.slug === f.audience)
    if (!audience) return null
    and.push({ audiences: { contains: audience.id } })
  }
  return and
}

/** Published events of a town that may have dates in [from, to), with the filters applied. */
const eventsBetween = cache(async (townID: string, fromISO: string, toISO: string, category = '', audience = '', language = ''): Promise<EventDoc[]> => {
  const and = await filterWhere(townID, { category, audience, language })
  if (!and) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    where: {
      and: [...and, { start: { less_than: toISO } }, { or: [{ lastEnd: { exists: false } }, { lastEnd: { greater_than_equal: fromISO } }] }],
    },
    locale: 'all',
    depth: 1,
    pagination: false,
    sort: 'start',
    overrideAccess: false,
    select: listSelect,
    populate: listPopulate,
  })
  return docs
})

/**
 * The dates of a town's events between two local days (inclusive), in order. Cancelled
 * events stay in the list, marked, so someone who planned to go finds out.
 */
export async function occurrencesBetween(townID: string, timeZone: string, first: string, last: string, f: EventFilter): Promise<EventOccurrence[]> {
  const from = zonedTimeToInstant(first, '00:00', timeZone)
  const to = zonedTimeToInstant(addDays(last, 1), '00:00', timeZone)
  const events = await eventsBetween(townID, from.toISOString(), to.toISOString(), f.category ?? '', f.audience ?? '', f.language ?? '')
  const out: EventOccurrence[] = []
  for (const event of events) {
    const timing = timingOf(event)
    if (!timing) continue
    for (const occurrence of expandOccurrences(timing, timeZone, from, to)) out.push({ ...occurrence, event })
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime() || a.event.slug.localeCompare(b.event.slug))
}

/** One published event with everything its page shows (an `EventDoc` and more). */
export const getEvent = cache((townID: string, slug: string) =>
  findTownDoc('events', townID, slug, {
    depth: 1,
    select: { ...listSelect, audiences: true, locationNote: true, onlineUrl: true, registration: true, cost: true, description: true },
    populate: {
      organizations: { name: true, slug: true, website: true, email: true, phone: true },
      locations: { name: true, address: true, latitude: true, longitude: true, accessibility: true, transport: true },
      audiences: { name: true, slug: true },
    },
  }),
)

/** The coming dates of an event (ongoing ones included). */
export function upcomingDates(event: EventDoc, timeZone: string, now: Date, n: number): Occurrence[] {
  const timing = timingOf(event)
  return timing ? nextOccurrences(timing, timeZone, now, n) : []
}

const FEED_PAST_DAYS = 30
const FEED_FUTURE_DAYS = 730

/** The events of a calendar feed: recent and coming ones (a subscriber's app expands the series). */
export async function feedEvents(townID: string, f: EventFilter, now = new Date()): Promise<EventDoc[]> {
  const from = new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000).toISOString()
  const to = new Date(now.getTime() + FEED_FUTURE_DAYS * 86_400_000).toISOString()
  return eventsBetween(townID, from, to, f.category ?? '', f.audience ?? '', f.language ?? '')
}
