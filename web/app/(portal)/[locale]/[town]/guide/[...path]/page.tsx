import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { pickLocalized } from '@shared/localized'
import { NOT_FOUND_SEGMENT } from '@shared/routes'
import { ancestry, childrenOf, findByPath, neighbours, pathOf } from '@shared/tree'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { LocalizedText } from '@web/components/LocalizedText'
import { LocalizedRichText } from '@web/components/LocalizedRichText'
import { MachineTranslationNotice } from '@web/components/MachineTranslationNotice'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate } from '@web/lib/format'
import { guidePage, guideTree } from '@web/lib/guide'
import { alternates, social } from '@web/lib/metadata'
import { requireLocale, townForPage } from '@web/lib/pageLocale'
import { recordView } from '@web/lib/recordView'

type Params = { params: Promise<{ locale: string; town: string; path: string[] }> }
type Loc = Record<string, string | null>

async function load({ params }: Params) {
  const { locale: raw, town: townSlug, path } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, townSlug, `/guide/${path.join('/')}`)
  const nodes = await guideTree(town.id)
  const node = findByPath(nodes, path)
  if (!node) redirect(`/${locale}/${NOT_FOUND_SEGMENT}`)
  return { locale, town, nodes, node }
}

export async function generateMetadata(args: Params) {
  const { locale, town, nodes, node } = await load(args)
  await recordView(town, 'guide', locale, `/${town.slug}/guide/${pathOf(nodes, node)}`, node.id)
  return social({
    title: pickLocalized(node.title, locale, town.defaultLocale)?.value,
    description: pickLocalized(node.summary, locale, town.defaultLocale)?.value,
    alternates: alternates(`/${town.slug}/guide/${pathOf(nodes, node)}`, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
}

/** A guide page: breadcrumbs, the text, its sub-pages, related services, previous/next. */
export default async function GuidePage(args: Params) {
  const { locale, town, nodes, node } = await load(args)
  const [t, page] = await Promise.all([getTranslations(), guidePage(node.id)])
  const pick = (v: unknown) => pickLocalized(v as Loc, locale, town.defaultLocale)
  const href = (n: typeof node) => `/${locale}/${town.slug}/guide/${pathOf(nodes, n)}`
  const services = ((page?.relatedServices as Record<string, unknown>[] | null) ?? []).filter((s) => s && typeof s === 'object')
  const { previous, next } = neighbours(nodes, node)
  const children = childrenOf(nodes, node.id)
  const reviewed = page?.lastReviewedAt as string | undefined
  return (
    <PortalShell locale={locale} path={`/${town.slug}/guide/${pathOf(nodes, node)}`} locales={town.enabledLocales} town={town}>
      <article className="container narrow guide">
        <Breadcrumbs
          items={[
            { href: `/${locale}/${town.slug}`, label: town.name },
            { href: `/${locale}/${town.slug}/guide`, label: t('Guide.title') },
            ...ancestry(nodes, node)
              .slice(0, -1)
              .map((a) => ({ href: href(a), label: pick(a.title)?.value ?? a.slug })),
          ]}
        />
        <h1>
          <LocalizedText as="span" value={pick(node.title)} reader={locale} notice={false} />
        </h1>
        <MachineTranslationNotice collection="pages" id={node.id} locale={locale} source={town.defaultLocale} />
        <LocalizedText className="lead" value={pick(node.summary)} reader={locale} />
        <LocalizedRichText value={page?.body} reader={locale} townDefault={town.defaultLocale} />
        {children.length ? (
          <section className="block" aria-labelledby="sub-pages">
            <h2 id="sub-pages">{t('Guide.inThisSection')}</h2>
            <ul className="link-list" role="list">
              {children.map((c) => (
                <li key={c.id}>
                  <a href={href(c)}>{pick(c.title)?.value}</a>
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
                <li key={String(s.id)}>
                  <a href={`/${locale}/${town.slug}/services/${s.slug}`}>
                    <LocalizedText as="span" value={pick(s.title)} reader={locale} notice={false} />
                  </a>
                  <LocalizedText as="span" className="hint block-hint" value={pick(s.summary)} reader={locale} notice={false} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {reviewed ? <p className="last-checked">{t('Guide.lastReviewed', { date: formatDate(reviewed, locale, town.timeZone) })}</p> : null}
        <nav aria-label={t('Guide.pageNavigation')} className="prev-next">
          {previous ? (
            <a href={href(previous)} rel="prev">
              <span className="hint">{t('Guide.previous')}</span> {pick(previous.title)?.value}
            </a>
          ) : (
            <span />
          )}
          {next ? (
            <a href={href(next)} rel="next">
              <span className="hint">{t('Guide.next')}</span> {pick(next.title)?.value}
            </a>
          ) : null}
        </nav>
      </article>
    </PortalShell>
  )
}
