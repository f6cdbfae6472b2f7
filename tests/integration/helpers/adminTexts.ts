import type { Block, Field, Option, SanitizedConfig } from 'payload'

/** One word of the admin that a person reads: where it is declared, and its value as configured. */
export interface AdminText {
  where: string
  value: unknown
  /** The field's name, for a label: Payload's name-derived English label is then "no label". */
  fieldName?: string
}

/** Called with every visible field and where it is (`collection services.validFrom`). */
export type FieldVisitor = (field: Field, where: string) => void

interface Walk {
  blocks: ReadonlyMap<string, Block>
  out: AdminText[]
  visit?: FieldVisitor
}

/** The visible fields' words, recursively through groups, arrays, blocks, tabs, rows and collapsibles. */
function fieldTexts(fields: readonly Field[], where: string, walk: Walk) {
  const { blocks, out } = walk
  for (const field of fields) {
    const name = 'name' in field ? field.name : undefined
    const here = `${where}.${name ?? field.type}`
    const admin = field.admin
    const hidden = ('hidden' in field && field.hidden === true) || (admin && 'hidden' in admin && admin.hidden === true) || (admin && 'disabled' in admin && admin.disabled === true)
    if (hidden) continue
    walk.visit?.(field, here)
    if ('label' in field && field.type !== 'ui') {
      if (name || field.label !== undefined) out.push({ where: `${here} label`, value: field.label, fieldName: name })
    }
    const description = field.admin && 'description' in field.admin ? field.admin.description : undefined
    if (description !== undefined) out.push({ where: `${here} description`, value: description })
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) out.push(optionText(option, `${here} option`))
    }
    if (field.type === 'array' && field.labels) {
      out.push({ where: `${here} labels.singular`, value: field.labels.singular }, { where: `${here} labels.plural`, value: field.labels.plural })
    }
    if (field.type === 'array' || field.type === 'group' || field.type === 'row' || field.type === 'collapsible') {
      fieldTexts(field.fields, here, walk)
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const at = `${here}.${'name' in tab && tab.name ? tab.name : 'tab'}`
        if (tab.label !== undefined) out.push({ where: `${at} label`, value: tab.label })
        if (tab.description !== undefined) out.push({ where: `${at} description`, value: tab.description })
        fieldTexts(tab.fields, at, walk)
      }
    }
    if (field.type === 'blocks') {
      const own = field.blocks ?? []
      const referenced = (field.blockReferences ?? []).map((ref) => (typeof ref === 'string' ? blocks.get(ref) : ref)).filter((b) => b !== undefined)
      for (const block of [...own, ...referenced]) blockTexts(block, `${here}.${block.slug}`, walk)
    }
  }
}

function blockTexts(block: Block, where: string, walk: Walk) {
  const { out } = walk
  if (block.labels) out.push({ where: `${where} labels.singular`, value: block.labels.singular }, { where: `${where} labels.plural`, value: block.labels.plural })
  fieldTexts(block.fields, where, walk)
}

function optionText(option: Option, where: string): AdminText {
  return typeof option === 'string' ? { where: `${where} ${option}`, value: option } : { where: `${where} ${option.value}`, value: option.label }
}

/**
 * Every label, description, option label, admin group and job label of the sanitised config:
 * collections, globals, their fields, blocks and the queue's tasks. `visit` sees every visible field.
 */
export function adminTexts(config: SanitizedConfig, visit?: FieldVisitor): AdminText[] {
  const out: AdminText[] = []
  const walk: Walk = { blocks: new Map((config.blocks ?? []).map((b) => [b.slug, b])), out, visit }
  for (const block of config.blocks ?? []) blockTexts(block, `block ${block.slug}`, walk)
  for (const c of config.collections) {
    const where = `collection ${c.slug}`
    out.push({ where: `${where} labels.singular`, value: c.labels.singular }, { where: `${where} labels.plural`, value: c.labels.plural })
    if (c.admin.group !== undefined) out.push({ where: `${where} admin.group`, value: c.admin.group })
    if (c.admin.description !== undefined) out.push({ where: `${where} description`, value: c.admin.description })
    fieldTexts(c.fields, where, walk)
  }
  for (const g of config.globals) {
    const where = `global ${g.slug}`
    out.push({ where: `${where} label`, value: g.label })
    if (g.admin.group !== undefined) out.push({ where: `${where} admin.group`, value: g.admin.group })
    if (g.admin.description !== undefined) out.push({ where: `${where} description`, value: g.admin.description })
    fieldTexts(g.fields, where, walk)
  }
  for (const task of config.jobs.tasks ?? []) out.push({ where: `task ${task.slug} label`, value: task.label })
  for (const workflow of config.jobs.workflows ?? []) out.push({ where: `workflow ${workflow.slug} label`, value: workflow.label })
  return out
}
