import type { Block, Field } from 'payload'

/**
 * `change` applied to every field of `fields`, inside rows, groups, collapsibles, arrays, tabs and
 * blocks too; containers are changed after their contents. Returns new objects, never mutates.
 */
export function mapFields(fields: Field[], change: (field: Field) => Field): Field[] {
  return fields.map((field) => {
    const next: Field = { ...field }
    if (next.type === 'array' || next.type === 'group' || next.type === 'row' || next.type === 'collapsible') next.fields = mapFields(next.fields, change)
    if (next.type === 'tabs') next.tabs = next.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) }))
    if (next.type === 'blocks') next.blocks = next.blocks.map((block) => mapBlock(block, change))
    return change(next)
  })
}

/** A block with `change` applied to its fields (see mapFields). */
export const mapBlock = (block: Block, change: (field: Field) => Field): Block => ({ ...block, fields: mapFields(block.fields, change) })
