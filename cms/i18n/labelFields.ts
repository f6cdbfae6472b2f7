import type { CollectionConfig, Config, Field } from 'payload'
import type { PortalCollection, PortalSlugs } from '@cms/types'
import { inAllLanguages } from './inAllLanguages'
import { isPortalKey } from './isPortalKey'
import { tr } from './translate'

/**
 * The translation key of a field's label: `<collection>.<path>` where a field means something
 * particular in its collection (the service's own `status` is its operating status), else
 * `field.<name>` for the words shared by many collections (title, slug, e-mail …). Null when
 * neither exists: the field keeps Payload's name-derived English and the admin-words test fails.
 */
function labelKey(collection: PortalCollection, path: readonly string[]) {
  const own = `${collection}.${path.join('.')}`
  if (isPortalKey(own)) return own
  const shared = `field.${path[path.length - 1]}`
  return isPortalKey(shared) ? shared : null
}

/** Payload's list cell for tick boxes shows `true` / `false`: every checkbox of ours gets Yes / No. */
export const YES_NO_CELL = '/cms/components/YesNoCell#YesNoCell'

interface Options {
  /** Add the plugin's own list cells (off when the plugin is disabled: no admin components then). */
  cells: boolean
}

function labelled(fields: Field[], collection: PortalCollection, parent: readonly string[], options: Options): Field[] {
  return fields.map((field) => {
    const path = 'name' in field && field.name ? [...parent, field.name] : parent
    const named = 'name' in field && Boolean(field.name) && field.type !== 'ui'
    const key = named ? labelKey(collection, path) : null
    const next: Field = { ...field }
    const hasLabel = 'label' in field && field.label !== undefined
    // Rich text: the lexical field's client props can be built once for all languages (a label
    // function then shows the first reader's language to everyone, seen as "Description" in a
    // German admin); a label by language is picked in each reader's language when shown.
    if (key && !hasLabel) Object.assign(next, { label: field.type === 'richText' ? inAllLanguages(key) : tr(key) })
    if (next.type === 'checkbox' && options.cells && !next.admin?.components?.Cell) {
      next.admin = { ...next.admin, components: { ...next.admin?.components, Cell: YES_NO_CELL } }
    }
    if (next.type === 'array' && key && !next.labels) {
      const item = `${key}.item`
      next.labels = { singular: isPortalKey(item) ? tr(item) : tr(key), plural: tr(key) }
    }
    if (next.type === 'array' || next.type === 'group' || next.type === 'row' || next.type === 'collapsible') {
      next.fields = labelled(next.fields, collection, path, options)
    }
    if (next.type === 'tabs') {
      next.tabs = next.tabs.map((tab) => ({ ...tab, fields: labelled(tab.fields, collection, 'name' in tab && tab.name ? [...path, tab.name] : path, options) }))
    }
    if (next.type === 'blocks') {
      next.blocks = next.blocks.map((block) => ({ ...block, fields: labelled(block.fields, collection, [...path, block.slug], options) }))
    }
    return next
  })
}

/** A collection of the plugin with every label through the plugin's translations. */
function labelCollection(collection: CollectionConfig, key: PortalCollection, options: Options): CollectionConfig {
  return {
    ...collection,
    labels: collection.labels ?? { singular: tr(`${key}.singular`), plural: tr(`${key}.plural`) },
    fields: labelled(collection.fields, key, [], options),
  }
}

/**
 * Gives the plugin's collections, and the fields other plugins add to them (the town field and
 * the users' towns of the multi-tenant plugin), labels in the admin user's language. Runs on the
 * finished config, so a field added later is labelled too; labels set explicitly stay. Tick boxes
 * get the Yes / No list cell the same way.
 */
export function withPortalLabels(config: Config, slugs: PortalSlugs, options: Options): Config {
  const keyOf = new Map(Object.entries(slugs).map(([key, slug]) => [slug, key]))
  return {
    ...config,
    collections: config.collections?.map((c) => {
      const key = keyOf.get(c.slug)
      return key && isCollectionKey(key, slugs) ? labelCollection(c, key, options) : c
    }),
  }
}

function isCollectionKey(key: string, slugs: PortalSlugs): key is PortalCollection {
  return Object.hasOwn(slugs, key)
}
