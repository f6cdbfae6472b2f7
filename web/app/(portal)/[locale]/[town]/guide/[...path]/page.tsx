import { getTranslations } from '@web/i18n/translations'
import { EMERGENCY_GUIDE_SLUG } from '@shared/emergencyNumbers'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { ancestry, childrenOf, findByPath, neighbours } from '@shared/tree'
import { Sentence } from '@web/components/BidiText'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { EmergencyCalls } from '@web/components/EmergencyCalls'
import { LocalizedText } from '@web/components/LocalizedText'
import { LocalizedRichText } from '@web/components/LocalizedRichText'
import { MachineTranslationNotice } from '@web/components/MachineTranslationNotice'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate } from '@web/lib/format'
import { guidePage, guidePath, guideTree, type GuideNode } from '@web/lib/guide'
import { alternates, social } from '@web/lib/metadata'
import { recordView } from '@web/lib/recordView'
import { metadataWithNotFound, missingDocument, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'guidePage'>

async function load(props: Props) {
  const loaded = await townPage('guidePage', props)
  const nodes = await guideTree(loaded.town.id)
  const node = findByPath(nodes, [...loaded.params.path]) ?? missingDocument(loaded)
  return { ...loaded, nodes, node }
}

export const generateMetadata = metadataWithNotFound(async (props: Props) => {
  const { locale, town, page, node } = await load(props)
  await recordView(town, page, locale, node.id)
  return social({
    title: pickLocalized(node.title, locale, town.defaultLocale)?.value,
    description: pickLocalized(node.summary, locale, town.defaultLocale)?.value,
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
})

/** A guide page: breadcrumbs, the text, its sub-pages, related services, previous/next. */
async function GuidePage(props: Props) {
  const { locale, town, page, nodes, node } = await load(props)
  const [t, doc] = await Promise.all([getTranslations(), guidePage(node.id)])
  const title = (n: GuideNode) => pickLocalized(n.title, locale, town.defaultLocale)
  const href = (n: GuideNode) => route.guidePage({ locale, town: town.slug, path: guidePath(nodes, n) })
  const services = (doc?.relatedServices ?? []).filter((s) => typeof s === 'object')
  const { previous, next } = neighbours(nodes, node)
  const children = childrenOf(nodes, node.id)
  const reviewed = doc?.lastReviewedAt
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <article className="container narrow guide">
        <Breadcrumbs
          locale={locale}
          town={town}
          page="guidePage"
          more={ancestry(nodes, node)
            .slice(0, -1)
            .map((a) => ({ href: href(a), label: title(a)?.value ?? a.slug }))}
        />
        <h1>
          <LocalizedText as="span" value={title(node)} reader={locale} notice={false} />
        </h1>
        <MachineTranslationNotice collection="pages" id={node.id} locale={locale} source={town.defaultLocale} />
        <LocalizedText className="lead" value={pickLocalized(node.summary, locale, town.defaultLocale)} reader={locale} />
        {/* The numbers first, as buttons: on this page a reader may be in a hurry. */}
        {node.slug === EMERGENCY_GUIDE_SLUG ? <EmergencyCalls /> : null}
        <LocalizedRichText value={doc?.body} reader={locale} townDefault={town.defaultLocale} />
        {children.length ? (
          <section className="block" aria-labelledby="sub-pages">
            <h2 id="sub-pages">{t('Guide.inThisSection')}</h2>
            <ul className="link-list" role="list">
              {children.map((c) => (
                <li key={c.id}>
                  <a href={href(c)}>{title(c)?.value}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {services.length ? (
          <section className="block" aria-labelledby="related">
            <h2 id="related">{t('Guide.relatedServices')}</h2>
            <ul className="link-list" role="list">
              {services.map((s) => (
                <li key={s.id}>
                  <a href={route.service({ locale, town: town.slug, slug: s.slug })}>
                    <LocalizedText as="span" value={pickLocalized(s.title, locale, town.defaultLocale)} reader={locale} notice={false} />
                  </a>
                  <LocalizedText as="span" className="hint block-hint" value={pickLocalized(s.summary, locale, town.defaultLocale)} reader={locale} notice={false} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {reviewed ? <p className="last-checked"><Sentence text={sentence(t, 'Guide.lastReviewed', { date: formatDate(reviewed, locale, town.timeZone) })} /></p> : null}
        <nav aria-label={t('Guide.pageNavigation')} className="prev-next">
          {previous ? (
            <a href={href(previous)} rel="prev">
              <span className="hint">{t('Guide.previous')}</span> {title(previous)?.value}
            </a>
          ) : (
            <span />
          )}
          {next ? (
            <a href={href(next)} rel="next">
              <span className="hint">{t('Guide.next')}</span> {title(next)?.value}
            </a>
          ) : null}
        </nav>
      </article>
    </PortalShell>
  )
}

export default withNotFound(GuidePage)
