import { getTranslations } from '@web/i18n/translations'
import { computeIndicator } from '@cms/plan/computedIndicators'
import type { Series } from '@shared/chart'
import { spokenLanguageName } from '@shared/languages'
import { pickLocalized } from '@shared/localized'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { LocalizedText } from '@web/components/LocalizedText'
import { BarList } from '@web/components/plan/BarList'
import { LineChart } from '@web/components/plan/LineChart'
import { PortalShell } from '@web/components/PortalShell'
import { formatNumber, formatYear } from '@web/lib/format'
import { Sentence } from '@web/components/BidiText'
import { languageNameIn } from '@web/lib/languageName'
import { getCompose, townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { payloadClient } from '@web/lib/payload'
import { getIndicator, type IndicatorValue, valuesOf } from '@web/lib/plan'
import { recordView } from '@web/lib/recordView'
import { metadataWithNotFound, townDocPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'indicator'>

const load = townDocPage('indicator', (town, { slug }) => getIndicator(town.id, slug))

export const generateMetadata = metadataWithNotFound(async (props: Props) => {
  const { locale, town, page, doc: indicator } = await load(props)
  return social({
    title: await townTitle(locale, pickLocalized(indicator.name, locale, town.defaultLocale)?.value ?? '', town.name),
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
})

const series = (key: string, label: string, values: IndicatorValue[]): Series => ({ key, label, points: values.map((v) => ({ x: v.year, y: v.value })) })

/** One indicator: definition, source, baseline and target; charts over time and by district, each with its table. */
async function IndicatorPage(props: Props) {
  const { locale, town, page, doc: indicator } = await load(props)
  await recordView(town, page, locale, indicator.id)
  const [t, tg, compose] = await Promise.all([getTranslations('Plan'), getTranslations('LegalGroup'), getCompose(locale)])
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)
  const name = pick(indicator.name)?.value ?? indicator.slug
  const unit = pick(indicator.unit)?.value ?? ''
  const values = valuesOf(indicator)
  const townValues = values.filter((v) => !v.district && !v.legalGroup)
  const { target, baseline } = indicator
  const districts = [...new Map(values.flatMap((v) => v.district ?? []).map((d) => [d.id, d])).values()]
  const groups = [...new Set(values.flatMap((v) => v.legalGroup ?? []))]
  const describe = (vals: IndicatorValue[]) => {
    const sorted = [...vals].sort((a, b) => a.year - b.year)
    const first = sorted[0]
    const last = sorted.at(-1)
    return first && last
      ? sentence(t, 'chartDescription', { name, first: formatYear(first.year, locale), last: formatYear(last.year, locale), firstValue: compose.withUnit(formatNumber(first.value, locale), unit), lastValue: compose.withUnit(formatNumber(last.value, locale), unit) })
      : name
  }
  const computed = indicator.computed ? await computeIndicator(await payloadClient(), indicator.computed, town.id) : null
  const computedLabel = (key: string) =>
    indicator.computed === 'counselling-per-language' ? spokenLanguageName(key, locale) : indicator.computed === 'portal-views-per-locale' ? languageNameIn(key, locale) : name
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <Breadcrumbs locale={locale} town={town} page="indicator" />
        <h1>
          <LocalizedText as="span" value={pick(indicator.name)} reader={locale} notice={false} />
        </h1>
        <LocalizedText className="lead" value={pick(indicator.definition)} reader={locale} />
        <div className="facts card">
          <dl className="meta">
            {indicator.source ? (
              <div>
                <dt>{t('source')}</dt>
                <dd lang="de">{indicator.source}</dd>
              </div>
            ) : null}
            {unit ? (
              <div>
                <dt>{t('unit')}</dt>
                <dd>{unit}</dd>
              </div>
            ) : null}
            {typeof baseline?.value === 'number' ? (
              <div>
                <dt>{t('baseline')}</dt>
                <dd>
                  <Sentence text={compose.inYear(compose.withUnit(formatNumber(baseline.value, locale), unit), baseline.year ? formatYear(baseline.year, locale) : '')} />
                </dd>
              </div>
            ) : null}
            {typeof target?.value === 'number' ? (
              <div>
                <dt>{t('target')}</dt>
                <dd>
                  <Sentence text={compose.withPart(compose.inYear(compose.withUnit(formatNumber(target.value, locale), unit), target.year ? formatYear(target.year, locale) : ''), t(`direction_${indicator.direction}`))} />
                </dd>
              </div>
            ) : null}
          </dl>
        </div>
        {computed ? (
          <section className="block">
            <p className="hint">{t('computed')}</p>
            <BarList rows={computed.map((r) => ({ key: r.key, label: computedLabel(r.key), value: r.value }))} locale={locale} caption={name} />
          </section>
        ) : null}
        {townValues.length ? (
          <section className="block" aria-labelledby="over-time">
            <h2 id="over-time">{t('overTime')}</h2>
            <LineChart
              id="chart-town"
              title={compose.withPart(name, t('town'))}
              description={describe(townValues)}
              series={[series('town', t('town'), townValues)]}
              target={typeof target?.value === 'number' ? { value: target.value, label: sentence(t, 'targetLine', { year: target.year ? formatYear(target.year, locale) : '', value: formatNumber(target.value, locale) }) } : null}
              unit={unit}
              locale={locale}
              yearLabel={t('year')}
            />
          </section>
        ) : null}
        {districts.length ? (
          <section className="block" aria-labelledby="by-district">
            <h2 id="by-district">{t('byDistrict')}</h2>
            <LineChart
              id="chart-districts"
              title={compose.withPart(name, t('byDistrict'))}
              description={describe(townValues.length ? townValues : values)}
              series={districts.map((d) => series(d.id, pick(d.name)?.value ?? d.slug, values.filter((v) => v.district?.id === d.id)))}
              unit={unit}
              locale={locale}
              yearLabel={t('year')}
            />
          </section>
        ) : null}
        {groups.length ? (
          <section className="block" aria-labelledby="by-group">
            <h2 id="by-group">{t('byGroup')}</h2>
            <LineChart
              id="chart-groups"
              title={compose.withPart(name, t('byGroup'))}
              description={describe(townValues.length ? townValues : values)}
              series={groups.map((g) => series(g, tg(g), values.filter((v) => v.legalGroup === g && !v.district)))}
              unit={unit}
              locale={locale}
              yearLabel={t('year')}
            />
          </section>
        ) : null}
      </div>
    </PortalShell>
  )
}

export default withNotFound(IndicatorPage)
