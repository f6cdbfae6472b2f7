import type { CollectionConfig } from 'payload'
import { documentRouteOf } from '@shared/routes'
import { isPortalKey } from '../i18n/isPortalKey'
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
  const help = `collectionHelp.${key}`
  return {
    ...collection,
    admin: {
      ...collection.admin,
      // A collection without its own help and without a key is found by admin-face.test.ts.
      description: collection.admin?.description ?? (isPortalKey(help) ? tr(help) : undefined),
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
