import { getTranslations } from '@web/i18n/translations'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { LocalizedText } from '@web/components/LocalizedText'
import { PortalShell } from '@web/components/PortalShell'
import { formatNumber, formatYear } from '@web/lib/format'
import { Sentence } from '@web/components/BidiText'
import { getCompose, townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { listIndicators, valuesOf } from '@web/lib/plan'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'

type Props = TownPageProps<'planIndicators'>

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('planIndicators', props)
  const t = await getTranslations({ locale, namespace: 'Plan' })
  return social({ title: await townTitle(locale, t('indicators'), town.name), alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale) }, locale)
}

/** All indicators with their latest town-wide value. */
async function IndicatorsPage(props: Props) {
  const { locale, town, page } = await townPage('planIndicators', props)
  const [t, indicators, compose] = await Promise.all([getTranslations('Plan'), listIndicators(town.id), getCompose(locale)])
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <Breadcrumbs locale={locale} town={town} page="planIndicators" />
        <h1>{t('indicators')}</h1>
        <p className="lead">{t('indicatorsIntro')}</p>
        <ol className="result-list" role="list">
          {indicators.map((i) => {
            const latest = valuesOf(i)
              .filter((v) => !v.district && !v.legalGroup)
              .sort((a, b) => b.year - a.year)[0]
            return (
              <li key={i.id}>
                <article className="card">
                  <h2 className="card-title">
                    <a href={route.indicator({ locale, town: town.slug, slug: i.slug })}>
                      <LocalizedText as="span" value={pick(i.name)} reader={locale} notice={false} />
                    </a>
                  </h2>
                  {latest ? (
                    <p className="big-number">
                      <Sentence text={compose.inYear(compose.withUnit(formatNumber(latest.value, locale), pick(i.unit)?.value ?? ''), formatYear(latest.year, locale))} />
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

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(IndicatorsPage)
