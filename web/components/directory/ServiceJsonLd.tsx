import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import type { ServiceDoc } from '@web/lib/service'
import { JsonLd } from '../JsonLd'

/** schema.org GovernmentService/Service with its places, for search engines and assistants. */
export function ServiceJsonLd({ service, locale, url }: { service: ServiceDoc; locale: Locale; url: string }) {
  const title = pickLocalized(service.title, locale)?.value
  const summary = pickLocalized(service.summary, locale)?.value
  // An organisation the public may not read stays an ID.
  const org = service.organization && typeof service.organization === 'object' ? service.organization : null
  const data = {
    '@type': service.kind === 'authority' ? 'GovernmentService' : 'Service',
    name: title,
    description: summary,
    url,
    inLanguage: locale,
    availableLanguage: service.languages ?? [],
    provider: org ? { '@type': 'Organization', name: org.name, url: org.website ?? undefined } : undefined,
    isAccessibleForFree: service.cost?.type === 'free',
    availableChannel: (service.locations ?? []).flatMap(({ location: l }) =>
      l && typeof l === 'object'
        ? [
            {
              '@type': 'ServiceChannel',
              serviceLocation: {
                '@type': 'Place',
                name: l.name,
                address: { '@type': 'PostalAddress', streetAddress: l.address?.street, postalCode: l.address?.postalCode, addressLocality: l.address?.city, addressCountry: 'DE' },
                geo: { '@type': 'GeoCoordinates', latitude: l.latitude, longitude: l.longitude },
              },
            },
          ]
        : [],
    ),
  }
  return <JsonLd data={data} />
}
