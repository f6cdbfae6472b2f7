import { headers } from 'next/headers'
import { countView } from '@cms/usage/countView'
import { localTime } from '@shared/openingHours'
import { TOWN_ROUTES, type PageRef } from '@shared/routes'
import { payloadClient } from './payload'
import { isReader } from './readers.mjs'
import { renderNotes } from '@cms/cache/renderNotes'
import type { TownSummary } from './towns'

/**
 * Counts a portal view for the editors' usage figures: page, language and day only. Under
 * web/server.mjs the page only says what to count, and the server counts each time it serves
 * the page, from its cache too; elsewhere (`next dev`) the view is counted here.
 */
export async function recordView(town: TownSummary, page: PageRef, locale: string, documentID?: string | null): Promise<void> {
  const kind = page.route === 'towns' ? undefined : TOWN_ROUTES[page.route].view
  if (!kind) return
  const view = { townID: town.id, kind, documentID: documentID ?? null, path: page.path, locale, timeZone: town.timeZone }
  const notes = renderNotes()
  if (notes) {
    notes.view = view
    return
  }
  if (!isReader(await headers())) return
  countView(await payloadClient(), { ...view, day: localTime(new Date(), town.timeZone).date })
}
