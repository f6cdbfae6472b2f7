import type { FlattenedField, Payload } from 'payload'

/** A relationship or upload field somewhere in a collection, and the way down to it. */
export interface RelationPath {
  collection: string
  /** Dotted path, e.g. `organization`, `relatedServices`, `reports.attachments`. */
  path: string
  /** The fields from the top down to the relationship itself (groups and arrays on the way). */
  chain: FlattenedField[]
  target: string | string[]
  hasMany: boolean
}

const children = (f: FlattenedField): FlattenedField[] => ('flattenedFields' in f ? f.flattenedFields : f.type === 'blocks' ? f.blocks.flatMap((b) => b.flattenedFields) : [])

/** Every relationship and upload field of a collection, nested ones included (read from the config). */
export function relationPaths(payload: Payload, slug: string): RelationPath[] {
  const collection = Object.values(payload.collections).find((c) => c.config.slug === slug)
  const found: RelationPath[] = []
  const walk = (fields: FlattenedField[], prefix: string, chain: FlattenedField[]) => {
    for (const f of fields) {
      if ('hidden' in f && f.hidden) continue
      const path = prefix ? `${prefix}.${f.name}` : f.name
      if (f.type === 'relationship' || f.type === 'upload') {
        found.push({ collection: slug, path, chain: [...chain, f], target: f.relationTo, hasMany: 'hasMany' in f && f.hasMany === true })
      } else if (f.type === 'group' || f.type === 'array' || f.type === 'tab' || f.type === 'blocks') {
        walk(children(f), path, [...chain, f])
      }
    }
  }
  walk(collection?.config.flattenedFields ?? [], '', [])
  return found
}

/** A plain text field of a collection to carry a marker (the first of the usual names, else any text field). */
export function markerField(payload: Payload, slug: string): string | null {
  const fields = Object.values(payload.collections).find((c) => c.config.slug === slug)?.config.flattenedFields ?? []
  const texts = fields.filter((f) => ['text', 'textarea'].includes(f.type) && !('hidden' in f && f.hidden) && !f.access?.read && f.name !== 'slug')
  const preferred = ['title', 'name', 'alt', 'summary', 'description']
  return (preferred.map((n) => texts.find((f) => f.name === n)).find(Boolean) ?? texts[0])?.name ?? null
}

/** A value for a required field of an array row or group, so a link can be placed inside it. */
function sampleValue(f: FlattenedField): unknown {
  switch (f.type) {
    case 'date':
      return '2026-03-01T00:00:00.000Z'
    case 'number':
      // Years are the most common required number (indicator values).
      return 2025
    case 'checkbox':
      return false
    case 'select':
    case 'radio': {
      const first = f.options[0]
      const value = typeof first === 'string' ? first : first?.value
      return 'hasMany' in f && f.hasMany ? [value] : value
    }
    default:
      return 'x'
  }
}

const requiredSamples = (fields: FlattenedField[]) =>
  Object.fromEntries(fields.filter((f) => 'required' in f && f.required && !['relationship', 'upload', 'array', 'group'].includes(f.type)).map((f) => [f.name, sampleValue(f)]))

/** The document data that puts `id` into the relationship at the end of `chain`. */
export function linkData(rel: RelationPath, id: string): Record<string, unknown> {
  const [head, ...rest] = rel.chain
  if (!head) return {}
  if (rest.length === 0) {
    const value = Array.isArray(rel.target) ? { relationTo: rel.target[0], value: id } : id
    return { [head.name]: rel.hasMany ? [value] : value }
  }
  const inner = linkData({ ...rel, chain: rest }, id)
  const row = { ...requiredSamples(children(head)), ...inner }
  if (head.type === 'array') return { [head.name]: [row] }
  if (head.type === 'blocks') return { [head.name]: [{ blockType: 'blocks' in head ? head.blocks[0]?.slug : undefined, ...row }] }
  return { [head.name]: row }
}
