import { calendarResponse, icsEventOf } from '@web/lib/eventCalendar'
import { getEvent } from '@web/lib/events'
import { notFoundResponse, originOf, townForRoute } from '@web/lib/routeTown'
import type { TownPageProps } from '@web/lib/townPage'

/** One event (with its whole series) as an .ics file to add to a calendar. */
export async function GET(request: Request, { params }: TownPageProps<'eventCalendar'>) {
  const { locale: raw, town: slug, slug: eventSlug } = await params
  const found = await townForRoute('eventCalendar', raw, slug)
  if (!found) return notFoundResponse()
  const { town, locale } = found
  const event = await getEvent(town.id, eventSlug)
  const item = event ? icsEventOf(event, town, locale, originOf(request)) : null
  if (!event || !item) return notFoundResponse()
  return calendarResponse(item.title, town, [item], `${event.slug}.ics`)
}
