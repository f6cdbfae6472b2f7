import { noteTags } from '@cms/cache/renderNotes'
import { TOWNS_TAG } from '@shared/cacheTags'
import { originOf } from '@web/lib/routeTown'
import { listTowns } from '@web/lib/towns'

/** Sitemap index: one sitemap per town. */
export async function GET(request: Request) {
  noteTags([TOWNS_TAG])
  const origin = originOf(request)
  const towns = await listTowns()
  const items = towns.map((t) => `<sitemap><loc>${origin}/sitemaps/${t.slug}.xml</loc></sitemap>`).join('')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items}</sitemapindex>`
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } })
}
