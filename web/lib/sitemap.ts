import type { Locale } from '@shared/locales'
import { pathOf } from '@shared/tree'
import { guideTree } from './guide'
import { payloadClient } from './payload'
import type { Town } from './towns'

export interface SitemapEntry {
  /** Path below the language, e.g. "/eisenach/services/migrationsberatung". */
  path: string
  lastModified?: string
}

type Public = 'services' | 'organizations' | 'events' | 'news' | 'action-fields' | 'measures' | 'indicators' | 'plan-editions'

async function slugs(collection: Public, townID: string): Promise<{ slug: string; updatedAt?: string }[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    where: { municipality: { equals: townID } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { slug: true, updatedAt: true },
  })
  return docs as unknown as { slug: string; updatedAt?: string }[]
}

const STATIC = ['', '/guide', '/services', '/events', '/news', '/plan', '/plan/indicators', '/plan/editions', '/plan/report', '/open-data', '/imprint', '/privacy', '/accessibility']

/** Every public page of a town (published documents only), without the language prefix. */
export async function townPages(town: Town): Promise<SitemapEntry[]> {
  const base = `/${town.slug}`
  const [tree, services, organizations, events, news, fields, measures, indicators, editions] = await Promise.all([
    guideTree(town.id),
    slugs('services', town.id),
    slugs('organizations', town.id),
    slugs('events', town.id),
    slugs('news', town.id),
    slugs('action-fields', town.id),
    slugs('measures', town.id),
    slugs('indicators', town.id),
    slugs('plan-editions', town.id),
  ])
  const under = (prefix: string, docs: { slug: string; updatedAt?: string }[]) => docs.map((d) => ({ path: `${base}${prefix}/${d.slug}`, lastModified: d.updatedAt }))
  return [
    ...STATIC.map((p) => ({ path: `${base}${p}` })),
    ...tree.map((node) => ({ path: `${base}/guide/${pathOf(tree, node)}` })),
    ...under('/services', services),
    ...under('/organizations', organizations),
    ...under('/events', events),
    ...under('/news', news),
    ...under('/plan', fields),
    ...under('/plan/measures', measures),
    ...under('/plan/indicators', indicators),
    ...under('/plan/editions', editions),
  ]
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** A sitemap with one entry per page and language, each listing all its languages (hreflang). */
export function sitemapXml(origin: string, entries: SitemapEntry[], locales: readonly Locale[], defaultLocale: Locale): string {
  const urls = entries.flatMap((entry) => {
    const links = [
      ...locales.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escape(`${origin}/${l}${entry.path}`)}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${escape(`${origin}/${defaultLocale}${entry.path}`)}"/>`,
    ].join('')
    return locales.map(
      (l) => `<url><loc>${escape(`${origin}/${l}${entry.path}`)}</loc>${entry.lastModified ? `<lastmod>${entry.lastModified.slice(0, 10)}</lastmod>` : ''}${links}</url>`,
    )
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>`
}
