import { getTranslations } from 'next-intl/server'
import { pickLocalized } from '@shared/localized'
import { childrenOf, pathOf } from '@shared/tree'
import { LocalizedText } from '@web/components/LocalizedText'
import { PortalShell } from '@web/components/PortalShell'
import { TileGrid } from '@web/components/TileGrid'
import { guideTree } from '@web/lib/guide'
import { alternates, social } from '@web/lib/metadata'
import { requireLocale, townForPage } from '@web/lib/pageLocale'

type Params = { params: Promise<{ locale: string; town: string }> }

export async function generateMetadata({ params }: Params) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, slug, '/guide')
  const t = await getTranslations({ locale, namespace: 'Guide' })
  return social({ title: `${t('title')} – ${town.name}`, alternates: alternates(`/${town.slug}/guide`, town.enabledLocales, locale, town.defaultLocale) }, locale)
}

/** The guide's table of contents: the top pages and their sub-pages. */
export default async function GuideIndex({ params }: Params) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, slug, '/guide')
  const [t, nodes] = await Promise.all([getTranslations('Guide'), guideTree(town.id)])
  const pick = (v: Record<string, string | null>) => pickLocalized(v, locale, town.defaultLocale)
  return (
    <PortalShell locale={locale} path={`/${town.slug}/guide`} locales={town.enabledLocales} town={town}>
      <div className="container section">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro', { town: town.name })}</p>
        {nodes.length === 0 ? <p>{t('empty')}</p> : null}
        {childrenOf(nodes, null).map((top) => (
          <section key={top.id} className="block" aria-labelledby={`g-${top.id}`}>
            <h2 id={`g-${top.id}`}>
              <a href={`/${locale}/${town.slug}/guide/${pathOf(nodes, top)}`}>
                <LocalizedText as="span" value={pick(top.title)} reader={locale} notice={false} />
              </a>
            </h2>
            <TileGrid
              locale={locale}
              fallbackIcon="book"
              tiles={childrenOf(nodes, top.id).map((page) => ({
                id: page.id,
                href: `/${locale}/${town.slug}/guide/${pathOf(nodes, page)}`,
                icon: page.icon,
                label: pick(page.title),
              }))}
            />
          </section>
        ))}
      </div>
    </PortalShell>
  )
}
