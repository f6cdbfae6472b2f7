import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { pickLocalized } from '@shared/localized'
import { NOT_FOUND_SEGMENT } from '@shared/routes'
import { PlanBreadcrumbs } from '@web/components/plan/PlanBreadcrumbs'
import { JsonLd } from '@web/components/JsonLd'
import { LocalizedRichText } from '@web/components/LocalizedRichText'
import { LocalizedText } from '@web/components/LocalizedText'
import { MachineTranslationNotice } from '@web/components/MachineTranslationNotice'
import { ProgressBar } from '@web/components/plan/ProgressBar'
import { StatusBadge } from '@web/components/plan/StatusBadge'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate, formatNumber } from '@web/lib/format'
import { formatList } from '@web/lib/list'
import { alternates, social } from '@web/lib/metadata'
import { getMeasure, loadPlan } from '@web/lib/plan'
import { planPage } from '@web/lib/planPage'
import { recordView } from '@web/lib/recordView'

type Args = { params: Promise<{ locale: string; town: string; slug: string }> }
type Doc = Record<string, unknown>
type Loc = Record<string, string | null>

async function load(params: Args['params']) {
  const { slug } = await params
  const page = await planPage(params, `/measures/${slug}`)
  const measure = await getMeasure(page.town.id, slug)
  if (!measure) redirect(`/${page.locale}/${NOT_FOUND_SEGMENT}`)
  return { ...page, measure }
}

