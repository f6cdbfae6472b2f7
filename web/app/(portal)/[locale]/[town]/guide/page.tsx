import { getTranslations } from '@web/i18n/translations'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { childrenOf } from '@shared/tree'
import { Sentence } from '@web/components/BidiText'
import { LocalizedText } from '@web/components/LocalizedText'
import { PortalShell } from '@web/components/PortalShell'
import { TileGrid } from '@web/components/TileGrid'
import { guidePath, guideTree, type GuideNode } from '@web/lib/guide'
import { townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'guide'>

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('guide', props)
  const t = await getTranslations({ locale, namespace: 'Guide' })
  return social({ title: await townTitle(locale, t('title'), town.name), alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale) }, locale)
}

/** The guide's table of contents: the top pages and their sub-pages. */
async function GuideIndex(props: Props) {
  const { locale, town, page } = await townPage('guide', props)
  const [t, nodes] = await Promise.all([getTranslations('Guide'), guideTree(town.id)])
  const href = (node: GuideNode) => route.guidePage({ locale, town: town.slug, path: guidePath(nodes, node) })
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container section">
        <h1>{t('title')}</h1>
        <p className="lead">
          <Sentence text={sentence(t, 'intro', { town: town.name })} />
        </p>
        {nodes.length === 0 ? <p>{t('empty')}</p> : null}
        {childrenOf(nodes, null).map((top) => (
          <section key={top.id} className="block" aria-labelledby={`g-${top.id}`}>
            <h2 id={`g-${top.id}`}>
              <a href={href(top)}>
                <LocalizedText as="span" value={pickLocalized(top.title, locale, town.defaultLocale)} reader={locale} notice={false} />
              </a>
            </h2>
            <TileGrid
              locale={locale}
              fallbackIcon="book"
              tiles={childrenOf(nodes, top.id).map((child) => ({
                id: child.id,
                href: href(child),
                icon: child.icon ?? null,
                label: pickLocalized(child.title, locale, town.defaultLocale),
              }))}
            />
          </section>
        ))}
      </div>
    </PortalShell>
  )
}

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(GuideIndex)
