import type { HsdsLocation, HsdsSchedule, HsdsService } from '../types'
import type { HsdsDirectory } from './directory'

/**
 * The directory as the official HSDS tables: one row per object, nesting replaced by the
 * `*_id` columns the objects already carry. Keyed by resource name ("service",
 * "service_at_location", …); tables we have nothing for (programs, funding, …) are absent
 * and written as a header only. Each object is written once, from the list that owns it:
 * organisations from `organizations`, locations (with addresses, accessibility, their own
 * hours) from `locations`, everything about a service from `services`.
 *
 * A public service whose organisation is not public (a draft) has no `organization_id`:
 * fine in HSDS JSON, but the table schema requires it, and Table Schema readers then reject
 * the services table and, through foreign keys, every table that refers to it. Such a
 * service is left out of the tables with everything that hangs on it (it stays in the JSON
 * export) until its organisation is published: no invented organisation, no draft's data.
 */

export type Row = Record<string, string | number | undefined>
export type Tables = Map<string, Row[]>

/** Only the named properties: nested objects must never end up in a cell. */
function pick<K extends string, T extends Partial<Record<K, string | number>>>(o: T, keys: readonly K[]): Row {
  return Object.fromEntries(keys.map((k) => [k, o[k]]))
}

const SCHEDULE_FIELDS = ['id', 'service_id', 'location_id', 'service_at_location_id', 'valid_from', 'valid_to', 'freq', 'wkst', 'byday', 'opens_at', 'closes_at', 'schedule_link', 'notes'] as const
const schedules = (list: HsdsSchedule[]) => list.map((s) => pick(s, SCHEDULE_FIELDS))

function locationRows(l: HsdsLocation, t: Tables) {
  add(t, 'location', [pick(l, ['id', 'location_type', 'organization_id', 'name', 'transportation', 'latitude', 'longitude'])])
  add(t, 'address', l.addresses.map((a) => pick(a, ['id', 'location_id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'])))
  add(t, 'accessibility', l.accessibility.map((a) => pick(a, ['id', 'location_id', 'description'])))
  add(t, 'schedule', schedules(l.schedules))
}

function serviceRows(s: HsdsService, t: Tables) {
  const fields = ['id', 'organization_id', 'name', 'description', 'url', 'email', 'status', 'application_process', 'fees_description', 'eligibility_description', 'assured_date', 'last_modified'] as const
  add(t, 'service', [pick(s, fields)])
  add(t, 'phone', s.phones.map((p) => pick(p, ['id', 'service_id', 'number'])))
  add(t, 'language', s.languages.map((l) => pick(l, ['id', 'service_id', 'name', 'code'])))
  add(t, 'cost_option', s.cost_options.map((c) => pick(c, ['id', 'service_id', 'currency', 'amount', 'amount_description'])))
  add(t, 'required_document', s.required_documents.map((d) => pick(d, ['id', 'service_id', 'document'])))
  add(t, 'contact', s.contacts.map((c) => pick(c, ['id', 'service_id', 'name'])))
  add(t, 'attribute', s.attributes.map((a) => pick(a, ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity'])))
  for (const sal of s.service_at_locations) {
    add(t, 'service_at_location', [pick(sal, ['id', 'service_id', 'location_id'])])
    add(t, 'schedule', schedules(sal.schedules))
  }
}

function add(t: Tables, resource: string, rows: Row[]) {
  const list = t.get(resource)
  if (list) list.push(...rows)
  else if (rows.length) t.set(resource, [...rows])
}

export function tablesOf(d: HsdsDirectory): Tables {
  const t: Tables = new Map()
  for (const o of d.organizations) {
    add(t, 'organization', [pick(o, ['id', 'name', 'description', 'email', 'website'])])
    add(t, 'phone', (o.phones ?? []).map((p) => pick(p, ['id', 'organization_id', 'number'])))
  }
  for (const l of d.locations) locationRows(l, t)
  for (const s of d.services) if (s.organization_id) serviceRows(s, t)
  add(t, 'taxonomy', d.taxonomies.map((x) => pick(x, ['id', 'name', 'description'])))
  add(t, 'taxonomy_term', d.taxonomy_terms.map((x) => pick(x, ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'language', 'taxonomy_id'])))
  return t
}
