import { getTranslations } from 'next-intl/server'
import { pickLocalized } from '@shared/localized'
import { PlanBreadcrumbs } from '@web/components/plan/PlanBreadcrumbs'
import { LocalizedText } from '@web/components/LocalizedText'
import { PortalShell } from '@web/components/PortalShell'
import { formatNumber } from '@web/lib/format'
import { alternates, social } from '@web/lib/metadata'
import { listIndicators, valuesOf } from '@web/lib/plan'
import { planPage } from '@web/lib/planPage'

type Args = { params: Promise<{ locale: string; town: string }> }
type Loc = Record<string, string | null>

export async function generateMetadata({ params }: Args) {
  const { locale, town } = await planPage(params, '/indicators')
  const t = await getTranslations({ locale, namespace: 'Plan' })
  return social({ title: `${t('indicators')} – ${town.name}`, alternates: alternates(`/${town.slug}/plan/indicators`, town.enabledLocales, locale, town.defaultLocale) }, locale)
}

/** All indicators with their latest town-wide value. */
export default async function IndicatorsPage({ params }: Args) {
  const { locale, town, base, path } = await planPage(params, '/indicators')
  const [t, indicators] = await Promise.all([getTranslations('Plan'), listIndicators(town.id)])
  const pick = (v: unknown) => pickLocalized(v as Loc, locale, town.defaultLocale)
  return (
    <PortalShell locale={locale} path={path} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <PlanBreadcrumbs locale={locale} town={town} base={base} />
        <h1>{t('indicators')}</h1>
        <p className="lead">{t('indicatorsIntro')}</p>
        <ol className="result-list" role="list">
          {indicators.map((i) => {
            const latest = valuesOf(i)
              .filter((v) => !v.district && !v.legalGroup)
              .sort((a, b) => b.year - a.year)[0]
            return (
              <li key={String(i.id)}>
                <article className="card">
                  <h2 className="card-title">
                    <a href={`${base}/indicators/${i.slug}`}>
                      <LocalizedText as="span" value={pick(i.name)} reader={locale} notice={false} />
                    </a>
                  </h2>
                  {latest ? (
                    <p className="big-number">
                      {formatNumber(latest.value, locale)} <span className="unit">{pick(i.unit)?.value}</span> <span className="hint">({latest.year})</span>
                    </p>
                  ) : i.computed ? (
                    <p className="hint">{t('computed')}</p>
                  ) : null}
                  <LocalizedText className="card-text" value={pick(i.definition)} reader={locale} />
                </article>
              </li>
            )
          })}
        </ol>
      </div>
    </PortalShell>
  )
}
