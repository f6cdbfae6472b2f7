import type { SanitizedConfig } from 'payload'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@shared/locales'
import { localTime } from '@shared/openingHours'
import type { ServiceContext, SummaryContext } from './mapService'
import { BadParam } from './params'
import { findLocations, findOrganizations, findTerms, publicOrganizationIds, type Reader } from './read'
import type { ServiceSource, TownSource } from './source'

/**
 * The content language: `?locale=` if the town offers it, else the town's default language
 * (the source language of its texts). Missing texts follow Payload's fallback chain.
 */
export function pickLocale(config: SanitizedConfig, town: TownSource, requested: string | null): Locale {
  const localization = config.localization
  const townDefault = isLocale(town.defaultLocale) ? town.defaultLocale : DEFAULT_LOCALE
  if (!localization) return townDefault
  const codes = localization.localeCodes.filter(isLocale)
  const offered = codes.filter((c) => !town.enabledLocales?.length || town.enabledLocales.includes(c))
  if (!requested) return codes.includes(townDefault) ? townDefault : isLocale(localization.defaultLocale) ? localization.defaultLocale : DEFAULT_LOCALE
  const locale = offered.find((c) => c === requested)
  if (!locale) throw new BadParam(`locale must be one of ${offered.join(', ')}; got "${requested.slice(0, 20)}".`)
  return locale
}

/** What mapping needs besides the services: today in the town, and which organisations are public. */
export async function summaryContext(r: Reader, publicOrganizations?: Set<string>): Promise<SummaryContext> {
  const serverURL = r.payload.config.serverURL
  return {
    town: r.town,
    locale: r.locale,
    today: localTime(new Date(), r.town.timeZone).date,
    publicOrganizations: publicOrganizations ?? (await publicOrganizationIds(r)),
    ...(serverURL ? { serviceUrl: (slug: string) => `${serverURL}/${r.locale}/${r.town.slug}/services/${slug}` } : {}),
  }
}

/** Everything the services refer to that the public may see, read in three queries. */
export async function serviceContext(r: Reader, services: ServiceSource[]): Promise<ServiceContext> {
  const locationIds = [...new Set(services.flatMap((s) => (s.locations ?? []).map((row) => row.location)))]
  const [locations, terms] = await Promise.all([findLocations(r, { ids: locationIds }), findTerms(r)])
  const organizationIds = new Set<string>()
  for (const item of [...services, ...locations]) if (item.organization) organizationIds.add(item.organization)
  const organizations = await findOrganizations(r, [...organizationIds])
  return {
    ...(await summaryContext(r, new Set(organizations.map((o) => o.id)))),
    organizations: new Map(organizations.map((o) => [o.id, o])),
    locations: new Map(locations.map((l) => [l.id, l])),
    terms,
  }
}
