import type { Field } from 'payload'
import { isRecord } from '../isRecord'

export interface TextPath {
  path: string[]
  kind: 'text' | 'richText'
}

// Derived values (slug, search text) are not something a translator translates.
const SKIP = new Set(['slug', 'searchText'])

/** The localized text fields of a collection (top level and inside groups, rows and tabs). */
export function localizedTextPaths(fields: Field[], prefix: string[] = []): TextPath[] {
  const out: TextPath[] = []
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') out.push(...localizedTextPaths(field.fields, prefix))
    else if (field.type === 'tabs') for (const tab of field.tabs) out.push(...localizedTextPaths(tab.fields, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix))
    else if (field.type === 'group' && 'name' in field && field.name) out.push(...localizedTextPaths(field.fields, [...prefix, field.name]))
    else if ((field.type === 'text' || field.type === 'textarea') && field.localized && !SKIP.has(field.name)) out.push({ path: [...prefix, field.name], kind: 'text' })
    else if (field.type === 'richText' && field.localized) out.push({ path: [...prefix, field.name], kind: 'richText' })
  }
  return out
}


/** A property of a document or group by its name, whatever the document's collection. */
const propertyOf = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined)

/** The value at a path of a document read in one language. */
export function valueAt(doc: unknown, path: string[]): unknown {
  return path.reduce(propertyOf, doc)
}

/** The value at a path of a document read with `locale: 'all'`, in one language. */
export function valueInLocale(doc: unknown, path: string[], locale: string): unknown {
  return propertyOf(valueAt(doc, path), locale)
}

/** Sets a value at a path, creating groups on the way (for update data). */
export function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  const last = path.at(-1)
  if (last === undefined) return
  let node = target
  for (const key of path.slice(0, -1)) {
    const next = node[key]
    node = isRecord(next) ? next : (node[key] = {})
  }
  node[last] = value
}
