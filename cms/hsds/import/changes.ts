/**
 * What each HSDS object wants its document to be, as a difference to what is stored: the
 * spreadsheet import's diffs (cms/import/diff.ts) for the fields both imports fill, plus
 * the fields only HSDS brings. As there, only what the file gives is compared and written.
 */
import { DAYS } from '@shared/openingHours'
import type { ServiceStatus } from '@shared/vocabularies'
import { idOf } from '@cms/access/ids'
import { isRecord } from '@cms/isRecord'
import { group, locationDiff, organizationDiff, same, serviceDiff, type Diff, type Doc } from '@cms/import/diff'
import type { ServiceInput } from '@cms/import/types'
import { localDate } from '../mapService'
import type { Period } from '../mapSchedule'
import { hoursKey, sameHours, type HoursIn } from './hours'
import type { LocationIn, OrganizationIn } from './model'

/** Adds the fields of `extra` that differ from `stored` (groups: their given sub-fields, merged with the stored ones). */
function extend(diff: Diff, stored: Doc | null, extra: Doc): Diff {
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) continue
    if (isRecord(value)) {
      const before = group(stored, key)
      const wanted = value
      if (!stored || Object.entries(wanted).some(([k, v]) => !same(before[k], v))) diff.data[key] = { ...before, ...wanted }
    } else if (!stored || !same(stored[key], value)) diff.data[key] = value
    if (key in diff.data && !diff.changes.includes(key)) diff.changes.push(key)
  }
  return diff
}

/** Stored opening hours (a group) in the shape the file's are compared in. */
const storedHours = (value: unknown): HoursIn => {
  const h = isRecord(value) ? value : {}
  const c = isRecord(h.closure) ? h.closure : null
  const slots = Array.isArray(h.slots) ? h.slots.filter(isRecord) : []
  return {
    slots: slots.flatMap((s) => {
      const day = DAYS.find((d) => d === s.day)
      return day && typeof s.opens === 'string' && typeof s.closes === 'string' ? [{ day, opens: s.opens, closes: s.closes }] : []
    }),
    ...(c?.from && c.to ? { closure: { from: String(c.from), to: String(c.to), ...(c.reason ? { reason: String(c.reason) } : {}) } } : {}),
  }
}

/** The hours to write: slots and closure (the other hours fields of a stored group stay). */
const hoursData = (stored: unknown, hours: HoursIn): Doc => {
  const before = isRecord(stored) ? stored : {}
  return {
    ...before,
    slots: hours.slots.map((s) => ({ ...s })),
    ...(hours.closure ? { closure: { ...(isRecord(before.closure) ? before.closure : {}), reason: null, ...hours.closure } } : {}),
  }
}

export function organizationChange(o: OrganizationIn, stored: Doc | null, x: { externalId?: string; publish: boolean }): Diff {
  const diff = organizationDiff({ name: o.name, ...(x.externalId ? { externalId: x.externalId } : {}), ...(o.website ? { website: o.website } : {}) }, stored, x.publish)
  // The export gives an organisation without a description its name (HSDS requires one): that is no description.
  return extend(diff, stored, { description: o.description === o.name ? undefined : o.description, email: o.email, phone: o.phone })
}

export function locationChange(l: LocationIn & { address: NonNullable<LocationIn['address']> }, hours: HoursIn, stored: Doc | null, x: { externalId?: string; organization: string; publish: boolean }): Diff {
  const input = { name: l.name, ...l.address, latitude: l.latitude, longitude: l.longitude, ...(x.externalId ? { externalId: x.externalId } : {}) }
  const diff = extend(locationDiff(input, stored, { organization: x.organization, organizationName: l.name, publish: x.publish }), stored, {
    transport: l.transport,
    accessibility: l.accessibility ? { notes: l.accessibility } : undefined,
  })
  if (!stored || !sameHours(storedHours(stored.hours), hours)) {
    diff.data.hours = hoursData(stored?.hours, hours)
    if (!diff.changes.includes('hours')) diff.changes.push('hours')
  }
  return diff
}

export interface ServiceExtras {
  eligibility?: string
  requiredDocuments?: string
  howToApply?: string
  status?: ServiceStatus
  bookingUrl?: string
  validity: Period | null
  /** The day it was last confirmed (YYYY-MM-DD, the town's). */
  assured?: string
  /** Its places, each with its own hours where they differ from the place's. */
  locations: { location: string; ownHours: boolean; hours?: HoursIn }[]
  timeZone: string
}

/** A local day as a stored date: noon UTC is that day in every European time zone. */
const dateValue = (day: string) => `${day}T12:00:00.000Z`

const rowKey = (r: Doc) => JSON.stringify([idOf(r.location), Boolean(r.ownHours), r.ownHours ? hoursKey(storedHours(r.hours)) : null])

export function serviceChange(input: ServiceInput, x: ServiceExtras, stored: Doc | null, ctx: { organization: string; publish: boolean }): Diff {
  const diff = extend(serviceDiff(input, stored, { organization: ctx.organization, location: null, publish: ctx.publish }), stored, {
    eligibility: x.eligibility,
    requiredDocuments: x.requiredDocuments,
    howToApply: x.howToApply,
    status: x.status,
    appointment: x.bookingUrl ? { bookingUrl: x.bookingUrl } : undefined,
  })
  const change = (key: string, value: unknown) => {
    diff.data[key] = value
    if (!diff.changes.includes(key)) diff.changes.push(key)
  }
  const days: [string, string | null | undefined][] = [
    ['validFrom', x.validity?.from],
    ['validTo', x.validity?.to],
    ['lastVerifiedAt', x.assured],
  ]
  for (const [key, day] of days) {
    const before = stored?.[key]
    if (day && localDate(typeof before === 'string' ? before : undefined, x.timeZone) !== day) change(key, dateValue(day))
  }

  const storedRows = Array.isArray(stored?.locations) ? stored.locations.filter(isRecord) : []
  const wanted = x.locations.map((r) => ({ location: r.location, ownHours: r.ownHours, ...(r.ownHours && r.hours ? { hours: r.hours } : {}) }))
  if (wanted.length && JSON.stringify(storedRows.map(rowKey)) !== JSON.stringify(wanted.map(rowKey))) {
    change(
      'locations',
      wanted.map((r) => {
        const before = storedRows.find((s) => idOf(s.location) === r.location)
        return { location: r.location, ownHours: r.ownHours, ...(r.hours ? { hours: hoursData(before?.hours, r.hours) } : {}) }
      }),
    )
  }
  return diff
}
