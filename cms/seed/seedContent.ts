import type { Payload } from 'payload'
import { DEMO_NEWS } from './demoNews'
import { searchTextOf } from '../hooks/searchText'
import { localTime, addDays } from '@shared/openingHours'
import { expandOccurrences, zonedTimeToInstant } from '@shared/recurrence'
import { seriesLastEnd, type StoredTiming, timingOf } from '@shared/eventTiming'
import { DEMO_EVENTS, type DemoEvent } from './demoEvents'
import { richTextFromBlocks } from './lexical'
import { type DirectoryIDs, insert, rowID } from './seedDirectory'
import { DEMO_TEXTS } from './translations'

const rich = (texts: Partial<Record<string, string>>) =>
  Object.fromEntries(Object.entries(texts).map(([locale, text]) => [locale, richTextFromBlocks(String(text))]))

/** The "First steps" guide for one town, parents before children, linked to its services. */
export async function seedGuide(payload: Payload, townSlug: string, townID: string, services: Map<string, string>): Promise<void> {
  const ids = new Map<string, string>()
  const pending = [...DEMO_TEXTS.guide]
  let order = 0
  while (pending.length) {
    const index = pending.findIndex((p) => p.parent === null || ids.has(p.parent))
    if (index < 0) throw new Error(`Guide pages with a missing parent: ${pending.map((p) => p.slug).join(', ')}`)
    const [page] = pending.splice(index, 1)
    if (!page) break
    const id = await insert(payload, 'pages', {
      municipality: townID,
      slug: page.slug,
      parent: page.parent ? ids.get(page.parent) : null,
      order: order++,
      icon: page.icon,
      title: page.title,
      summary: page.summary,
      body: rich(page.body),
      searchText: searchTextOf({ title: page.title, summary: page.summary, body: page.body }, ['title', 'summary', 'body']),
      relatedServices: page.relatedServices.map((slug) => services.get(`${townSlug}:${slug}`)).filter(Boolean),
      lastReviewedAt: new Date().toISOString(),
    })
    ids.set(page.slug, id)
  }
}

/** A few published news items, so the news page and its feed have something to show. */
export async function seedNews(payload: Payload, townID: string): Promise<void> {
  for (const item of DEMO_NEWS) {
    await insert(payload, 'news', {
      municipality: townID,
      slug: item.slug,
      title: item.title,
      lead: item.lead,
      body: rich(item.body),
      searchText: searchTextOf({ title: item.title, lead: item.lead, body: item.body }, ['title', 'lead', 'body']),
      publishedAt: new Date(Date.now() - item.daysAgo * 24 * 60 * 60 * 1000).toISOString(),
    })
  }
}

const TIME_ZONE = 'Europe/Berlin'
const YEAR_MS = 366 * 86_400_000

/** The demo calendar of both towns; dates relative to today so it is never empty. */
export async function seedEvents(payload: Payload, townIDs: Map<string, string>, orgIDs: Map<string, string>, ids: DirectoryIDs): Promise<Map<string, string>> {
  const events = new Map<string, string>()
  const today = localTime(new Date(), TIME_ZONE).date
  for (const e of DEMO_EVENTS) {
    const day = addDays(today, e.inDays)
    const stored: StoredTiming = {
      start: zonedTimeToInstant(day, e.time ?? '00:00', TIME_ZONE).toISOString(),
      end: e.endTime ? zonedTimeToInstant(day, e.endTime, TIME_ZONE).toISOString() : null,
      allDay: e.time === null,
      recurrence: recurrenceOf(e, today),
    }
    const skip = e.recurrence?.skipNext
    const timing = timingOf(stored)
    if (skip && timing && stored.recurrence) {
      // A holiday: the n-th coming date of the series is skipped.
      const skipped = expandOccurrences(timing, TIME_ZONE, new Date(), new Date(Date.now() + YEAR_MS), skip).at(-1)
      if (skipped) {
        // Array rows carry their own id (written straight to the database, see seedDirectory.ts insert).
        const exception = { id: rowID(), date: `${skipped.date}T12:00:00.000Z` }
        stored.recurrence.exceptions = [exception]
      }
    }
    const id = await insert(payload, 'events', {
      municipality: townIDs.get(e.town),
      organization: e.org ? orgIDs.get(e.org) : null,
      location: e.location ? ids.locations.get(e.location) : null,
      slug: e.slug,
      category: e.category,
      title: e.title,
      summary: e.summary,
      description: e.description ? rich(e.description) : null,
      ...stored,
      lastEnd: seriesLastEnd(timingOf(stored)!),
      audiences: e.audiences.map((a) => ids.audiences.get(`${e.town}:${a}`)).filter(Boolean),
      languages: e.languages,
      cost: { type: e.cost?.type ?? 'free', amount: e.cost?.amount ?? null },
      registration: { required: Boolean(e.registration), url: e.registration?.url ?? null, email: e.registration?.email ?? null, note: e.registration?.note ?? null },
      cancelled: Boolean(e.cancelled),
      cancellationNote: e.cancelled ?? null,
      pendingReview: false,
      searchText: searchTextOf({ title: e.title, summary: e.summary, description: e.description }, ['title', 'summary', 'description']),
    })
    events.set(`${e.town}:${e.slug}`, id)
  }
  return events
}

function recurrenceOf(e: DemoEvent, today: string): NonNullable<StoredTiming['recurrence']> {
  const r = e.recurrence
  if (!r) return { frequency: 'none' }
  return {
    frequency: r.frequency,
    interval: r.interval ?? 1,
    weekdays: r.weekdays ?? null,
    monthlyMode: r.monthlyMode ?? 'nthWeekday',
    nth: r.nth ?? null,
    nthWeekday: r.nthWeekday ?? null,
    ends: r.ends ?? 'never',
    until: r.untilInDays !== undefined ? `${addDays(today, r.untilInDays)}T12:00:00.000Z` : null,
    count: r.count ?? null,
    exceptions: [],
  }
}
