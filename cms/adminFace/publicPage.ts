import type { CollectionSlug, Payload } from 'payload'
import { isLocale, type Locale } from '@shared/locales'
import { documentRouteOf, hrefOf, townPathFor } from '@shared/routes'
import { idOf } from '../access/ids'
import { isRecord } from '../isRecord'
import { TENANT_FIELD } from '../tenant'

/** Where a document is shown on the portal, and whether that page shows it today. */
export interface PublicPage {
  href: string
  /** False while the document has never been published: the address is where it will be. */
  live: boolean
}

const GUIDE_DEPTH = 6

const text = (doc: Record<string, unknown>, key: string): string | null => (typeof doc[key] === 'string' ? String(doc[key]) : null)

/**
 * The public address of one document in the language being edited: the route table's page of
 * its collection, its town's slug and its own slug (a guide page's path through its parents).
 * Null for collections without a page, and for documents without a town or a slug yet.
 * Reads as the system: the person asking opened the document, so they may read it already.
 */
export async function publicPageOf(payload: Payload, collection: string, id: string, locale: string | undefined): Promise<PublicPage | null> {
  const route = documentRouteOf(collection)
  if (!route || !isCollection(payload, collection)) return null
  const doc = await readDoc(payload, collection, id)
  const slug = doc && text(doc, 'slug')
  const townID = doc && idOf(doc[TENANT_FIELD])
  if (!doc || !slug || !townID) return null
  const town = await payload.findByID({ collection: 'municipalities', id: townID, depth: 0, overrideAccess: true, disableErrors: true, select: { slug: true, defaultLocale: true } })
  if (!town?.slug) return null
  const path = collection === 'pages' ? await guidePath(payload, doc, slug) : slug
  const language: Locale = isLocale(locale) ? locale : isLocale(town.defaultLocale) ? town.defaultLocale : 'de'
  const live = !('_status' in doc) || doc._status === 'published'
  return { href: hrefOf({ route, path: townPathFor(route, town.slug, path) }, language), live }
}

function isCollection(payload: Payload, slug: string): slug is CollectionSlug {
  return slug in payload.collections
}

/** The published version where there is one, else the draft (Payload answers the latest). */
async function readDoc(payload: Payload, collection: CollectionSlug, id: string): Promise<Record<string, unknown> | null> {
  const doc: unknown = await payload.findByID({ collection, id, depth: 0, draft: false, overrideAccess: true, disableErrors: true })
  return isRecord(doc) ? doc : null
}

async function guidePath(payload: Payload, page: Record<string, unknown>, slug: string): Promise<string[]> {
  const path = [slug]
  let parent = idOf(page.parent)
  for (let level = 1; parent && level < GUIDE_DEPTH; level++) {
    const doc: unknown = await payload.findByID({ collection: 'pages', id: parent, depth: 0, overrideAccess: true, disableErrors: true, select: { slug: true, parent: true } })
    if (!isRecord(doc) || typeof doc.slug !== 'string') break
    path.unshift(doc.slug)
    parent = idOf(doc.parent)
  }
  return path
}
