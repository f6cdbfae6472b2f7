import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { listNews } from './news'
import type { Town } from './towns'

export interface FeedItem {
  id: string
  title: string
  summary: string
  link: string
  published: Date | null
  /** The language the title is really in (a fallback when missing in the feed's). */
  language: string
}

const FEED_SIZE = 50

/**
 * A town's latest news for a feed in one language (texts missing in it come from the fallback
 * chain), with `base`, the absolute address of the news page the feed belongs to.
 */
export async function newsFeedItems(town: Town, locale: Locale, origin: string): Promise<{ items: FeedItem[]; base: string }> {
  const { docs } = await listNews(town.id, 1, FEED_SIZE)
  const items = docs.map((item) => {
    const title = pickLocalized(item.title, locale, town.defaultLocale)
    return {
      id: item.id,
      title: title?.value ?? item.slug,
      summary: pickLocalized(item.lead, locale, town.defaultLocale)?.value ?? '',
      link: `${origin}${route.newsItem({ locale, town: town.slug, slug: item.slug })}`,
      published: item.publishedAt ? new Date(item.publishedAt) : null,
      language: title?.locale ?? locale,
    }
  })
  return { items, base: `${origin}${route.news({ locale, town: town.slug })}` }
}

export const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)

export function feedResponse(xml: string, type: 'rss' | 'atom'): Response {
  return new Response(xml, { headers: { 'Content-Type': `application/${type}+xml; charset=utf-8`, 'Cache-Control': 'public, max-age=300' } })
}
