import type { Payload, Where } from 'payload'
import { isLocale, type Locale } from '@shared/locales'
import { route } from '@shared/routes'
import { idOf, organizationIDsOf, tenantIDsOf } from '../access/ids'
import type { Media, Municipality } from '../payload-types'

/** What the admin shows of the portal it belongs to: the portal's name, and the town. */
export interface Brand {
  /** The portal's name in the admin language, as the portal itself says it (locales/*.json). */
  portalName: string
  /** The one town the person works for (or the only town of the installation), else null. */
  town: { name: string; color: string | null; logo: string | null; href: string } | null
  /** The portal's front page in the admin language. */
  portalHref: string
}

const HEX = /^#[0-9a-f]{6}$/i

async function portalNameIn(locale: Locale): Promise<string> {
  const messages: unknown = (await import(`../../locales/${locale}.json`, { with: { type: 'json' } })).default
  const name = typeof messages === 'object' && messages && 'Meta' in messages && typeof messages.Meta === 'object' && messages.Meta && 'portalName' in messages.Meta ? messages.Meta.portalName : null
  return typeof name === 'string' ? name : 'Integration portal'
}

function logoURL(logo: Municipality['logo']): string | null {
  const media: Media | null = logo && typeof logo === 'object' ? logo : null
  return media?.url ?? null
}

/** The towns a person works for: an editor's own, a provider's through their organisations. */
async function townIDsOf(payload: Payload, user: unknown): Promise<string[]> {
  const tenants = tenantIDsOf(user)
  const organizations = organizationIDsOf(user)
  if (tenants.length || !organizations.length) return tenants
  const { docs } = await payload.find({ collection: 'organizations', where: { id: { in: organizations } }, depth: 0, pagination: false, overrideAccess: true, draft: false, select: { municipality: true } })
  return [...new Set(docs.map((d) => idOf(d.municipality)).filter((id): id is string => id !== null))]
}

/**
 * The brand for one admin page: `user` is the person logged in (null on the login page, where
 * an installation with one town shows that town). Reads as the system: names, colours and logos
 * are public on the portal anyway.
 */
export async function brandOf(payload: Payload, user: unknown, adminLanguage: string): Promise<Brand> {
  const locale: Locale = isLocale(adminLanguage) ? adminLanguage : 'de'
  const own = await townIDsOf(payload, user)
  const where: Where = own.length === 1 && own[0] ? { id: { equals: own[0] } } : {}
  const { docs, totalDocs } = await payload.find({ collection: 'municipalities', where, depth: 1, limit: 2, overrideAccess: true, select: { name: true, slug: true, theme: true, logo: true } })
  const one = totalDocs === 1 ? docs[0] : undefined
  const color = one?.theme?.primaryColor
  return {
    portalName: await portalNameIn(locale),
    town: one ? { name: one.name, color: color && HEX.test(color) ? color : null, logo: logoURL(one.logo), href: route.home({ locale, town: one.slug }) } : null,
    portalHref: route.towns({ locale }),
  }
}
