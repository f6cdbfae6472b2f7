import { hsdsId, hsdsPartId } from '@shared/hsdsIds'
import { mapSchedules } from './mapSchedule'
import type { LocationSource, TownSource } from './source'
import type { HsdsAddress, HsdsLocation } from './types'

/** The federal states by the first two digits of the official municipality key (AGS). */
const LAENDER: Record<string, string> = {
  '01': 'Schleswig-Holstein',
  '02': 'Hamburg',
  '03': 'Niedersachsen',
  '04': 'Bremen',
  '05': 'Nordrhein-Westfalen',
  '06': 'Hessen',
  '07': 'Rheinland-Pfalz',
  '08': 'Baden-Württemberg',
  '09': 'Bayern',
  '10': 'Saarland',
  '11': 'Berlin',
  '12': 'Brandenburg',
  '13': 'Mecklenburg-Vorpommern',
  '14': 'Sachsen',
  '15': 'Sachsen-Anhalt',
  '16': 'Thüringen',
}

/** HSDS requires a state on every address; ours have none, but the town's AGS names it ('' when unknown). */
export function stateOf(ags: string | null | undefined): string {
  return (ags && LAENDER[ags.slice(0, 2)]) || ''
}

export interface LocationContext {
  town: TownSource
  today: string
  /** Stored ids of the organisations the public may see: only those are referred to. */
  publicOrganizations: ReadonlySet<string>
}

function addressOf(l: LocationSource, id: string, town: TownSource): HsdsAddress[] {
  const a = l.address
  if (!a?.street || !a.city || !a.postalCode) return []
  return [
    {
      id: hsdsPartId('address', id),
      location_id: id,
      address_1: a.street,
      city: a.city,
      state_province: stateOf(town.ags),
      postal_code: a.postalCode,
      // The postcode check (5 digits) and the AGS make every location German.
      country: 'DE',
      address_type: 'physical',
    },
  ]
}

/** A published location with its address, coordinates, accessibility notes and opening hours. */
export function mapLocation(l: LocationSource, ctx: LocationContext): HsdsLocation {
  const id = hsdsId('locations', l.id)
  const notes = l.accessibility?.notes
  return {
    id,
    location_type: 'physical',
    ...(l.organization && ctx.publicOrganizations.has(l.organization) ? { organization_id: hsdsId('organizations', l.organization) } : {}),
    name: l.name,
    ...(l.transport ? { transportation: l.transport } : {}),
    latitude: l.latitude,
    longitude: l.longitude,
    addresses: addressOf(l, id, ctx.town),
    accessibility: notes ? [{ id: hsdsPartId('accessibility', id), location_id: id, description: notes }] : [],
    schedules: mapSchedules(l.hours, { owner: id, links: { location_id: id }, today: ctx.today }),
  }
}
