import { getTranslations } from '@web/i18n/translations'
import { pickLocalized } from '@shared/localized'
import { hrefOf, route } from '@shared/routes'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { JsonLd } from '@web/components/JsonLd'
import { LocalizedRichText } from '@web/components/LocalizedRichText'
import { LocalizedText } from '@web/components/LocalizedText'
import { MachineTranslationNotice } from '@web/components/MachineTranslationNotice'
import { ProgressBar } from '@web/components/plan/ProgressBar'
import { StatusBadge } from '@web/components/plan/StatusBadge'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate, formatEuros, formatPercent } from '@web/lib/format'
import { formatList } from '@web/lib/list'
import { townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { getMeasure, loadPlan, populated, populatedOne } from '@web/lib/plan'
import { recordView } from '@web/lib/recordView'
import { metadataWithNotFound, townDocPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'measure'>

const load = townDocPage('measure', (town, { slug }) => getMeasure(town.id, slug))

export const generateMetadata = metadataWithNotFound(async (props: Props) => {
  const { locale, town, page, doc: measure } = await load(props)
  return social({
    title: await townTitle(locale, pickLocalized(measure.title, locale, town.defaultLocale)?.value ?? '', town.name),
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
})

/** A linked document as the measure page lists it. */
interface LinkedDoc {
  id: string
  href: string
  label: string | null | undefined
}

/** One measure: why, who, since when, with what money, how far, the status history, reports and what it produced. */
async function MeasurePage(props: Props) {
  const { locale, town, page, doc: measure } = await load(props)
  await recordView(town, page, locale, measure.id)
  const [t, tf, plan] = await Promise.all([getTranslations('Plan'), getTranslations('Funding'), loadPlan(town.id)])
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)
  const date = (iso: string | null | undefined) => (iso ? formatDate(iso, locale, town.timeZone) : '')
  const townSlug = town.slug
  const rolled = plan.measures.find((m) => m.id === measure.id)
  const field = populatedOne(measure.actionField)
  const org = populatedOne(measure.responsibleOrganization)
  const partners = populated(measure.partners)
  const goals = populated(measure.goals)
  const period = measure.period ?? {}
  const funding = measure.funding ?? {}
  const history = (measure.statusHistory ?? []).slice().reverse()
  const reports = (measure.reports ?? []).slice().sort((a, b) => b.date.localeCompare(a.date))
  const parent = populatedOne(measure.parent)
  const children = plan.measures.filter((m) => m.parent === measure.id)
  const linked = (key: string, id: string, items: LinkedDoc[]) =>
    items.length ? (
      <section className="block" aria-labelledby={`l-${id}`}>
        <h2 id={`l-${id}`}>{t(key)}</h2>
        <ul className="link-list" role="list">
          {items.map((d) => (
            <li key={d.id}>
              <a href={d.href}>
                <LocalizedText as="span" value={pick(d.label)} reader={locale} notice={false} />
              </a>
            </li>
          ))}
        </ul>
      </section>
    ) : null
  const title = pick(measure.title)
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <JsonLd data={{ '@type': 'Project', name: title?.value, url: hrefOf(page, locale), ...(org ? { member: { '@type': 'Organization', name: org.name } } : {}) }} />
      <article className="container narrow section">
        <Breadcrumbs
          locale={locale}
          town={town}
          page="measure"
          more={field ? [{ href: route.actionField({ locale, town: townSlug, field: field.slug }), label: pick(field.title)?.value ?? field.slug }] : []}
        />
        <h1>
          <LocalizedText as="span" value={title} reader={locale} notice={false} />
        </h1>
        <MachineTranslationNotice collection="measures" id={measure.id} locale={locale} source={town.defaultLocale} />
        <p className="status-line">
          <StatusBadge status={measure.status} />
        </p>
        <ProgressBar value={rolled?.progress ?? measure.progress ?? 0} locale={locale} label={t('progress')} />
        <div className="facts card">
          <dl className="meta">
            <div>
              <dt>{t('responsible')}</dt>
              <dd>{org ? <bdi lang="de">{org.name}</bdi> : <LocalizedText as="span" value={pick(measure.responsibleOffice)} reader={locale} />}</dd>
            </div>
            {partners.length ? (
              <div>
                <dt>{t('partners')}</dt>
                <dd lang="de">{formatList(partners.map((p) => p.name), locale)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('period')}</dt>
              <dd>{period.end ? <Sentence text={sentence(t, 'fromTo', { from: date(period.start), to: date(period.end) })} /> : period.start ? <Sentence text={sentence(t, 'sinceOngoing', { date: date(period.start) })} /> : t('ongoing')}</dd>
            </div>
            {typeof funding.costEstimate === 'number' ? (
              <div>
                <dt>{t('cost')}</dt>
                <dd>{formatEuros(funding.costEstimate, locale)}</dd>
              </div>
            ) : null}
            {funding.source ? (
              <div>
                <dt>{t('funding')}</dt>
                <dd>
                  {tf(funding.source)} <LocalizedText as="span" className="hint" value={pick(funding.note)} reader={locale} />
                </dd>
              </div>
            ) : null}
            {measure.councilResolution ? (
              <div>
                <dt>{t('councilResolution')}</dt>
                <dd>
                  <bdi dir="ltr">{measure.councilResolution}</bdi>
                </dd>
              </div>
            ) : null}
            {goals.length ? (
              <div>
                <dt>{t('goals')}</dt>
                <dd>
                  <ul>
                    {goals.map((g) => (
                      <li key={g.id}>
                        <LocalizedText as="span" value={pick(g.title)} reader={locale} notice={false} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {parent ? (
              <div>
                <dt>{t('partOf')}</dt>
                <dd>
                  <a href={route.measure({ locale, town: townSlug, slug: parent.slug })}>
                    <LocalizedText as="span" value={pick(parent.title)} reader={locale} notice={false} />
                  </a>
                </dd>
              </div>
            ) : null}
          </dl>
        </div>
        <LocalizedRichText as="section" className="block prose-text" value={measure.description} reader={locale} townDefault={town.defaultLocale} />
        {pick(measure.justification) ? (
          <section className="block" aria-labelledby="why">
            <h2 id="why">{t('justification')}</h2>
            <LocalizedText value={pick(measure.justification)} reader={locale} />
          </section>
        ) : null}
        {children.length ? (
          <section className="block" aria-labelledby="children">
            <h2 id="children">{t('subMeasures')}</h2>
            <ul className="link-list" role="list">
              {children.map((c) => (
                <li key={c.id}>
                  <a href={route.measure({ locale, town: townSlug, slug: c.slug })}>
                    <LocalizedText as="span" value={pick(c.title)} reader={locale} notice={false} />
                  </a>{' '}
                  <StatusBadge status={c.status} /> <span className="hint">{formatPercent(c.progress, locale)}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {reports.length ? (
          <section className="block" aria-labelledby="reports">
            <h2 id="reports">{t('reports')}</h2>
            <ol className="result-list" role="list">
              {reports.map((r) => {
                const attachments = populated(r.attachments)
                return (
                  <li key={r.id}>
                    <article className="card">
                      <p className="card-kicker">
                        <time dateTime={r.date}>{date(r.date)}</time>
                      </p>
                      <LocalizedRichText value={r.text} reader={locale} townDefault={town.defaultLocale} />
                      {attachments.length ? (
                        <ul className="link-list" role="list" aria-label={t('attachments')}>
                          {attachments.map((a) => (
                            <li key={a.id}>
                              <a href={a.url ?? undefined}>{a.filename}</a>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </article>
                  </li>
                )
              })}
            </ol>
          </section>
        ) : null}
        {history.length ? (
          <section className="block" aria-labelledby="history">
            <h2 id="history">{t('statusHistory')}</h2>
            <ol className="timeline">
              {history.map((h) => (
                <li key={h.id}>
                  <time dateTime={h.date}>{date(h.date)}</time> <StatusBadge status={h.status} />
                  {pick(h.note) ? (
                    <>
                      {': '}
                      <LocalizedText as="span" value={pick(h.note)} reader={locale} />
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {linked('measuredBy', 'indicators', populated(measure.indicators).map((d) => ({ id: d.id, href: route.indicator({ locale, town: townSlug, slug: d.slug }), label: d.name })))}
        {linked('linkedServices', 'services', populated(measure.services).map((d) => ({ id: d.id, href: route.service({ locale, town: townSlug, slug: d.slug }), label: d.title })))}
        {linked('linkedEvents', 'events', populated(measure.events).map((d) => ({ id: d.id, href: route.event({ locale, town: townSlug, slug: d.slug }), label: d.title })))}
        {linked('linkedNews', 'news', populated(measure.news).map((d) => ({ id: d.id, href: route.newsItem({ locale, town: townSlug, slug: d.slug }), label: d.title })))}
      </article>
    </PortalShell>
  )
}

export default withNotFound(MeasurePage)
