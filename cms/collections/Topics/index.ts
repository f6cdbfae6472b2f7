import type { CollectionConfig } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { ICON_NAMES } from '@shared/icons'
import { taxonomyCollection } from '../taxonomy'
import { noCycles } from '@cms/hooks/noCycles'
import { tr } from '@cms/i18n/translate'
import { selectOptions } from '@cms/fields/selectOptions'

/** A town's topics as a tree (the plan's action fields at the top), used to find services. */
export function topicsCollection(slug: PortalSlugs['topics']): CollectionConfig {
  const base = taxonomyCollection(
    slug,
    [
      {
        name: 'parent',
        type: 'relationship',
        relationTo: slug,
        index: true,
        filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
        admin: { description: tr('topics.parent.help') },
      },
      { name: 'icon', type: 'select', options: selectOptions(ICON_NAMES, (n) => `option.icon.${n}`) },
    ],
  )
  return { ...base, hooks: { beforeValidate: [noCycles] } }
}
