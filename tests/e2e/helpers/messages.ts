import fs from 'node:fs'
import path from 'node:path'

// Every catalog has the English one's keys (a unit test checks it), so its shape types them all.
type Catalog = typeof import('../../../locales/en.json')

/**
 * The portal's UI strings of one locale, so tests find links and fields by the accessible
 * name a reader of that language sees (not by CSS classes).
 */
export function messages(locale: string): Catalog {
  return JSON.parse(fs.readFileSync(path.resolve('locales', `${locale}.json`), 'utf8')) as Catalog
}
