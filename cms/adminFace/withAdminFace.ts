import type { CollectionConfig } from 'payload'
import { documentRouteOf } from '@shared/routes'
import { tr } from '../i18n/translate'
import type { PortalCollection } from '../types'

/**
 * The portal's face on one of the plugin's collections: a short help text in plain words under
 * its title, and beside the document's buttons the page that shows it on the portal (for
 * collections that have one). A host's own description or controls come first.
 */
export function withAdminFace(key: PortalCollection, collection: CollectionConfig): CollectionConfig {
  const route = documentRouteOf(collection.slug)
  const components = collection.admin?.components
  const controls = components?.edit?.beforeDocumentControls ?? []
  return {
    ...collection,
    admin: {
      ...collection.admin,
      description: collection.admin?.description ?? tr(`collectionHelp.${key}`),
      components: route
        ? {
            ...components,
            edit: {
              ...components?.edit,
              beforeDocumentControls: [...controls, { path: '/cms/components/PublicPageLink#PublicPageLink', serverProps: { collection: collection.slug } }],
            },
          }
        : components,
    },
  }
}
