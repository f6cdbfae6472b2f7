import type { Field } from 'payload'

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

/** The value at a path of a document read in one language. */
export function valueAt(doc: Record<string, unknown> | null | undefined, path: string[]): unknown {
  let value: unknown = doc
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return value
}

/** The value at a path of a document read with `locale: 'all'`, in one language. */
export function valueInLocale(doc: Record<string, unknown> | null | undefined, path: string[], locale: string): unknown {
  const all = valueAt(doc, path)
  return all && typeof all === 'object' ? (all as Record<string, unknown>)[locale] : undefined
}

/** Sets a value at a path, creating groups on the way (for update data). */
export function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target
  path.slice(0, -1).forEach((key) => {
    node[key] = (node[key] as Record<string, unknown> | undefined) ?? {}
    node = node[key] as Record<string, unknown>
  })
  node[path[path.length - 1] as string] = value
}
