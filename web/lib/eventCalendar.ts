import { buildCalendar, type IcsEvent, icsTiming } from '@shared/ical'
import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { timingOf } from '@shared/eventTiming'
import type { EventDoc } from './events'
import type { TownSummary } from './towns'

/** An event as an iCalendar VEVENT, texts in the reader's language (or its fallback). */
export function icsEventOf(event: EventDoc, town: TownSummary, locale: Locale, origin: string): IcsEvent | null {
  const stored = timingOf(event)
  const timing = stored ? icsTiming(stored, town.timeZone) : null
  if (!timing) return null
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)?.value ?? null
  const location = event.location && typeof event.location === 'object' ? event.location : null
  const address = location?.address
  const url = `${origin}${route.event({ locale, town: town.slug, slug: event.slug })}`
  const summary = pick(event.summary)
  return {
    uid: `${event.id}@${new URL(origin).hostname}`,
    title: pick(event.title) ?? event.slug,
    description: [summary, url].filter(Boolean).join('\n\n'),
    location: location ? [location.name, address ? `${address.street ?? ''}, ${address.postalCode ?? ''} ${address.city ?? ''}` : null].filter(Boolean).join(', ') : null,
    url,
    ...timing,
    cancelled: Boolean(event.cancelled),
    updated: event.updatedAt ? new Date(event.updatedAt) : null,
    language: locale,
  }
}

/** The calendar file response (a feed or a single event). */
export function calendarResponse(name: string, town: TownSummary, events: IcsEvent[], filename: string): Response {
  const body = buildCalendar({ name, timeZone: town.timeZone, events })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${filename}"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
