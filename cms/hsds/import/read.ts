import { spokenLanguage } from '@shared/languages'
import { isUuid } from '@shared/uuid'
import { isRecord } from '@cms/isRecord'
import { checkEmail, checkPhone, checkUrl } from '@shared/validation'
import { Checker, type Json } from './check'
import type { HsdsInput, LocationIn, OrganizationIn, ScheduleIn, ServiceIn, TermIn } from './model'

/**
 * Reads an HSDS file: the JSON our export writes (`{ organizations, locations, services, … }`)
 * or a plain array of fully dereferenced services (as `/services/{id}` answers). Organisations
 * and locations are collected wherever they appear (top level, inside organisations, inside
 * services), each once; the first appearance counts. Limits are those of our collections.
 */
export function readHsds(source: string | Uint8Array | unknown): { input: HsdsInput; issues: Checker['issues'] } {
  const c = new Checker()
  const input: HsdsInput = { organizations: [], locations: [], services: [] }
  let root: unknown = source
  if (typeof source === 'string' || source instanceof Uint8Array) {
    try {
      root = JSON.parse(typeof source === 'string' ? source : new TextDecoder().decode(source))
    } catch (error) {
      c.fail('$', 'invalid', `not JSON: ${error instanceof Error ? error.message : String(error)}`)
      return { input, issues: c.issues }
    }
  }
  const seen = { organizations: new Set<string>(), locations: new Set<string>() }
  const organization = (value: unknown, path: string) => {
    const o = c.object(value, path)
    const id = o && idOf(c, o, path)
    if (!o || !id || seen.organizations.has(id)) return
    seen.organizations.add(id)
    const phone = firstOf(c, o, 'phones', path, (p, at) => c.text(p, 'number', at, { max: 40, check: checkPhone, code: 'bad-phone' }))
    const org: OrganizationIn = {
      id,
      path,
      name: c.text(o, 'name', path, { required: true, max: 160 }) ?? '',
      ...opt('description', c.text(o, 'description', path, { max: 2000 })),
      ...opt('email', c.text(o, 'email', path, { max: 254, check: checkEmail, code: 'bad-email' })),
      ...opt('website', c.text(o, 'website', path, { check: checkUrl, code: 'bad-url' })),
      ...opt('phone', phone),
    }
    input.organizations.push(org)
    c.list(o, 'locations', path).forEach((l, i) => location(l, `${path}.locations[${i}]`, id))
  }
  const location = (value: unknown, path: string, owner?: string) => {
    const l = c.object(value, path)
    const id = l && idOf(c, l, path)
    if (!l || !id || seen.locations.has(id)) return
    seen.locations.add(id)
    const latitude = c.number(l, 'latitude', path, true)
    const longitude = c.number(l, 'longitude', path, true)
    if (latitude !== undefined && (latitude < -90 || latitude > 90)) c.fail(`${path}.latitude`, 'bad-coordinates', `${latitude} is not between -90 and 90.`)
    if (longitude !== undefined && (longitude < -180 || longitude > 180)) c.fail(`${path}.longitude`, 'bad-coordinates', `${longitude} is not between -180 and 180.`)
    const organizationId = reference(c, l, 'organization_id', path) ?? owner
    const accessibility = firstOf(c, l, 'accessibility', path, (a, at) => c.text(a, 'description', at, { max: 500 }))
    const loc: LocationIn = {
      id,
      path,
      name: c.text(l, 'name', path, { required: true, max: 160 }) ?? '',
      ...opt('organizationId', organizationId),
      ...opt('transport', c.text(l, 'transportation', path, { max: 300 })),
      latitude: latitude ?? 0,
      longitude: longitude ?? 0,
      ...opt('address', firstOf(c, l, 'addresses', path, (a, at) => address(c, a, at))),
      ...opt('accessibility', accessibility),
      schedules: schedules(c, l, path),
    }
    input.locations.push(loc)
  }

  let services: unknown[] = []
  if (Array.isArray(root)) services = root
  else {
    const r = c.object(root, '$')
    if (!r) return { input, issues: c.issues }
    if (!Array.isArray(r.services) && !Array.isArray(r.organizations)) {
      c.fail('$', 'invalid', 'expected an HSDS export (an object with services, organizations and locations) or an array of services.')
      return { input, issues: c.issues }
    }
    const language = c.text(r, 'language', '$')
    if (language) input.language = language
    // The full list of locations first: an organisation's copies of them are then only references.
    c.list(r, 'locations', '$').forEach((l, i) => location(l, `$.locations[${i}]`))
    c.list(r, 'organizations', '$').forEach((o, i) => organization(o, `$.organizations[${i}]`))
    services = c.list(r, 'services', '$')
  }
  const base = Array.isArray(root) ? '$' : '$.services'
  services.forEach((value, i) => {
    const path = `${base}[${i}]`
    const s = c.object(value, path)
    if (!s) return
    if (s.organization !== undefined && s.organization !== null) organization(s.organization, `${path}.organization`)
    const service = serviceOf(c, s, path)
    if (!service) return
    c.list(s, 'service_at_locations', path).forEach((value, j) => {
      const at = `${path}.service_at_locations[${j}]`
      const sal = c.object(value, at)
      if (!sal) return
      if (sal.location !== undefined && sal.location !== null) location(sal.location, `${at}.location`)
      const locationId = reference(c, sal, 'location_id', at) ?? embeddedId(sal.location)
      if (!locationId) c.fail(`${at}.location_id`, 'missing-required', 'is required.')
      else service.at.push({ locationId, schedules: schedules(c, sal, at) })
    })
    input.services.push(service)
  })
  checkReferences(c, input)
  return { input, issues: c.issues }
}

