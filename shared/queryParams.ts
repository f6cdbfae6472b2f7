/** Query-string reading shared by the portal's filter forms: malformed values become empty, never errors. */
export type Params = URLSearchParams | Record<string, string | string[] | undefined>

/** The first value of a parameter, trimmed and bounded. */
export function readParam(params: Params, key: string): string {
  const raw = params instanceof URLSearchParams ? params.get(key) : params[key]
  const value = Array.isArray(raw) ? raw[0] : raw
  return typeof value === 'string' ? value.trim().slice(0, 200) : ''
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const slugOrEmpty = (v: string) => (SLUG.test(v) ? v : '')
export const languageOrEmpty = (v: string) => (/^[a-z]{2,3}$/.test(v) ? v : '')

/** A positive page number, 1 for anything else. */
export function pageNumber(v: string): number {
  const page = Number.parseInt(v, 10)
  return Number.isFinite(page) && page > 0 && page < 10000 ? page : 1
}
