/**
 * What a row wants each document to be, and how that differs from what is stored. Only what
 * the row gives is compared and written: an empty cell never deletes anything (to clear a
 * value, edit the entry in the admin), so a re-import does not undo work done there.
 */
import { lexicalToText } from '@shared/lexicalText'
import { idOf } from '../access/ids'
import { isRecord } from '../isRecord'
import { richText } from '../seed/lexical'
import type { ImportSlot, LocationInput, OrganizationInput, ServiceInput } from './types'

export type Doc = Record<string, unknown>

export interface Diff {
  /** The fields that differ (all given fields for a new document). */
  changes: string[]
  /** What to write: the changed fields (for groups the whole group, merged with what is stored). */
  data: Doc
}

/** Compare whole texts, not lexicalToText's default excerpt. */
const FULL = 1_000_000

const blank = (v: unknown) => v === null || v === undefined || v === ''
const sameSet = (a: unknown, b: string[]) => {
  const list: unknown[] = Array.isArray(a) ? a : []
  const stored = new Set(list.map((v) => idOf(v)))
  return stored.size === new Set(b).size && b.every((v) => stored.has(v))
}

export function same(stored: unknown, wanted: unknown): boolean {
  if (blank(stored) && blank(wanted)) return true
  if (typeof wanted === 'number' && typeof stored === 'number') return Math.abs(stored - wanted) < 1e-7
  return stored === wanted
}

/** Paragraphs are separated by blank lines; line breaks inside one become spaces. */
export const paragraphsOf = (text: string) => text.split(/\n{2,}/).map((p) => p.replace(/\n/g, ' ').trim()).filter(Boolean)

export const group = (stored: Doc | null, key: string): Doc => {
  const value = stored?.[key]
  return isRecord(value) ? { ...value } : {}
}

/** Compares the plain fields of `want` with `stored`; a new document gets everything. */
export function plainDiff(stored: Doc | null, want: Doc): Diff {
  if (!stored) return { changes: Object.keys(want), data: { ...want } }
  const data: Doc = {}
  for (const [key, value] of Object.entries(want)) if (!same(stored[key], value)) data[key] = value
  return { changes: Object.keys(data), data }
}

const status = (publish: boolean): Doc => (publish ? { _status: 'published' } : {})

export function organizationWant(input: OrganizationInput, publish: boolean): Doc {
  return { name: input.name, ...(input.externalId ? { externalId: input.externalId } : {}), ...(input.website ? { website: input.website } : {}), ...status(publish) }
}

export const organizationDiff = (input: OrganizationInput, stored: Doc | null, publish: boolean): Diff => plainDiff(stored, organizationWant(input, publish))

const slotsKey = (slots: unknown) =>
  JSON.stringify((Array.isArray(slots) ? slots.filter(isRecord) : []).map((s) => [s.day, s.opens, s.closes]))

/**
 * A place: its address, coordinates (when the row or a geocoder gave them) and organisation.
 * A new place without a name of its own takes the organisation's. Its opening hours are not
 * the row's: those belong to the service (several services at one place keep different hours).
 */
export function locationDiff(input: LocationInput, stored: Doc | null, ctx: { organization: string; organizationName: string; publish: boolean }): Diff {
  const want: Doc = { organization: ctx.organization, ...status(ctx.publish) }
  if (input.externalId) want.externalId = input.externalId
  if (input.name || !stored) want.name = input.name ?? ctx.organizationName
  if (input.latitude !== undefined && input.longitude !== undefined) Object.assign(want, { latitude: input.latitude, longitude: input.longitude })
  const diff = plainDiff(stored ? { ...stored, organization: idOf(stored.organization) } : null, want)

  const address = group(stored, 'address')
  const wantAddress = { street: input.street, postalCode: input.postalCode, city: input.city }
  if (!stored || Object.entries(wantAddress).some(([k, v]) => !same(address[k], v))) {
    diff.data.address = { ...address, ...wantAddress }
    if (stored) diff.changes.push('address')
  }
  if (!stored) diff.changes = Object.keys(diff.data)
  return diff
}

/** A service: its texts in the import's language, category, taxonomies, languages, cost and contact, at its place. */
export function serviceDiff(
  input: ServiceInput,
  stored: Doc | null,
  ctx: { organization: string; location: string | null; slots?: ImportSlot[]; publish: boolean },
): Diff {
  const want: Doc = { title: input.title, organization: ctx.organization, ...status(ctx.publish) }
  for (const key of ['externalId', 'summary', 'kind', 'phone', 'email', 'contactPerson'] as const) if (input[key] !== undefined) want[key] = input[key]
  const diff = plainDiff(stored ? { ...stored, organization: idOf(stored.organization) } : null, want)
  const change = (key: string, value: unknown) => {
    diff.data[key] = value
    diff.changes.push(key)
  }

  if (input.description !== undefined) {
    const paragraphs = paragraphsOf(input.description)
    const text = richText(...paragraphs)
    if (!stored || lexicalToText(stored.description, FULL) !== lexicalToText(text, FULL)) change('description', text)
  }
  for (const key of ['topics', 'audiences', 'languages'] as const) {
    const wanted = input[key]
    if (wanted && (!stored || !sameSet(stored[key], wanted))) change(key, wanted)
  }
  if (input.cost) {
    const cost = group(stored, 'cost')
    const wanted: Doc = { type: input.cost.type }
    if (input.cost.amount !== undefined) wanted.amount = input.cost.amount
    if (input.cost.note !== undefined) wanted.note = input.cost.note
    if (!stored || Object.entries(wanted).some(([k, v]) => !same(cost[k], v))) change('cost', { ...cost, ...wanted })
  }
  if (ctx.location) {
    const rows = Array.isArray(stored?.locations) ? stored.locations.filter(isRecord) : []
    const here = rows.find((r) => idOf(r.location) === ctx.location)
    // The row's hours are the service's own at this place (the portal shows them and "open now" uses them).
    const hours = (r: Doc) => (ctx.slots ? { ownHours: true, hours: { ...group(r, 'hours'), slots: ctx.slots.map((s) => ({ ...s })) } } : {})
    // The row's place must be among the service's; the one it had before is replaced (it moved).
    if (!here) change('locations', [{ location: ctx.location, ...hours({}) }])
    else if (ctx.slots && (!here.ownHours || slotsKey(group(here, 'hours').slots) !== slotsKey(ctx.slots))) {
      change('locations', rows.map((r) => (r === here ? { ...r, ...hours(r) } : r)))
    }
  }
  if (!stored) diff.changes = Object.keys(diff.data)
  return diff
}
