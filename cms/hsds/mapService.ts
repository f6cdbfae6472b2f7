import { hsdsId, hsdsPartId } from '@shared/hsdsIds'
import { spokenLanguageName } from '@shared/languages'
import { lexicalToText } from '@shared/lexicalText'
import { localTime } from '@shared/openingHours'
import { type LocationContext, mapLocation } from './mapLocation'
import { mapOrganization } from './mapOrganization'
import { mapSchedules, type Period } from './mapSchedule'
import { mapTerm } from './mapTaxonomy'
import type { LocationSource, OrganizationSource, ServiceSource, TermSource } from './source'
import type { HsdsAttribute, HsdsCostOption, HsdsService, HsdsServiceAtLocation, HsdsServiceSummary, HsdsStatus } from './types'

export interface SummaryContext extends LocationContext {
  locale: string
  /** The service's page on the portal, when the server's public URL is known. */
  serviceUrl?: (slug: string) => string
}

export interface ServiceContext extends SummaryContext {
  /** The public documents the services refer to, by stored id; anything missing is not public and left out. */
  organizations: ReadonlyMap<string, OrganizationSource>
  locations: ReadonlyMap<string, LocationSource>
  terms: ReadonlyMap<string, TermSource>
}

/** A stored date (ISO instant, or already a day) as the day it is in the town. */
export function localDate(value: string | null | undefined, timeZone: string): string | null {
  if (!value) return null
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : localTime(date, timeZone).date
}

/** Our status and validity in HSDS terms: an ended service is defunct, one outside its dates inactive. */
export function statusOf(status: string | null | undefined, validity: Period, today: string): HsdsStatus {
  if (status === 'ended') return 'defunct'
  if (status === 'temporarily-closed') return 'temporarily closed'
  if ((validity.from && validity.from > today) || (validity.to && validity.to < today)) return 'inactive'
  return 'active'
}

const validityOf = (s: ServiceSource, timeZone: string): Period => ({ from: localDate(s.validFrom, timeZone), to: localDate(s.validTo, timeZone) })

/** The one-to-one fields of a service, as `/services` lists them. */
export function mapServiceSummary(s: ServiceSource, ctx: SummaryContext): HsdsServiceSummary {
  const description = [s.summary, lexicalToText(s.description)].filter((t) => t && t.trim()).join('\n\n')
  const assured = localDate(s.lastVerifiedAt, ctx.town.timeZone)
  return {
    id: hsdsId('services', s.id),
    ...(s.organization && ctx.publicOrganizations.has(s.organization) ? { organization_id: hsdsId('organizations', s.organization) } : {}),
    name: s.title,
    ...(description ? { description } : {}),
    ...(ctx.serviceUrl ? { url: ctx.serviceUrl(s.slug) } : {}),
    ...(s.email ? { email: s.email } : {}),
    status: statusOf(s.status, validityOf(s, ctx.town.timeZone), ctx.today),
    ...(s.howToApply ? { application_process: s.howToApply } : {}),
    ...(s.cost?.note ? { fees_description: s.cost.note } : {}),
    ...(s.eligibility ? { eligibility_description: s.eligibility } : {}),
    ...(assured ? { assured_date: assured } : {}),
    last_modified: new Date(s.updatedAt).toISOString(),
  }
}

/** Free means an amount of 0; a fee its amount in euros; "on request" only its note, if any. */
function costOptions(s: ServiceSource, id: string): HsdsCostOption[] {
  const cost = s.cost
  const note = cost?.note ? { amount_description: cost.note } : {}
  const base = { id: hsdsPartId('cost_option', id), service_id: id }
  if (cost?.type === 'free') return [{ ...base, currency: 'EUR', amount: 0, ...note }]
  if (cost?.type === 'fee') return [{ ...base, currency: 'EUR', ...(typeof cost.amount === 'number' ? { amount: cost.amount } : {}), ...note }]
  return cost?.note ? [{ ...base, ...note }] : []
}

/** Each public location with the hours that apply there (the service's own where they differ). */
function servicesAtLocations(s: ServiceSource, id: string, ctx: ServiceContext): HsdsServiceAtLocation[] {
  const seen = new Set<string>()
  return (s.locations ?? []).flatMap((row) => {
    const stored = ctx.locations.get(row.location)
    if (!stored || seen.has(stored.id)) return []
    seen.add(stored.id)
    const location = mapLocation(stored, ctx)
    const salId = hsdsPartId('service_at_location', id, location.id)
    const hours = row.ownHours && row.hours ? row.hours : stored.hours
    const schedules = mapSchedules(hours, {
      owner: salId,
      links: { service_id: id, location_id: location.id, service_at_location_id: salId },
      validity: validityOf(s, ctx.town.timeZone),
      today: ctx.today,
      ...(s.appointment?.bookingUrl ? { scheduleLink: s.appointment.bookingUrl } : {}),
    })
    return [{ id: salId, service_id: id, location_id: location.id, location, schedules }]
  })
}

function attributes(s: ServiceSource, id: string, ctx: ServiceContext): HsdsAttribute[] {
  const terms = [...(s.topics ?? []), ...(s.audiences ?? [])].flatMap((t) => {
    const term = ctx.terms.get(t)
    return term ? [term] : []
  })
  return terms.map((term) => {
    const mapped = mapTerm(term, ctx.town, ctx.locale, ctx.terms)
    return {
      id: hsdsPartId('attribute', id, mapped.id),
      link_id: id,
      link_type: term.kind === 'topics' ? 'topic' : 'audience',
      link_entity: 'service',
      taxonomy_term_id: mapped.id,
      taxonomy_term: mapped,
    }
  })
}

/** A service with everything it refers to, as `/services/{id}` serves it. */
export function mapService(s: ServiceSource, ctx: ServiceContext): HsdsService {
  const summary = mapServiceSummary(s, ctx)
  const id = summary.id
  const organization = s.organization ? ctx.organizations.get(s.organization) : undefined
  return {
    ...summary,
    ...(organization ? { organization: mapOrganization(organization) } : {}),
    phones: s.phone ? [{ id: hsdsPartId('phone', id), service_id: id, number: s.phone }] : [],
    service_at_locations: servicesAtLocations(s, id, ctx),
    languages: (s.languages ?? []).map((code) => ({ id: hsdsPartId('language', id, code), service_id: id, name: spokenLanguageName(code, ctx.locale), code })),
    cost_options: costOptions(s, id),
    required_documents: s.requiredDocuments ? [{ id: hsdsPartId('required_document', id), service_id: id, document: s.requiredDocuments }] : [],
    contacts: s.contactPerson ? [{ id: hsdsPartId('contact', id), service_id: id, name: s.contactPerson }] : [],
    attributes: attributes(s, id, ctx),
  }
}
