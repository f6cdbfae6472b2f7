import { escapeXml as escape, feedResponse, newsFeedItems } from '@web/lib/newsFeed'
import { notFoundResponse, originOf, townForRoute } from '@web/lib/routeTown'
import type { TownPageProps } from '@web/lib/townPage'

/** RSS 2.0 of a town's news in one language. */
export async function GET(request: Request, { params }: TownPageProps<'newsRss'>) {
  const { locale: raw, town: slug } = await params
  const found = await townForRoute('newsRss', raw, slug)
  if (!found) return notFoundResponse()
  const { town, locale } = found
  const { items, base } = await newsFeedItems(town, locale, originOf(request))
  const entries = items.map(
    (item) =>
      `<item><title>${escape(item.title)}</title><link>${item.link}</link><guid isPermaLink="false">${item.id}</guid>${
        item.published ? `<pubDate>${item.published.toUTCString()}</pubDate>` : ''
      }<description>${escape(item.summary)}</description></item>`,
  )
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escape(town.name)}</title><link>${base}</link><description>${escape(
    town.name,
  )}</description><language>${locale}</language>${entries.join('')}</channel></rss>`
  return feedResponse(xml, 'rss')
}
