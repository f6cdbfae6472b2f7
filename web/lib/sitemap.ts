import { noteTags } from '@cms/cache/renderNotes'
import { pageTags } from '@shared/cacheTags'
import type { Locale } from '@shared/locales'
import { TOWN_ROUTE_NAMES, TOWN_ROUTES, townPathFor, type RouteSpec, type TownRouteName } from '@shared/routes'
import { pathOf } from '@shared/tree'
import { guideTree } from './guide'
import { payloadClient } from './payload'
import type { Town } from './towns'

export interface SitemapEntry {
  /** Path below the language, e.g. "/eisenach/services/migrationsberatung". */
  path: string
  lastModified?: string
}

type SitemapCollection = Extract<(typeof TOWN_ROUTES)[TownRouteName]['sitemap'], string>

/** The published documents of one collection of a town, as sitemap entries of a route. */
async function documentPages(name: TownRouteName, collection: Exclude<SitemapCollection, 'pages'>, town: Town): Promise<SitemapEntry[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    where: { municipality: { equals: town.id } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { slug: true, updatedAt: true },
  })
  // Payload types a query over a union of collections as the union of every selection.
  return docs.flatMap((d) => ('slug' in d && typeof d.slug === 'string' ? [{ path: townPathFor(name, town.slug, d.slug), lastModified: 'updatedAt' in d ? d.updatedAt : undefined }] : []))
}

/** The guide's pages, addressed by their path through the tree. */
async function guidePages(name: TownRouteName, town: Town): Promise<SitemapEntry[]> {
  const tree = await guideTree(town.id)
  return tree.map((node) => ({ path: townPathFor(name, town.slug, pathOf(tree, node).split('/')) }))
}

/**
 * Every public page of a town (published documents only), without the language prefix: the
 * route table's entries marked for the sitemap, one per page or one per document.
 */
export async function townPages(town: Town): Promise<SitemapEntry[]> {
  noteTags(pageTags(town.id, TOWN_ROUTE_NAMES.flatMap((name) => TOWN_ROUTES[name].shows)))
  const lists = await Promise.all(
    TOWN_ROUTE_NAMES.map((name): Promise<SitemapEntry[]> | SitemapEntry[] => {
      const spec: RouteSpec = TOWN_ROUTES[name]
      if (spec.sitemap === true) return [{ path: townPathFor(name, town.slug, []) }]
      if (spec.sitemap === 'pages') return guidePages(name, town)
      if (spec.sitemap === undefined) return []
      return isSitemapCollection(spec.sitemap) ? documentPages(name, spec.sitemap, town) : []
    }),
  )
  return lists.flat()
}

const DOCUMENT_COLLECTIONS = ['services', 'organizations', 'events', 'news', 'action-fields', 'measures', 'indicators', 'plan-editions'] as const

function isSitemapCollection(collection: string): collection is Exclude<SitemapCollection, 'pages'> {
  return DOCUMENT_COLLECTIONS.some((c) => c === collection)
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
