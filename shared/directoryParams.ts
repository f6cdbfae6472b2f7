import { type LatLng, parseLatLng } from './geo'
import { languageOrEmpty, pageNumber, type Params, readParam as get, slugOrEmpty } from './queryParams'

/** The directory's filters, all carried in the URL so a search can be shared and works without JavaScript. */
export interface DirectoryFilters {
  q: string
  topic: string
  audience: string
  language: string
  district: string
  free: boolean
  openNow: boolean
  near: LatLng | null
  page: number
}


/** Reads filters from a query string; anything malformed is ignored rather than an error page. */
export function parseDirectoryParams(params: Params): DirectoryFilters {
  return {
    q: get(params, 'q'),
    topic: slugOrEmpty(get(params, 'topic')),
    audience: slugOrEmpty(get(params, 'audience')),
    language: languageOrEmpty(get(params, 'language')),
    district: slugOrEmpty(get(params, 'district')),
    free: get(params, 'cost') === 'free',
    openNow: get(params, 'open') === 'now',
    near: parseLatLng(get(params, 'near')),
    page: pageNumber(get(params, 'page')),
  }
}

/** The query string for filters (page 1 omitted), e.g. to link "remove this filter". */
export function directoryQueryString(f: Partial<DirectoryFilters>): string {
  const p = new URLSearchParams()
  if (f.q) p.set('q', f.q)
  if (f.topic) p.set('topic', f.topic)
  if (f.audience) p.set('audience', f.audience)
  if (f.language) p.set('language', f.language)
  if (f.district) p.set('district', f.district)
  if (f.free) p.set('cost', 'free')
  if (f.openNow) p.set('open', 'now')
  if (f.near) p.set('near', `${f.near.latitude.toFixed(5)},${f.near.longitude.toFixed(5)}`)
  if (f.page && f.page > 1) p.set('page', String(f.page))
  const s = p.toString()
  return s ? `?${s}` : ''
}

/** The filters that narrow the result, for "remove a filter" suggestions. */
export function activeFilters(f: DirectoryFilters): (keyof DirectoryFilters)[] {
  const keys: (keyof DirectoryFilters)[] = ['q', 'topic', 'audience', 'language', 'district', 'free', 'openNow', 'near']
  return keys.filter((k) => Boolean(f[k]))
}
