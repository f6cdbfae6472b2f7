import { getTranslations } from 'next-intl/server'
import { diffEditions, isEmptyDiff } from '@shared/planEditions'
import { pickLocalized } from '@shared/localized'
import { readParam } from '@shared/queryParams'
import { PlanBreadcrumbs } from '@web/components/plan/PlanBreadcrumbs'
import { LocalizedText } from '@web/components/LocalizedText'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate, formatNumber } from '@web/lib/format'
import { alternates, social } from '@web/lib/metadata'
import { listEditions } from '@web/lib/plan'
import { planPage } from '@web/lib/planPage'

type Args = { params: Promise<{ locale: string; town: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Args) {
  const { locale, town } = await planPage(params, '/editions/compare')
  const t = await getTranslations({ locale, namespace: 'Plan' })
  return social({ title: `${t('compareTitle')} – ${town.name}`, alternates: alternates(`/${town.slug}/plan/editions/compare`, town.enabledLocales, locale, town.defaultLocale), robots: { index: false } }, locale)
}

/** What changed between two editions: measures added and dropped, status and progress changes, indicator values. */
export default async function ComparePage({ params, searchParams }: Args) {
  const query = await searchParams
  const { locale, town, base, path } = await planPage(params, '/editions/compare')
  const [t, ts, editions] = await Promise.all([getTranslations('Plan'), getTranslations('MeasureStatus'), listEditions(town.id)])
  const pick = (v: Record<string, string | null>) => pickLocalized(v, locale, town.defaultLocale)
  const a = editions.find((e) => e.slug === readParam(query, 'from')) ?? editions[1]
  const b = editions.find((e) => e.slug === readParam(query, 'to')) ?? editions[0]
  const diff = a?.snapshot && b?.snapshot ? diffEditions(a.snapshot, b.snapshot) : null
  const name = (e: typeof a) => (e ? `${pick(e.name)?.value ?? e.slug} (${formatDate(e.date, locale, town.timeZone)})` : '–')
  const measureLink = (m: { slug: string; title: Record<string, string | null> }) => (
    <a href={`${base}/measures/${m.slug}`}>
      <LocalizedText as="span" value={pick(m.title)} reader={locale} notice={false} />
    </a>
  )
  const list = (id: string, title: string, items: React.ReactNode[]) =>
    items.length ? (
      <section className="block" aria-labelledby={id}>
        <h2 id={id}>
          {title} <span className="count">({items.length})</span>
        </h2>
        <ul className="link-list" role="list">
          {items}
        </ul>
      </section>
    ) : null
  return (
    <PortalShell locale={locale} path={path} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <PlanBreadcrumbs locale={locale} town={town} base={base} more={[{ href: `${base}/editions`, label: t('editions') }]} />
        <h1>{t('compareTitle')}</h1>
        <p className="lead">{t('statusChange', { from: name(a), to: name(b) })}</p>
        {!diff || isEmptyDiff(diff) ? <p>{t('noChanges')}</p> : null}
        {diff ? (
          <>
            {list('added', t('added'), diff.added.map((m) => <li key={m.id}>{measureLink(m)}</li>))}
            {list('removed', t('removed'), diff.removed.map((m) => <li key={m.id}>{measureLink(m)}</li>))}
            {list(
              'status',
              t('statusChanged'),
              diff.statusChanged.map((c) => (
                <li key={c.measure.id}>
                  {measureLink(c.measure)}: {t('statusChange', { from: ts(c.from), to: ts(c.to) })}
                </li>
              )),
            )}
            {list(
              'progress',
              t('progressChanged'),
              diff.progressChanged.map((c) => (
                <li key={c.measure.id}>
                  {measureLink(c.measure)}: {t('statusChange', { from: `${formatNumber(c.from, locale, 0)} %`, to: `${formatNumber(c.to, locale, 0)} %` })}
                </li>
              )),
            )}
            {list(
              'values',
              t('indicatorChanged'),
              diff.indicatorValues.map((c) => (
                <li key={`${c.indicator.id}-${c.year}`}>
                  <a href={`${base}/indicators/${c.indicator.slug}`}>
                    <LocalizedText as="span" value={pick(c.indicator.name)} reader={locale} notice={false} />
                  </a>{' '}
                  {c.year}: {t('statusChange', { from: c.from === null ? '–' : formatNumber(c.from, locale), to: c.to === null ? '–' : formatNumber(c.to, locale) })}
                </li>
              )),
            )}
          </>
        ) : null}
      </div>
    </PortalShell>
  )
}
