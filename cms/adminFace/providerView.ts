import type { CollectionConfig, DefaultDocumentViewConfig, EditConfigWithoutRoot, Field } from 'payload'
import { isProvider } from '../access/roles'

/**
 * What a provider's screens leave out (the provider walk of issue #15): a counselling worker has
 * no use for the raw data view, and a field they can only look at but never change, and that
 * another element already explains, is noise. Only the screens change: access rules stay where
 * they are, so nothing a provider could send is read differently.
 */

/** The document's "API" tab (raw JSON of the document) for staff only. */
export function withoutApiTabForProviders(collection: CollectionConfig): CollectionConfig {
  const edit = collection.admin?.components?.views?.edit
  // A host that replaced the whole document view (`root`) decides its tabs itself.
  if (collection.admin?.hideAPIURL || (edit && 'root' in edit && edit.root)) return collection
  const own = edit as EditConfigWithoutRoot | undefined
  const api: DefaultDocumentViewConfig = { ...own?.api, tab: { ...own?.api?.tab, condition: ({ req }) => !isProvider(req.user) } }
  // Payload's type for these views (an index signature beside known keys) admits no object spread.
  const views = Object.assign({}, own, { api })
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        views: {
          ...collection.admin?.components?.views,
          edit: views,
        },
      },
    },
  }
}

/** A field shown to staff and hidden from providers, on top of the field's own condition. */
export function hiddenFromProviders<F extends Field>(field: F): F {
  // Fields other plugins add often come without an `admin` part (the users' towns do).
  const admin = 'admin' in field ? field.admin : undefined
  const own = admin && 'condition' in admin ? admin.condition : undefined
  return {
    ...field,
    admin: {
      ...admin,
      condition: (data, siblingData, context) => !isProvider(context.user) && (own ? own(data, siblingData, context) : true),
    },
  }
}
