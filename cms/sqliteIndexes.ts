import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

/**
 * Payload indexes a localized table by (locale, parent), which serves reads of one language.
 * Reading a document in all languages (`locale: 'all'`, as the portal does to pick fallbacks
 * itself) looks rows up by parent alone, and without this index SQLite scans the whole
 * table for every document: 20 services took ~50 ms at 10,000 services instead of ~10.
 */
export const indexLocalesByParent: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({
      table,
      extraConfig: (t) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(t._parentID) }),
    })
  }
  return schema
}
