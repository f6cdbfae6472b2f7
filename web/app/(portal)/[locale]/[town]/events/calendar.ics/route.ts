import { getTranslations } from '@web/i18n/translations'
import { parseEventParams } from '@shared/eventParams'
import { calendarResponse, icsEventOf } from '@web/lib/eventCalendar'
import { feedEvents } from '@web/lib/events'
import { notFoundResponse, originOf, townForRoute } from '@web/lib/routeTown'
import type { TownPageProps } from '@web/lib/townPage'

/** A subscribable calendar of a town's events in one language, with the events page's filters. */
export async function GET(request: Request, { params }: TownPageProps<'eventsCalendar'>) {
  const { locale: raw, town: slug } = await params
  const found = await townForRoute('eventsCalendar', raw, slug)
  if (!found) return notFoundResponse()
  const { town, locale } = found
  const filters = parseEventParams(new URL(request.url).searchParams)
  const events = await feedEvents(town.id, filters)
  const origin = originOf(request)
  const t = await getTranslations({ locale, namespace: 'Events' })
  const items = events.map((e) => icsEventOf(e, town, locale, origin)).filter((e) => e !== null)
  return calendarResponse(`${t('title')} – ${town.name}`, town, items, `${town.slug}-${locale}.ics`)
}
