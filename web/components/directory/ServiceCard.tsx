import { useTranslations } from '@web/i18n/translations'
import type { DirectoryResult } from '@cms/directory/searchServices'
import { directionOf, type Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { formatNumber } from '@web/lib/format'
import { Sentence } from '../BidiText'
import { LocalizedText } from '../LocalizedText'
import { OpenStatus } from './OpenStatus'
import { ServiceMeta } from './ServiceMeta'
import { sentence } from '@web/lib/sentence'

interface Props {
  service: DirectoryResult
  locale: Locale
  townSlug: string
  townDefault: Locale
  timeZone: string
}

/** One result: what, who offers it, in which languages, what it costs, whether it is open. */
export function ServiceCard({ service, locale, townSlug, townDefault, timeZone }: Props) {
  const t = useTranslations()
  const title = pickLocalized(service.title, locale, townDefault)
  return (
    <article className="card service-card" aria-labelledby={`s-${service.id}`}>
      <h3 id={`s-${service.id}`} className="card-title">
        {/* The link carries the title's language itself when it is another (what LocalizedText's span did): one element less per card. */}
        <a href={route.service({ locale, town: townSlug, slug: service.slug })} {...(title?.isFallback ? { lang: title.locale, dir: directionOf(title.locale) } : {})}>
          {title ? title.value : service.slug}
        </a>
      </h3>
      {service.organization ? (
        <p className="card-kicker">
          <bdi lang="de">{service.organization.name}</bdi>
        </p>
      ) : null}
      <LocalizedText className="card-text" value={pickLocalized(service.summary, locale, townDefault)} reader={locale} />
      <p className="status-line">
        {service.status === 'temporarily-closed' ? (
          <span className="badge badge-closed">{t('Service.statusTemporarilyClosed')}</span>
        ) : (
          <OpenStatus state={service.open} timeZone={timeZone} />
        )}
        {service.distanceKm !== null ? (
          <span className="distance"><Sentence text={sentence(t, 'Directory.distance', { km: formatNumber(service.distanceKm, locale) })} /></span>
        ) : null}
      </p>
      <ServiceMeta languages={service.languages} cost={service.cost} locale={locale} />
    </article>
  )
}
