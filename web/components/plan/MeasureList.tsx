import { useTranslations } from '@web/i18n/translations'
import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import type { PlanMeasure } from '@web/lib/plan'
import { LocalizedText } from '../LocalizedText'
import { ProgressBar } from './ProgressBar'
import { StatusBadge } from './StatusBadge'

/** Measures as cards: title, status, progress, who is responsible; sub-measures under their parent. */
export function MeasureList({ measures, all, town, locale, townDefault }: { measures: PlanMeasure[]; all: PlanMeasure[]; town: string; locale: Locale; townDefault: Locale }) {
  const t = useTranslations('Plan')
  const card = (m: PlanMeasure) => (
    <article className="card measure-card">
      <p className="status-line">
        <StatusBadge status={m.status} />
      </p>
      <h3 className="card-title">
        <a href={route.measure({ locale, town, slug: m.slug })}>
          <LocalizedText as="span" value={pickLocalized(m.title, locale, townDefault)} reader={locale} notice={false} />
        </a>
      </h3>
      <ProgressBar value={m.progress} locale={locale} label={t('progress')} />
      {m.responsibleOrganization?.name || pickLocalized(m.responsibleOffice, locale, townDefault) ? (
        <p className="card-kicker">
          {t('responsible')}:{' '}
          <bdi lang="de">{m.responsibleOrganization?.name ?? pickLocalized(m.responsibleOffice, locale, townDefault)?.value}</bdi>
        </p>
      ) : null}
    </article>
  )
  return (
    <ol className="result-list" role="list">
      {measures
        .filter((m) => !m.parent || !measures.some((p) => p.id === m.parent))
        .map((m) => {
          const children = all.filter((c) => c.parent === m.id)
          return (
            <li key={m.id}>
              {card(m)}
              {children.length ? (
                <ol className="result-list sub-measures" role="list" aria-label={t('subMeasures')}>
                  {children.map((c) => (
                    <li key={c.id}>{card(c)}</li>
                  ))}
                </ol>
              ) : null}
            </li>
          )
        })}
    </ol>
  )
}
