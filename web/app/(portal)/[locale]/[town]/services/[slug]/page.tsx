import { getTranslations } from '@web/i18n/translations'
import { combinedOpenState, type DirectoryLocation } from '@cms/directory/searchServices'
import type { Locale } from '@shared/locales'
import { directionsLinks } from '@shared/directions'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { ContactActions } from '@web/components/ContactActions'
import { HoursTable } from '@web/components/directory/HoursTable'
import { OpenStatus } from '@web/components/directory/OpenStatus'
import { ServiceJsonLd } from '@web/components/directory/ServiceJsonLd'
import { ServiceMeta } from '@web/components/directory/ServiceMeta'
import { Icon } from '@web/components/Icon'
import { LocalizedRichText } from '@web/components/LocalizedRichText'
import { LocalizedText } from '@web/components/LocalizedText'
import { MachineTranslationNotice } from '@web/components/MachineTranslationNotice'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate } from '@web/lib/format'
import { formatList } from '@web/lib/list'
import { alternates, social } from '@web/lib/metadata'
import { recordView } from '@web/lib/recordView'
import { getService, type ServiceDoc } from '@web/lib/service'
import { metadataWithNotFound, townDocPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'service'>

const load = townDocPage('service', (town, { slug }) => getService(town.id, slug))

/** The places of a service the public may read, each with the service's own hours where it has them. */
function placesOf(service: ServiceDoc) {
  return (service.locations ?? []).flatMap((row) =>
    row.location && typeof row.location === 'object' ? [{ ...row.location, hours: (row.ownHours && row.hours ? row.hours : row.location.hours) ?? null }] : [],
  )
}

type Place = ReturnType<typeof placesOf>[number]

/** A place as the directory's opening-hours logic takes it. */
const directoryLocation = (place: Place): DirectoryLocation => ({
  id: place.id,
  name: place.name,
  address: place.address,
  latitude: place.latitude,
  longitude: place.longitude,
  district: typeof place.district === 'object' ? (place.district?.id ?? null) : (place.district ?? null),
  hours: place.hours,
})

const DELIVERY = { 'in-person': 'Service.inPerson', online: 'Service.online', phone: 'Service.phone' } as const

export const generateMetadata = metadataWithNotFound(async (props: Props) => {
  const { locale, town, page, doc: service } = await load(props)
  return social({
    title: pickLocalized(service.title, locale, town.defaultLocale)?.value,
    description: pickLocalized(service.summary, locale, town.defaultLocale)?.value,
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
})

/** Everything a newcomer needs about one service: what, for whom, where, when, how. */
async function ServicePage(props: Props) {
  const { locale, town, page, doc: service } = await load(props)
  await recordView(town, page, locale, service.id)
  const t = await getTranslations()
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)
  // An organisation the public may not read stays an ID: show no link then.
  const org = service.organization && typeof service.organization === 'object' ? service.organization : null
  const places = placesOf(service)
  const open = combinedOpenState(places.map(directoryLocation), new Date(), town.timeZone)
  const appointment = service.appointment ?? {}
  const audiences = (service.audiences ?? []).flatMap((a) => (typeof a === 'object' ? [a] : []))
  const delivery = service.delivery ?? []
  const lastVerified = service.lastVerifiedAt
  const textBlock = (key: string, value: string | null | undefined) => {
    const v = pick(value)
    return v ? (
      <section className="block">
        <h2>{t(key)}</h2>
        <LocalizedText value={v} reader={locale} />
      </section>
    ) : null
  }
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <ServiceJsonLd service={service} locale={locale} url={route.service({ locale, town: town.slug, slug: service.slug })} />
      <div className="container narrow">
        <Breadcrumbs locale={locale} town={town} page="service" />
        <h1>
          <LocalizedText as="span" value={pick(service.title)} reader={locale} notice={false} />
        </h1>
        <MachineTranslationNotice collection="services" id={service.id} locale={locale} source={town.defaultLocale} />
        {org ? (
          <p className="card-kicker">
            {t('Service.organization')}:{' '}
            <a href={route.organization({ locale, town: town.slug, slug: org.slug })}>
              <bdi lang="de">{org.name}</bdi>
            </a>
          </p>
        ) : null}
        {service.status === 'ended' ? <p className="notice">{t('Service.statusEnded')}</p> : null}
        {service.status === 'temporarily-closed' ? <p className="notice">{t('Service.statusTemporarilyClosed')}</p> : null}
        <LocalizedText className="lead" value={pick(service.summary)} reader={locale} />
        {service.status === 'active' ? (
          <p className="status-line">
            <OpenStatus state={open} timeZone={town.timeZone} />
          </p>
        ) : null}
        <div className="facts card">
          <ServiceMeta languages={service.languages ?? []} cost={service.cost ?? {}} locale={locale} />
          <dl className="meta">
            <div>
              <dt>{t('Service.appointment')}</dt>
              <dd>
                {appointment.required === 'yes'
                  ? t('Service.appointmentYes')
                  : appointment.required === 'no'
                    ? t('Service.appointmentNo')
                    : t('Service.appointmentRecommended')}{' '}
                {appointment.bookingUrl ? (
                  <a href={appointment.bookingUrl} rel="noopener">
                    {t('Service.book')}
                  </a>
                ) : null}
              </dd>
            </div>
            {delivery.length ? (
              <div>
                <dt>{t('Service.delivery')}</dt>
                <dd>
                  {formatList(
                    delivery.map((d) => t(DELIVERY[d])),
                    locale,
                  )}
                </dd>
              </div>
            ) : null}
            {audiences.length ? (
              <div>
                <dt>{t('Service.whoFor')}</dt>
                <dd>{formatList(audiences.map((a) => pick(a.name)?.value ?? a.slug), locale)}</dd>
              </div>
            ) : null}
          </dl>
        </div>
        <LocalizedRichText as="section" className="block prose-text" value={service.description} reader={locale} townDefault={town.defaultLocale} />
        {textBlock('Service.eligibility', service.eligibility)}
        {textBlock('Service.documents', service.requiredDocuments)}
        {textBlock('Service.howToApply', service.howToApply)}
        {places.length ? (
          <section className="block">
            <h2>{t('Service.whereTitle')}</h2>
            {places.map((place) => (
              <PlaceCard key={place.id} place={place} locale={locale} townDefault={town.defaultLocale} timeZone={town.timeZone} />
            ))}
          </section>
        ) : null}
        {service.phone || service.email || service.contactPerson ? (
          <section className="block">
            <h2>{t('Service.contact')}</h2>
            {service.contactPerson ? (
              <p>
                {t('Service.contactPerson')}: <bdi>{service.contactPerson}</bdi>
              </p>
            ) : null}
            <ContactActions phone={service.phone} email={service.email} />
          </section>
        ) : org?.phone || org?.email ? (
          // Without a contact of its own, the service is reached through its organisation.
          <section className="block">
            <h2>{t('Service.contact')}</h2>
            <p>
              <bdi lang="de">{org.name}</bdi>
            </p>
            <ContactActions phone={org.phone} email={org.email} />
          </section>
        ) : null}
        <p className="last-checked">
          {lastVerified ? <Sentence text={sentence(t, 'Service.lastChecked', { date: formatDate(lastVerified, locale, town.timeZone) })} /> : t('Service.notChecked')}
        </p>
        <p>
          <a href={route.services({ locale, town: town.slug })}>{t('Service.backToResults')}</a>
        </p>
      </div>
    </PortalShell>
  )
}

const FEATURES = ['stepFree', 'lift', 'accessibleToilet', 'hearingLoop'] as const

/** One place: address, map link, transport, step-free access and opening hours. */
async function PlaceCard({ place, locale, townDefault, timeZone }: { place: Place; locale: Locale; townDefault: Locale; timeZone: string }) {
  const t = await getTranslations()
  const a = place.address
  const access = place.accessibility ?? {}
  const features = FEATURES.filter((k) => access[k])
  const transport = pickLocalized(place.transport, locale, townDefault)
  return (
    <article className="card place">
      <h3 className="card-title">
        <bdi lang="de">{place.name}</bdi>
      </h3>
      <p>
        <Icon name="pin" />{' '}
        <bdi lang="de">
          {a?.street}, {a?.postalCode} {a?.city}
        </bdi>
      </p>
      <ul className="actions" role="list">
        <li>
          <a className="action" href={directionsLinks(place).osm}>
            <Icon name="pin" />
            <span>{t('Service.directionsOsm')}</span>
          </a>
        </li>
        <li>
          <a className="action" href={directionsLinks(place).geo}>
            <Icon name="pin" />
            <span>{t('Service.openMap')}</span>
          </a>
        </li>
      </ul>
      {transport ? (
        <p>
          <strong>{t('Service.transport')}:</strong> <LocalizedText as="span" value={transport} reader={locale} />
        </p>
      ) : null}
      {features.length ? (
        <p>
          <strong>{t('Service.accessibility')}:</strong> {formatList(features.map((k) => t(`Service.${k}`)), locale)}
        </p>
      ) : null}
      <HoursTable hours={place.hours} timeZone={timeZone} locale={locale} />
    </article>
  )
}

export default withNotFound(ServicePage)
