import { headers } from 'next/headers'
import { countView } from '@cms/usage/countView'
import { localTime } from '@shared/openingHours'
import { TOWN_ROUTES, type PageRef } from '@shared/routes'
import { payloadClient } from './payload'
import type { TownSummary } from './towns'

// Crawlers and link previews are not readers.
const NOT_A_READER = /bot|crawl|spider|slurp|preview|fetch|monitor|lighthouse|headless/i

/**
 * Counts a portal view for the editors' usage figures: page, language and day only. Nothing
 * about the reader is looked at except whether the request comes from a crawler.
 */
export async function recordView(town: TownSummary, page: PageRef, locale: string, documentID?: string | null): Promise<void> {
  const kind = page.route === 'towns' ? undefined : TOWN_ROUTES[page.route].view
  if (!kind) return
  const h = await headers()
  if (NOT_A_READER.test(h.get('user-agent') ?? '') || h.get('purpose') === 'prefetch' || h.get('next-router-prefetch')) return
  countView(await payloadClient(), { townID: town.id, kind, documentID: documentID ?? null, path: page.path, locale, day: localTime(new Date(), town.timeZone).date })
}
