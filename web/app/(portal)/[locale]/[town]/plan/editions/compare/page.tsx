import { getTranslations } from '@web/i18n/translations'
import { pickLocalized } from '@shared/localized'
import { diffEditions, isEmptyDiff, type SnapshotMeasure } from '@shared/planEditions'
import { readParam } from '@shared/queryParams'
import { route } from '@shared/routes'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { LocalizedText } from '@web/components/LocalizedText'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate, formatNumber, formatPercent, formatYear } from '@web/lib/format'
import { getCompose, townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { listEditions, type Edition } from '@web/lib/plan'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'
import { withNote } from '@shared/isolate'

type Props = TownPageProps<'planCompare'> & { searchParams: Promise<Record<string, string | string[] | undefined>> }

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('planCompare', props)
  const t = await getTranslations({ locale, namespace: 'Plan' })
  return social({ title: await townTitle(locale, t('compareTitle'), town.name), alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale), robots: { index: false } }, locale)
}

/** What changed between two editions: measures added and dropped, status and progress changes, indicator values. */
async function ComparePage(props: Props) {
  const query = await props.searchParams
  const { locale, town, page } = await townPage('planCompare', props)
  const [t, ts, editions, compose] = await Promise.all([getTranslations('Plan'), getTranslations('MeasureStatus'), listEditions(town.id), getCompose(locale)])
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)
  const pickSnapshot = (v: Record<string, string | null>) => pickLocalized(v, locale, town.defaultLocale)
  const a = editions.find((e) => e.slug === readParam(query, 'from')) ?? editions[1]
  const b = editions.find((e) => e.slug === readParam(query, 'to')) ?? editions[0]
  const diff = a?.snapshot && b?.snapshot ? diffEditions(a.snapshot, b.snapshot) : null
  const name = (e: Edition | undefined) => (e ? withNote(pick(e.name)?.value ?? e.slug, formatDate(e.date, locale, town.timeZone)) : '–')
  const measureLink = (m: SnapshotMeasure) => (
    <a href={route.measure({ locale, town: town.slug, slug: m.slug })}>
      <LocalizedText as="span" value={pickSnapshot(m.title)} reader={locale} notice={false} />
    </a>
  )
  const list = (id: string, title: string, items: React.ReactNode[]) =>
    items.length ? (
      <section className="block" aria-labelledby={id}>
        <h2 id={id}>
          <Sentence text={compose.withCount(title, formatNumber(items.length, locale, 0))} />
        </h2>
        <ul className="link-list" role="list">
          {items}
        </ul>
      </section>
    ) : null
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <Breadcrumbs locale={locale} town={town} page="planCompare" />
        <h1>{t('compareTitle')}</h1>
        <p className="lead"><Sentence text={sentence(t, 'statusChange', { from: name(a), to: name(b) })} /></p>
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
                  {measureLink(c.measure)}: <Sentence text={sentence(t, 'statusChange', { from: ts(c.from), to: ts(c.to) })} />
                </li>
              )),
            )}
            {list(
              'progress',
              t('progressChanged'),
              diff.progressChanged.map((c) => (
                <li key={c.measure.id}>
                  {measureLink(c.measure)}: <Sentence text={sentence(t, 'statusChange', { from: formatPercent(c.from, locale), to: formatPercent(c.to, locale) })} />
                </li>
              )),
            )}
            {list(
              'values',
              t('indicatorChanged'),
              diff.indicatorValues.map((c) => (
                <li key={`${c.indicator.id}-${c.year}`}>
                  <a href={route.indicator({ locale, town: town.slug, slug: c.indicator.slug })}>
                    <LocalizedText as="span" value={pickSnapshot(c.indicator.name)} reader={locale} notice={false} />
                  </a>{' '}
                  <bdi>{formatYear(Number(c.year), locale)}</bdi>: <Sentence text={sentence(t, 'statusChange', { from: c.from === null ? '–' : formatNumber(c.from, locale), to: c.to === null ? '–' : formatNumber(c.to, locale) })} />
                </li>
              )),
            )}
          </>
        ) : null}
      </div>
    </PortalShell>
  )
}

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(ComparePage)
