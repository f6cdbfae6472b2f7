import { getTranslations } from '@web/i18n/translations'
import { pickLocalized } from '@shared/localized'
import { LocalizedText } from '@web/components/LocalizedText'
import { ProgressBar } from '@web/components/plan/ProgressBar'
import { StatusCounts } from '@web/components/plan/StatusCounts'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate, formatNumber, formatPercent, formatYear } from '@web/lib/format'
import { getCompose, townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { listIndicators, loadPlan, summarize, valuesOf } from '@web/lib/plan'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'planReport'>

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('planReport', props)
  const t = await getTranslations({ locale, namespace: 'Plan' })
  return social({ title: await townTitle(locale, t('report'), town.name), alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale) }, locale)
}

/** The whole plan on one page, made for printing (or "save as PDF" in the browser). */
async function PlanReport(props: Props) {
  const { locale, town, page } = await townPage('planReport', props)
  const [t, ts, plan, indicators, compose] = await Promise.all([getTranslations('Plan'), getTranslations('MeasureStatus'), loadPlan(town.id), listIndicators(town.id), getCompose(locale)])
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)
  const all = summarize(plan.measures)
  const date = (iso?: string | null) => (iso ? formatDate(iso, locale, town.timeZone) : '')
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <article className="container section report">
        <h1>
          <Sentence text={compose.pageOfTown(t('title'), town.name)} />
        </h1>
        <p className="lead"><Sentence text={sentence(t, 'snapshotOf', { date: date(new Date().toISOString()) })} /></p>
        <StatusCounts counts={all.counts} />
        <ProgressBar value={all.progress} locale={locale} label={t('progress')} />
        {plan.fields.map((field) => {
          const measures = plan.measures.filter((m) => m.actionField === field.id)
          return (
            // Not a named landmark itself: its table's scroll box is the region with this name (two would repeat it).
            <section key={field.id} className="report-field">
              <h2 id={`r-${field.id}`}>
                <LocalizedText as="span" value={pick(field.title)} reader={locale} notice={false} />
              </h2>
              <LocalizedText value={pick(field.description)} reader={locale} />
              {/* Focusable so that keyboard users can scroll a wide table on a phone. */}
              <div className="table-scroll" tabIndex={0} role="region" aria-label={pick(field.title)?.value}>
                <table className="data-table">
                  <caption className="visually-hidden">{pick(field.title)?.value}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('measures')}</th>
                      <th scope="col">{t('status')}</th>
                      <th scope="col">{t('progress')}</th>
                      <th scope="col">{t('responsible')}</th>
                      <th scope="col">{t('period')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {measures.map((m) => (
                      <tr key={m.id}>
                        <th scope="row">
                          <LocalizedText as="span" value={pick(m.title)} reader={locale} notice={false} />
                        </th>
                        <td>{ts(m.status)}</td>
                        <td className="num">{formatPercent(m.progress, locale)}</td>
                        <td>{m.responsibleOrganization?.name ? <bdi lang="de">{m.responsibleOrganization.name}</bdi> : <LocalizedText as="span" value={pick(m.responsibleOffice)} reader={locale} />}</td>
                        <td>
                          <Sentence text={m.period?.end ? sentence(t, 'fromTo', { from: date(m.period.start), to: date(m.period.end) }) : sentence(t, 'since', { date: date(m.period?.start) })} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )
        })}
        <section className="report-field">
          <h2 id="r-indicators">{t('indicators')}</h2>
          {/* Focusable so that keyboard users can scroll a wide table on a phone. */}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('indicators')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('indicators')}</th>
                  <th scope="col">{t('baseline')}</th>
                  <th scope="col">{t('latest')}</th>
                  <th scope="col">{t('target')}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((i) => {
                  const latest = valuesOf(i)
                    .filter((v) => !v.district && !v.legalGroup)
                    .sort((a, b) => b.year - a.year)[0]
                  const { baseline, target } = i
                  const unit = pick(i.unit)?.value ?? ''
                  const value = (v: { value?: number | null; year?: number | null } | null | undefined) =>
                    typeof v?.value === 'number' ? <Sentence text={compose.inYear(compose.withUnit(formatNumber(v.value, locale), unit), v.year ? formatYear(v.year, locale) : '')} /> : null
                  return (
                    <tr key={i.id}>
                      <th scope="row">
                        <LocalizedText as="span" value={pick(i.name)} reader={locale} notice={false} />
                      </th>
                      <td className="num">{value(baseline)}</td>
                      <td className="num">{value(latest)}</td>
                      <td className="num">{value(target)}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </section>
      </article>
    </PortalShell>
  )
}

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(PlanReport)
