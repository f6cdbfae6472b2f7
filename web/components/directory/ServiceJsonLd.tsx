import { pickLocalized } from '@shared/localized'
import type { Locale } from '@shared/locales'
import { JsonLd } from '../JsonLd'

type Doc = Record<string, unknown>

/** schema.org GovernmentService/Service with its places, for search engines and assistants. */
export function ServiceJsonLd({ service, locale, url }: { service: Doc; locale: Locale; url: string }) {
  const title = pickLocalized(service.title as Record<string, string>, locale)?.value
  const summary = pickLocalized(service.summary as Record<string, string>, locale)?.value
  const org = service.organization && typeof service.organization === 'object' ? (service.organization as Doc) : null
  const rows = (service.locations as { location?: Doc }[] | null) ?? []
  const data = {
    '@type': service.kind === 'authority' ? 'GovernmentService' : 'Service',
    name: title,
    description: summary,
    url,
    inLanguage: locale,
    availableLanguage: (service.languages as string[] | null) ?? [],
    provider: org ? { '@type': 'Organization', name: org.name, url: org.website ?? undefined } : undefined,
    isAccessibleForFree: (service.cost as { type?: string } | null)?.type === 'free',
    availableChannel: rows
      .map((r) => r.location)
      .filter((l): l is Doc => Boolean(l && typeof l === 'object'))
      .map((l) => {
        const a = (l.address as Doc) ?? {}
        return {
          '@type': 'ServiceChannel',
          serviceLocation: {
            '@type': 'Place',
            name: l.name,
            address: { '@type': 'PostalAddress', streetAddress: a.street, postalCode: a.postalCode, addressLocality: a.city, addressCountry: 'DE' },
            geo: { '@type': 'GeoCoordinates', latitude: l.latitude, longitude: l.longitude },
          },
        }
      }),
  }
  return <JsonLd data={data} />
}
