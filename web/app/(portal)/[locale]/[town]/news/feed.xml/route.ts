import { isLocale } from '../../../../../../../shared/locales'
import { pickLocalized } from '../../../../../../../shared/localized'
import { listNews } from '../../../../../../lib/news'
import { getTown } from '../../../../../../lib/towns'

const escape = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** RSS 2.0 of a town's news in one language (texts missing in it come from the fallback chain). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; town: string }> }) {
  const { locale, town: slug } = await params
  const town = isLocale(locale) ? await getTown(slug) : null
  if (!town || !isLocale(locale) || !town.enabledLocales.includes(locale)) return new Response('Not found', { status: 404 })
  const { docs } = await listNews(town.id, 1, 50)
  const origin = process.env.SERVER_URL || new URL(request.url).origin
  const base = `${origin}/${locale}/${town.slug}/news`
  const items = docs.map((item) => {
    const title = pickLocalized(item.title as Record<string, string>, locale, town.defaultLocale)?.value ?? String(item.slug)
    const lead = pickLocalized(item.lead as Record<string, string>, locale, town.defaultLocale)?.value ?? ''
    return `<item><title>${escape(title)}</title><link>${base}/${item.slug}</link><guid isPermaLink="false">${item.id}</guid>${
      item.publishedAt ? `<pubDate>${new Date(String(item.publishedAt)).toUTCString()}</pubDate>` : ''
    }<description>${escape(lead)}</description></item>`
  })
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escape(town.name)}</title><link>${base}</link><description>${escape(
    town.name,
  )}</description><language>${locale}</language>${items.join('')}</channel></rss>`
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } })
}