function serviceOf(c: Checker, s: Json, path: string): ServiceIn | null {
  const id = idOf(c, s, path)
  if (!id) return null
  const cost = firstOf(c, s, 'cost_options', path, (o, at) => ({
    ...opt('amount', c.number(o, 'amount', at)),
    ...opt('currency', c.text(o, 'currency', at)),
    ...opt('description', c.text(o, 'amount_description', at, { max: 200 })),
  }))
  const languages = c.list(s, 'languages', path).flatMap((value, i) => {
    const at = `${path}.languages[${i}]`
    const l = c.object(value, at)
    const code = l && c.text(l, 'code', at, { required: true })
    if (!code) return []
    if (spokenLanguage(code.toLowerCase())) return [code.toLowerCase()]
    c.fail(`${at}.code`, 'unknown-language', `“${code}” is not a language code we know (ISO 639, e.g. ar, prs, kmr).`)
    return []
  })
  const terms = c.list(s, 'attributes', path).flatMap((value, i): TermIn[] => {
    const at = `${path}.attributes[${i}]`
    const a = c.object(value, at)
    const t = a && a.taxonomy_term !== undefined && a.taxonomy_term !== null ? c.object(a.taxonomy_term, `${at}.taxonomy_term`) : null
    if (!a || !t) return []
    const code = c.text(t, 'code', `${at}.taxonomy_term`)
    const name = c.text(t, 'name', `${at}.taxonomy_term`)
    const qualified = code?.match(/^(topics|audiences):(.+)$/)
    const kind: TermIn['kind'] = a.link_type === 'topic' ? 'topics' : a.link_type === 'audience' ? 'audiences' : qualified?.[1] === 'topics' || qualified?.[1] === 'audiences' ? qualified[1] : undefined
    return [{ ...opt('kind', kind), ...opt('code', qualified?.[2] ?? code), ...opt('name', name) }]
  })
  return {
    id,
    path,
    name: c.text(s, 'name', path, { required: true, max: 160 }) ?? '',
    ...opt('organizationId', reference(c, s, 'organization_id', path) ?? embeddedId(s.organization)),
    ...opt('description', c.text(s, 'description', path)),
    ...opt('email', c.text(s, 'email', path, { max: 254, check: checkEmail, code: 'bad-email' })),
    ...opt('status', c.text(s, 'status', path)),
    ...opt('howToApply', c.text(s, 'application_process', path, { max: 1000 })),
    ...opt('feesDescription', c.text(s, 'fees_description', path, { max: 200 })),
    ...opt('eligibility', c.text(s, 'eligibility_description', path, { max: 1000 })),
    ...opt('assured', c.text(s, 'assured_date', path, { check: (v) => (/^\d{4}-\d{2}-\d{2}/.test(v) ? null : 'not a date (YYYY-MM-DD).') })),
    ...opt('phone', firstOf(c, s, 'phones', path, (p, at) => c.text(p, 'number', at, { max: 40, check: checkPhone, code: 'bad-phone' }))),
    languages,
    ...opt('cost', cost),
    ...opt('requiredDocuments', firstOf(c, s, 'required_documents', path, (d, at) => c.text(d, 'document', at, { max: 1000 }))),
    ...opt('contact', firstOf(c, s, 'contacts', path, (d, at) => c.text(d, 'name', at, { max: 120 }))),
    terms,
    at: [],
  }
}

