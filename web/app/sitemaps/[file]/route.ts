import { noteTags } from '@cms/cache/renderNotes'
import { TOWNS_TAG } from '@shared/cacheTags'
import { originOf } from '@web/lib/routeTown'
import { sitemapXml, townPages } from '@web/lib/sitemap'
import { getTown } from '@web/lib/towns'

/** The sitemap of one town: `/sitemaps/{town}.xml`, every public page in every language it offers. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const slug = /^([a-z0-9-]+)\.xml$/.exec(file)?.[1]
  const town = slug ? await getTown(slug) : null
  if (!town) {
    noteTags([TOWNS_TAG])
    return new Response('Not found', { status: 404 })
  }
  const xml = sitemapXml(originOf(request), await townPages(town), town.enabledLocales, town.defaultLocale)
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } })
}
