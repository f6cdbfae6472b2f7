import { originOf } from '@web/lib/routeTown'

/** Crawlers may read the portal, not the admin, the API or search results (endless, thin pages). */
export function GET(request: Request) {
  const origin = originOf(request)
  const body = ['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api/', 'Disallow: /*/search', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' } })
}