export async function generateMetadata({ params }: Args) {
  const { locale, town, measure } = await load(params)
  return social({
    title: `${pickLocalized(measure.title as Loc, locale, town.defaultLocale)?.value} – ${town.name}`,
    alternates: alternates(`/${town.slug}/plan/measures/${measure.slug}`, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
}

const objects = (v: unknown) => ((v as unknown[] | null) ?? []).filter((x): x is Doc => Boolean(x) && typeof x === 'object')

/** One measure: why, who, since when, with what money, how far, the status history, reports and what it produced. */
export default async function MeasurePage({ params }: Args) {
  const { locale, town, base, path, measure } = await load(params)
  await recordView(town, 'measure', locale, path, String(measure.id))
  const [t, ts, tf, plan] = await Promise.all([getTranslations('Plan'), getTranslations('MeasureStatus'), getTranslations('Funding'), loadPlan(town.id)])
  const pick = (v: unknown) => pickLocalized(v as Loc, locale, town.defaultLocale)
  const date = (iso: unknown) => (iso ? formatDate(String(iso), locale, town.timeZone) : '')
  const rolled = plan.measures.find((m) => m.id === String(measure.id))
  const field = measure.actionField && typeof measure.actionField === 'object' ? (measure.actionField as Doc) : null
  const org = measure.responsibleOrganization && typeof measure.responsibleOrganization === 'object' ? (measure.responsibleOrganization as Doc) : null
  const period = (measure.period as { start?: string; end?: string } | null) ?? {}
  const funding = (measure.funding as { costEstimate?: number; source?: string; note?: Loc } | null) ?? {}
  const history = ((measure.statusHistory as { id: string; date: string; status: string; note?: Loc }[] | null) ?? []).slice().reverse()
  const reports = ((measure.reports as { id: string; date: string; text?: unknown; attachments?: unknown[] }[] | null) ?? []).slice().sort((a, b) => b.date.localeCompare(a.date))
  const parent = measure.parent && typeof measure.parent === 'object' ? (measure.parent as Doc) : null
  const children = plan.measures.filter((m) => m.parent === String(measure.id))
  const linked = (key: string, field: string, href: (d: Doc) => string) => {
    const items = objects(measure[field])
    return items.length ? (
      <section className="block" aria-labelledby={`l-${field}`}>
        <h2 id={`l-${field}`}>{t(key)}</h2>
        <ul className="link-list" role="list">
          {items.map((d) => (
            <li key={String(d.id)}>
              <a href={href(d)}>
                <LocalizedText as="span" value={pick(d.title ?? d.name)} reader={locale} notice={false} />
              </a>
            </li>
          ))}
        </ul>
      </section>
    ) : null
  }
  const title = pick(measure.title)
  return (
    <PortalShell locale={locale} path={path} locales={town.enabledLocales} town={town}>
      <JsonLd data={{ '@type': 'Project', name: title?.value, url: `/${locale}${path}`, ...(org ? { member: { '@type': 'Organization', name: org.name } } : {}) }} />
      <article className="container narrow section">
        <PlanBreadcrumbs locale={locale} town={town} base={base} more={[...(field ? [{ href: `${base}/${field.slug}`, label: pick(field.title)?.value ?? String(field.slug) }] : [])]} />
        <h1>
          <LocalizedText as="span" value={title} reader={locale} notice={false} />
        </h1>
        <MachineTranslationNotice collection="measures" id={String(measure.id)} locale={locale} source={town.defaultLocale} />
        <p className="status-line">
          <StatusBadge status={String(measure.status)} />
        </p>
        <ProgressBar value={rolled?.progress ?? Number(measure.progress ?? 0)} locale={locale} label={t('progress')} />
        <div className="facts card">
          <dl className="meta">
            <div>
              <dt>{t('responsible')}</dt>
              <dd>
                {org ? <bdi lang="de">{String(org.name)}</bdi> : <LocalizedText as="span" value={pick(measure.responsibleOffice)} reader={locale} />}
              </dd>
            </div>
            {objects(measure.partners).length ? (
              <div>
                <dt>{t('partners')}</dt>
                <dd lang="de">{formatList(objects(measure.partners).map((p) => String(p.name)), locale)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('period')}</dt>
              <dd>{period.end ? t('fromTo', { from: date(period.start), to: date(period.end) }) : period.start ? `${t('since', { date: date(period.start) })} (${t('ongoing')})` : t('ongoing')}</dd>
            </div>
            {typeof funding.costEstimate === 'number' ? (
              <div>
                <dt>{t('cost')}</dt>
                <dd>{new Intl.NumberFormat(locale === 'de-x-ls' ? 'de' : locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(funding.costEstimate)}</dd>
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
                  <bdi dir="ltr">{String(measure.councilResolution)}</bdi>
                </dd>
              </div>
            ) : null}
            {objects(measure.goals).length ? (
              <div>
                <dt>{t('goals')}</dt>
                <dd>
                  <ul>
                    {objects(measure.goals).map((g) => (
                      <li key={String(g.id)}>
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
                  <a href={`${base}/measures/${parent.slug}`}>
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
                  <a href={`${base}/measures/${c.slug}`}>
                    <LocalizedText as="span" value={pick(c.title)} reader={locale} notice={false} />
                  </a>{' '}
                  – {ts(c.status)}, {formatNumber(c.progress, locale, 0)} %
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
                return (
                  <li key={r.id}>
                    <article className="card">
                      <p className="card-kicker">
                        <time dateTime={r.date}>{date(r.date)}</time>
                      </p>
                      <LocalizedRichText value={r.text} reader={locale} townDefault={town.defaultLocale} />
                      {objects(r.attachments).length ? (
                        <ul className="link-list" role="list" aria-label={t('attachments')}>
                          {objects(r.attachments).map((a) => (
                            <li key={String(a.id)}>
                              <a href={String(a.url)}>{String(a.filename)}</a>
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
                  <time dateTime={h.date}>{date(h.date)}</time> – {ts(h.status)}
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
        {linked('measuredBy', 'indicators', (d) => `${base}/indicators/${d.slug}`)}
        {linked('linkedServices', 'services', (d) => `/${locale}/${town.slug}/services/${d.slug}`)}
        {linked('linkedEvents', 'events', (d) => `/${locale}/${town.slug}/events/${d.slug}`)}
        {linked('linkedNews', 'news', (d) => `/${locale}/${town.slug}/news/${d.slug}`)}
      </article>
    </PortalShell>
  )
}
