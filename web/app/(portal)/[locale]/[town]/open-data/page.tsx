import { getTranslations } from '@web/i18n/translations'
import { resolveLicense } from '@cms/hsds/export/license'
import { route } from '@shared/routes'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { PortalShell } from '@web/components/PortalShell'
import { townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'openData'>

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('openData', props)
  const t = await getTranslations({ locale, namespace: 'OpenData' })
  return social({ title: await townTitle(locale, t('title'), town.name), description: sentence(t, 'intro', { town: town.name }), alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale) }, locale)
}

/** What the town publishes for reuse: the directory as Open Referral HSDS, feeds, calendars, the plan's data. */
async function OpenDataPage(props: Props) {
  const { locale, town, page } = await townPage('openData', props)
  const t = await getTranslations('OpenData')
  // The same licence the data package states.
  const license = resolveLicense()
  const at = { locale, town: town.slug }
  // The HSDS API and the sitemap are not portal pages (no language): their own addresses.
  const api = `/api/hsds/${town.slug}`
  const section = (id: string, title: string, items: { href: string; label: string; note?: string }[]) => (
    <section className="block" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="link-list" role="list">
        {items.map((i) => (
          <li key={i.href}>
            <a href={i.href}>{i.label}</a> {i.note ? <span className="hint">{i.note}</span> : null} <code dir="ltr">{i.href}</code>
          </li>
        ))}
      </ul>
    </section>
  )
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <Breadcrumbs locale={locale} town={town} page="openData" />
        <h1>{t('title')}</h1>
        <p className="lead"><Sentence text={sentence(t, 'intro', { town: town.name })} /></p>
        <p className="notice" role="note">
          {t('license')}{' '}
          {/* The licence's own name (Latin script) stays isolated: the full stop after it belongs to the sentence. */}
          <bdi>
            {license.path ? (
              <a href={license.path} rel="license">
                {license.title ?? license.name}
              </a>
            ) : (
              license.title ?? license.name
            )}
          </bdi>
          . <Sentence text={sentence(t, 'attribution', { town: town.name })} />
        </p>
        {section('directory', t('directory'), [
          { href: `${api}/`, label: t('api'), note: t('apiNote') },
          { href: `${api}/services`, label: t('services') },
          { href: `${api}/export.json`, label: t('exportJson') },
          { href: `${api}/export/datapackage.json`, label: t('datapackage') },
          { href: `${api}/export.zip`, label: t('zip') },
        ])}
        {section('feeds', t('feeds'), [
          { href: route.newsRss(at), label: t('rss') },
          { href: route.newsAtom(at), label: t('atom') },
          { href: route.eventsCalendar(at), label: t('calendar') },
        ])}
        {section('plan', t('plan'), [
          { href: route.measuresCsv(at), label: t('measuresCsv') },
          { href: route.indicatorsCsv(at), label: t('indicatorsCsv') },
        ])}
        {section('sitemap', t('sitemap'), [{ href: `/sitemaps/${town.slug}.xml`, label: t('sitemap') }])}
      </div>
    </PortalShell>
  )
}

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(OpenDataPage)
