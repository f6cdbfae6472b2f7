import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { combinedOpenState, type DirectoryLocation } from '@cms/directory/searchServices'
import type { StoredHours } from '@cms/directory/serviceHours'
import { pickLocalized } from '@shared/localized'
import { NOT_FOUND_SEGMENT } from '@shared/routes'
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
import { requireLocale, townForPage } from '@web/lib/pageLocale'
import { getService } from '@web/lib/service'
import { recordView } from '@web/lib/recordView'

type Params = { params: Promise<{ locale: string; town: string; slug: string }> }
type Doc = Record<string, unknown>
type Loc = Record<string, string | null>

async function load({ params }: Params) {
  const { locale: raw, town: townSlug, slug } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, townSlug, `/services/${slug}`)
  const service = await getService(town.id, slug)
  if (!service) redirect(`/${locale}/${NOT_FOUND_SEGMENT}`)
  return { locale, town, service }
}

export async function generateMetadata(args: Params) {
  const { locale, town, service } = await load(args)
  return social({
    title: pickLocalized(service.title as Loc, locale, town.defaultLocale)?.value,
    description: pickLocalized(service.summary as Loc, locale, town.defaultLocale)?.value,
    alternates: alternates(`/${town.slug}/services/${service.slug}`, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
}

/** Everything a newcomer needs about one service: what, for whom, where, when, how. */
export default async function ServicePage(args: Params) {
  const { locale, town, service } = await load(args)
  await recordView(town, 'service', locale, `/${town.slug}/services/${service.slug}`, String(service.id))
  const t = await getTranslations()
  const pick = (v: unknown) => pickLocalized(v as Loc, locale, town.defaultLocale)
  // An organisation the public may not read stays an ID: show no link then.
  const org = service.organization && typeof service.organization === 'object' ? (service.organization as Doc) : null
  const rows = (service.locations as { location?: Doc; ownHours?: boolean; hours?: StoredHours }[] | null) ?? []
  const places = rows
    .filter((r) => r.location && typeof r.location === 'object')
    .map((r) => ({ ...(r.location as Doc), hours: r.ownHours && r.hours ? r.hours : (r.location as Doc).hours }) as Doc)
  const open = combinedOpenState(places as unknown as DirectoryLocation[], new Date(), town.timeZone)
  const appointment = (service.appointment as { required?: string; bookingUrl?: string } | null) ?? {}
  const audiences = ((service.audiences as Doc[] | null) ?? []).filter((a) => typeof a === 'object')
  const lastVerified = service.lastVerifiedAt as string | null
  const path = `/${town.slug}/services/${service.slug}`
  const textBlock = (key: string, field: string) => {
    const v = pick(service[field])
    return v ? (
      <section className="block">
        <h2>{t(key)}</h2>
        <LocalizedText value={v} reader={locale} />
      </section>
    ) : null
  }
  return (
    <PortalShell locale={locale} path={path} locales={town.enabledLocales} town={town}>
      <ServiceJsonLd service={service} locale={locale} url={`/${locale}${path}`} />
      <div className="container narrow">
        <Breadcrumbs
          items={[
            { href: `/${locale}/${town.slug}`, label: town.name },
            { href: `/${locale}/${town.slug}/services`, label: t('Directory.title') },
          ]}
        />
        <h1>
          <LocalizedText as="span" value={pick(service.title)} reader={locale} notice={false} />
        </h1>
        <MachineTranslationNotice collection="services" id={String(service.id)} locale={locale} source={town.defaultLocale} />
        {org ? (
          <p className="card-kicker">
            {t('Service.organization')}:{' '}
            <a href={`/${locale}/${town.slug}/organizations/${org.slug}`}>
              <bdi lang="de">{String(org.name)}</bdi>
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
          <ServiceMeta languages={(service.languages as string[]) ?? []} cost={(service.cost as { type?: string; amount?: number }) ?? {}} locale={locale} />
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
            {((service.delivery as string[]) ?? []).length ? (
              <div>
                <dt>{t('Service.delivery')}</dt>
                <dd>
                  {formatList(
                    ((service.delivery as string[]) ?? []).map((d) =>
                      t(d === 'in-person' ? 'Service.inPerson' : d === 'online' ? 'Service.online' : 'Service.phone'),
                    ),
                    locale,
                  )}
                </dd>
              </div>
            ) : null}
            {audiences.length ? (
              <div>
                <dt>{t('Service.whoFor')}</dt>
                <dd>{formatList(audiences.map((a) => pick(a.name)?.value ?? String(a.slug)), locale)}</dd>
              </div>
            ) : null}
          </dl>
        </div>
        <LocalizedRichText as="section" className="block prose-text" value={service.description} reader={locale} townDefault={town.defaultLocale} />
        {textBlock('Service.eligibility', 'eligibility')}
        {textBlock('Service.documents', 'requiredDocuments')}
        {textBlock('Service.howToApply', 'howToApply')}
        {places.length ? (
          <section className="block">
            <h2>{t('Service.whereTitle')}</h2>
            {places.map((place) => {
              const a = (place.address as Loc) ?? {}
              const access = (place.accessibility as Record<string, unknown>) ?? {}
              const features = (['stepFree', 'lift', 'accessibleToilet', 'hearingLoop'] as const).filter((k) => access[k])
              return (
                <article key={String(place.id)} className="card place">
                  <h3 className="card-title">
                    <bdi lang="de">{String(place.name)}</bdi>
                  </h3>
                  <p>
                    <Icon name="pin" />{' '}
                    <bdi lang="de">
                      {a.street}, {a.postalCode} {a.city}
                    </bdi>
                  </p>
                  <ul className="actions" role="list">
                    <li>
                      <a className="action" href={`geo:${place.latitude},${place.longitude}`}>
                        <Icon name="pin" />
                        <span>{t('Service.openMap')}</span>
                      </a>
                    </li>
                  </ul>
                  {pick(place.transport) ? (
                    <p>
                      <strong>{t('Service.transport')}:</strong> <LocalizedText as="span" value={pick(place.transport)} reader={locale} />
                    </p>
                  ) : null}
                  {features.length ? (
                    <p>
                      <strong>{t('Service.accessibility')}:</strong> {formatList(features.map((k) => t(`Service.${k}`)), locale)}
                    </p>
                  ) : null}
                  <HoursTable hours={place.hours as StoredHours} timeZone={town.timeZone} locale={locale} />
                </article>
              )
            })}
          </section>
        ) : null}
        {service.phone || service.email || service.contactPerson ? (
          <section className="block">
            <h2>{t('Service.contact')}</h2>
            {service.contactPerson ? (
              <p>
                {t('Service.contactPerson')}: <bdi>{String(service.contactPerson)}</bdi>
              </p>
            ) : null}
            <ContactActions phone={service.phone as string} email={service.email as string} />
          </section>
        ) : null}
        <p className="last-checked">
          {lastVerified ? t('Service.lastChecked', { date: formatDate(lastVerified, locale, town.timeZone) }) : t('Service.notChecked')}
        </p>
        <p>
          <a href={`/${locale}/${town.slug}/services`}>{t('Service.backToResults')}</a>
        </p>
      </div>
    </PortalShell>
  )
}
