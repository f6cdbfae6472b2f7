import { getTranslations } from 'next-intl/server'
import { resolveLicense } from '@cms/hsds/export/license'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { PortalShell } from '@web/components/PortalShell'
import { alternates, social } from '@web/lib/metadata'
import { requireLocale, townForPage } from '@web/lib/pageLocale'

type Args = { params: Promise<{ locale: string; town: string }> }

export async function generateMetadata({ params }: Args) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, slug, '/open-data')
  const t = await getTranslations({ locale, namespace: 'OpenData' })
  return social({ title: `${t('title')} – ${town.name}`, description: t('intro', { town: town.name }), alternates: alternates(`/${town.slug}/open-data`, town.enabledLocales, locale, town.defaultLocale) }, locale)
}


/** What the town publishes for reuse: the directory as Open Referral HSDS, feeds, calendars, the plan's data. */
export default async function OpenDataPage({ params }: Args) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, slug, '/open-data')
  const t = await getTranslations('OpenData')
  // The same licence the data package states.
  const license = resolveLicense()
  const base = `/${locale}/${town.slug}`
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
    <PortalShell locale={locale} path={`/${town.slug}/open-data`} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <Breadcrumbs items={[{ href: base, label: town.name }]} />
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro', { town: town.name })}</p>
        <p className="notice" role="note">
          {t('license')}{' '}
          {license.path ? (
            <a href={license.path} rel="license">
              {license.title ?? license.name}
            </a>
          ) : (
            <span>{license.title ?? license.name}</span>
          )}
          . {t('attribution', { town: town.name })}
        </p>
        {section('directory', t('directory'), [
          { href: `${api}/`, label: t('api'), note: t('apiNote') },
          { href: `${api}/services`, label: t('services') },
          { href: `${api}/export.json`, label: t('exportJson') },
          { href: `${api}/export/datapackage.json`, label: t('datapackage') },
          { href: `${api}/export.zip`, label: t('zip') },
        ])}
        {section('feeds', t('feeds'), [
          { href: `${base}/news/feed.xml`, label: t('rss') },
          { href: `${base}/news/feed.atom`, label: t('atom') },
          { href: `${base}/events/calendar.ics`, label: t('calendar') },
        ])}
        {section('plan', t('plan'), [
          { href: `${base}/plan/measures.csv`, label: t('measuresCsv') },
          { href: `${base}/plan/indicators.csv`, label: t('indicatorsCsv') },
        ])}
        {section('sitemap', t('sitemap'), [{ href: `/sitemaps/${town.slug}.xml`, label: t('sitemap') }])}
      </div>
    </PortalShell>
  )
}
