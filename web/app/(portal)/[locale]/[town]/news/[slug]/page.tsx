import { getTranslations } from '@web/i18n/translations'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { JsonLd } from '@web/components/JsonLd'
import { LocalizedRichText } from '@web/components/LocalizedRichText'
import { LocalizedText } from '@web/components/LocalizedText'
import { MachineTranslationNotice } from '@web/components/MachineTranslationNotice'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate } from '@web/lib/format'
import { alternates, social } from '@web/lib/metadata'
import { getNews } from '@web/lib/news'
import { recordView } from '@web/lib/recordView'
import { metadataWithNotFound, townDocPage, type TownPageProps, withNotFound } from '@web/lib/townPage'

type Props = TownPageProps<'newsItem'>

const load = townDocPage('newsItem', (town, { slug }) => getNews(town.id, slug))

export const generateMetadata = metadataWithNotFound(async (props: Props) => {
  const { locale, town, page, doc: item } = await load(props)
  await recordView(town, page, locale, String(item.id))
  return social({
    title: pickLocalized(item.title, locale, town.defaultLocale)?.value,
    description: pickLocalized(item.lead, locale, town.defaultLocale)?.value,
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
})

/** One news item, with schema.org NewsArticle data. */
async function NewsItem(props: Props) {
  const { locale, town, page, doc: item } = await load(props)
  const t = await getTranslations('News')
  const title = pickLocalized(item.title, locale, town.defaultLocale)
  const jsonLd = {
    '@type': 'NewsArticle',
    headline: title?.value,
    datePublished: item.publishedAt,
    inLanguage: title?.locale,
    publisher: { '@type': 'GovernmentOrganization', name: town.name },
  }
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <JsonLd data={jsonLd} />
      <article className="container narrow">
        <p className="card-kicker">{item.publishedAt ? formatDate(item.publishedAt, locale, town.timeZone) : null}</p>
        <h1>
          <LocalizedText as="span" value={title} reader={locale} notice={false} />
        </h1>
        <MachineTranslationNotice collection="news" id={String(item.id)} locale={locale} source={town.defaultLocale} />
        <LocalizedText className="lead" value={pickLocalized(item.lead, locale, town.defaultLocale)} reader={locale} />
        <LocalizedRichText value={item.body} reader={locale} townDefault={town.defaultLocale} />
        <p>
          <a href={route.news({ locale, town: town.slug })}>{t('all')}</a>
        </p>
      </article>
    </PortalShell>
  )
}

export default withNotFound(NewsItem)