/** Every location a service names must be in the file (organisations may also be the town's: checked when matching, see plan.ts). */
function checkReferences(c: Checker, input: HsdsInput) {
  const locations = new Set(input.locations.map((l) => l.id))
  for (const s of input.services) {
    s.at.forEach((a, j) => {
      if (!locations.has(a.locationId)) c.fail(`${s.path}.service_at_locations[${j}].location_id`, 'invalid', `refers to location ${a.locationId}, which is not in the file.`)
    })
  }
}

const DAY = /^(MO|TU|WE|TH|FR|SA|SU)$/
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Weekly schedules (the only kind our opening hours hold); anything else is refused with its path. */
function schedules(c: Checker, o: Json, path: string): ScheduleIn[] {
  return c.list(o, 'schedules', path).flatMap((value, i) => {
    const at = `${path}.schedules[${i}]`
    const s = c.object(value, at)
    if (!s) return []
    const freq = c.text(s, 'freq', at)
    if (freq && freq.toUpperCase() !== 'WEEKLY') {
      c.fail(`${at}.freq`, 'invalid', `only weekly schedules can be imported, not “${freq}”.`)
      return []
    }
    const byday = c.text(s, 'byday', at, { required: true, check: (v) => (v.split(',').every((d) => DAY.test(d.trim().toUpperCase())) ? null : 'expected days such as MO,TU,WE.') })
    const opens = c.text(s, 'opens_at', at, { required: true, check: (v) => (TIME.test(v) ? null : 'expected a time such as 09:00.') })
    const closes = c.text(s, 'closes_at', at, { required: true, check: (v) => (TIME.test(v) ? null : 'expected a time such as 17:00.') })
    const date = (v: string) => (DATE.test(v) ? null : 'expected a date such as 2026-12-24.')
    const validFrom = c.text(s, 'valid_from', at, { check: date })
    const validTo = c.text(s, 'valid_to', at, { check: date })
    if (!byday || !opens || !closes) return []
    return [
      {
        byday: byday.toUpperCase().replace(/\s/g, ''),
        opens: opens.slice(0, 5),
        closes: closes.slice(0, 5),
        ...opt('validFrom', validFrom),
        ...opt('validTo', validTo),
        ...opt('notes', c.text(s, 'notes', at)),
        ...opt('link', c.text(s, 'schedule_link', at, { check: checkUrl, code: 'bad-url' })),
      },
    ]
  })
}

function address(c: Checker, a: Json, path: string) {
  const street = c.text(a, 'address_1', path, { required: true, max: 160 })
  const postalCode = c.text(a, 'postal_code', path, { required: true, check: (v) => (/^\d{5}$/.test(v) ? null : 'a German postcode has 5 digits.'), code: 'bad-postcode' })
  const city = c.text(a, 'city', path, { required: true, max: 120 })
  return street && postalCode && city ? { street, postalCode, city } : undefined
}

/** HSDS ids are UUIDs (compared in lower case). */
function idOf(c: Checker, o: Json, path: string): string | undefined {
  const id = c.text(o, 'id', path, { required: true, check: (v) => (isUuid(v) ? null : 'an HSDS id is a UUID.') })
  return id?.toLowerCase()
}

/** The id of an embedded object (already checked where it was read). */
const embeddedId = (value: unknown): string | undefined => (isRecord(value) && isUuid(value.id) ? String(value.id).toLowerCase() : undefined)

function reference(c: Checker, o: Json, key: string, path: string): string | undefined {
  return c.text(o, key, path, { check: (v) => (isUuid(v) ? null : 'an HSDS id is a UUID.') })?.toLowerCase()
}

/** The first element of a list of objects, read by `read` (our collections hold one phone, one address, …). */
function firstOf<T>(c: Checker, o: Json, key: string, path: string, read: (item: Json, path: string) => T | undefined): T | undefined {
  const [first] = c.list(o, key, path)
  if (first === undefined) return undefined
  const at = `${path}.${key}[0]`
  const item = c.object(first, at)
  return item ? read(item, at) : undefined
}

/** `{ key: value }` when there is a value, so that absent stays absent. */
function opt<K extends string, V>(key: K, value: V | undefined | null): { [P in K]?: V } {
  return (value === undefined || value === null ? {} : { [key]: value }) as { [P in K]?: V }
}
