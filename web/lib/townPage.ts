import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations } from '@web/i18n/translations'
import { createElement, type ReactNode } from 'react'
import { NotFoundContent } from '@web/components/NotFoundContent'
import type { Locale } from '@shared/locales'
import { noteExpiry, noteStatus, noteTags } from '@cms/cache/renderNotes'
import { nextLocalMidnight } from '@shared/nextChange'
import { pageTags, TOWNS_TAG } from '@shared/cacheTags'
import { hrefOf, TOWN_ROUTES, townPageRef, type PageRef, type TownPageParams, type TownRouteName } from '@shared/routes'
import { requireLocale } from './pageLocale'
import { getTown, type Town } from './towns'

type SearchParams = Record<string, string | string[] | undefined>

/** What Next passes a town page: the language and town segments plus the route's own slugs. */
export type TownPageProps<R extends TownRouteName> = {
  params: Promise<{ locale: string } & TownPageParams<R>>
  searchParams?: Promise<SearchParams>
}

/** The query string of a request as Next hands it to a page ("" or "?a=1&b=2"). */
async function queryOf(searchParams: Promise<SearchParams> | undefined): Promise<string> {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries((await searchParams) ?? {})) {
    for (const one of typeof value === 'string' ? [value] : (value ?? [])) query.append(key, one)
  }
  const text = query.toString()
  return text ? `?${text}` : ''
}

export interface LoadedTownPage<R extends TownRouteName> {
  locale: Locale
  town: Town
  /** This page without its language (language switcher, alternates, view counting). */
  page: PageRef
  params: TownPageParams<R>
}

/** What the 404 page in place knows: the language, and the town and page when the town exists. */
type Missing = Pick<LoadedTownPage<TownRouteName>, 'locale'> & Partial<Pick<LoadedTownPage<TownRouteName>, 'town' | 'page'>>

/** Thrown by a page's loader when its town or document does not exist; `withNotFound` answers it. */
class MissingDocument extends Error {
  constructor(readonly loaded: Missing) {
    super('missing document')
  }
}

/**
 * Ends a page's loader: the town or the page's document does not exist. (Not `notFound()`:
 * Next.js renders that only in the browser for dynamic pages, vercel/next.js#62228.)
 */
export function missingDocument(loaded: Missing): never {
  throw new MissingDocument(loaded)
}

/** Runs `make`; a missing document (missingDocument) is answered by `instead`. */
function orWhenMissing<P, R>(make: (props: P) => Promise<R>, instead: (loaded: MissingDocument['loaded']) => Promise<R> | R): (props: P) => Promise<R> {
  return async (props) => {
    try {
      return await make(props)
    } catch (error) {
      if (!(error instanceof MissingDocument)) throw error
      return instead(error.loaded)
    }
  }
}

/**
 * A page that answers a missing document with the 404 page in place: inside the town's frame
 * (menu, language switcher; the list of towns for an unknown town), with status 404, without a
 * redirect and without JavaScript. Every town page is wrapped in it.
 */
export function withNotFound<P>(render: (props: P) => Promise<ReactNode>): (props: P) => Promise<ReactNode> {
  return orWhenMissing(render, (loaded) => {
    noteStatus(404)
    return createElement(NotFoundContent, loaded)
  })
}

/** The metadata of a page, or of the 404 page in its place. */
export function metadataWithNotFound<P>(make: (props: P) => Promise<Metadata>): (props: P) => Promise<Metadata> {
  return orWhenMissing(make, async (loaded): Promise<Metadata> => {
    const t = await getTranslations({ locale: loaded.locale, namespace: 'NotFound' })
    return { title: t('title'), robots: { index: false } }
  })
}

/**
 * The first lines of every town page: the language (404 for an unknown code), the town (the
 * 404 page in place for an unknown one, see withNotFound) and, for a language the town does not offer, the same page in
 * the town's default language (filters kept) rather than a dead end.
 */
export async function townPage<R extends TownRouteName>(name: R, props: TownPageProps<R>): Promise<LoadedTownPage<R>> {
  const params = await props.params
  const locale = requireLocale(params.locale)
  const town = await getTown(params.town)
  // The answer depends on the town and what the route shows (the response cache's tags); an
  // unknown town's on the list of towns.
  noteTags(town ? pageTags(town.id, TOWN_ROUTES[name].shows) : [TOWNS_TAG])
  if (!town) return missingDocument({ locale })
  // "Today" on a page (dates, opening hours, coming events) is another day after midnight.
  noteExpiry(nextLocalMidnight(town.timeZone))
  const page = townPageRef(name, params)
  if (!town.enabledLocales.includes(locale)) redirect(`${hrefOf(page, town.defaultLocale)}${await queryOf(props.searchParams)}`)
  return { locale, town, page, params }
}

/**
 * The loader of a page that shows one document of the town: the town page, then the document
 * `find` returns, or the 404 page in place when there is none (see withNotFound).
 */
export function townDocPage<R extends TownRouteName, D>(name: R, find: (town: Town, params: TownPageParams<R>) => Promise<D | null | undefined>) {
  return async (props: TownPageProps<R>): Promise<LoadedTownPage<R> & { doc: D }> => {
    const loaded = await townPage(name, props)
    const doc = (await find(loaded.town, loaded.params)) ?? missingDocument(loaded)
    return { ...loaded, doc }
  }
}
