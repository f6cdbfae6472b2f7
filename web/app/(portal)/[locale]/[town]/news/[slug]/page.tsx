import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { pickLocalized } from '@shared/localized'
import { NOT_FOUND_SEGMENT } from '@shared/routes'
import { JsonLd } from '@web/components/JsonLd'
import { LocalizedRichText } from '@web/components/LocalizedRichText'
import { LocalizedText } from '@web/components/LocalizedText'
import { MachineTranslationNotice } from '@web/components/MachineTranslationNotice'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate } from '@web/lib/format'
import { alternates, social } from '@web/lib/metadata'
import { getNews } from '@web/lib/news'
import { requireLocale, townForPage } from '@web/lib/pageLocale'
import { recordView } from '@web/lib/recordView'

type Params = { params: Promise<{ locale: string; town: string; slug: string }> }
type Loc = Record<string, string | null>

async function load({ params }: Params) {
  const { locale: raw, town: townSlug, slug } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, townSlug, `/news/${slug}`)
  const item = await getNews(town.id, slug)
  if (!item) redirect(`/${locale}/${NOT_FOUND_SEGMENT}`)
  return { locale, town, item }
}

export async function generateMetadata(args: Params) {
  const { locale, town, item } = await load(args)
  await recordView(town, 'news', locale, `/${town.slug}/news/${item.slug}`, String(item.id))
  return social({
    title: pickLocalized(item.title as Loc, locale, town.defaultLocale)?.value,
    description: pickLocalized(item.lead as Loc, locale, town.defaultLocale)?.value,
    alternates: alternates(`/${town.slug}/news/${item.slug}`, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
}

/** One news item, with schema.org NewsArticle data. */
export default async function NewsItem(args: Params) {
  const { locale, town, item } = await load(args)
  const t = await getTranslations('News')
  const title = pickLocalized(item.title as Loc, locale, town.defaultLocale)
  const jsonLd = {
    '@type': 'NewsArticle',
    headline: title?.value,
    datePublished: item.publishedAt,
    inLanguage: title?.locale,
    publisher: { '@type': 'GovernmentOrganization', name: town.name },
  }
  return (
    <PortalShell locale={locale} path={`/${town.slug}/news/${item.slug}`} locales={town.enabledLocales} town={town}>
      <JsonLd data={jsonLd} />
      <article className="container narrow">
        <p className="card-kicker">{item.publishedAt ? formatDate(String(item.publishedAt), locale, town.timeZone) : null}</p>
        <h1>
          <LocalizedText as="span" value={title} reader={locale} notice={false} />
        </h1>
        <MachineTranslationNotice collection="news" id={String(item.id)} locale={locale} source={town.defaultLocale} />
        <LocalizedText className="lead" value={pickLocalized(item.lead as Loc, locale, town.defaultLocale)} reader={locale} />
        <LocalizedRichText value={item.body} reader={locale} townDefault={town.defaultLocale} />
        <p>
          <a href={`/${locale}/${town.slug}/news`}>{t('all')}</a>
        </p>
      </article>
    </PortalShell>
  )
}
