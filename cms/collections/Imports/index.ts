import type { PortalSlugs } from '@cms/types'
import type { CollectionConfig } from 'payload'
import { staffImports } from './access'
import { importEndpoints } from './endpoints'
import { importFields } from './fields'
import { deleteReports, type ImportFiles } from './files'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'

/** CSV from every spreadsheet program, and Excel workbooks (XLSX; the old binary XLS is not read). */
export const IMPORT_MIME_TYPES = ['text/csv', 'text/plain', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']

/**
 * Spreadsheet imports of organisations, places and services: a staff member uploads the
 * town's list, checks the column mapping and the dry run row by row, then imports. Each
 * upload is kept with its last run's summary and report, so the town can see what came from where.
 */
export function importsCollection(slug: PortalSlugs['imports'], usersSlug: PortalSlugs['users'], files: ImportFiles, withEndpoints: boolean): CollectionConfig {
  return {
    slug,
    admin: {
      useAsTitle: 'filename',
      defaultColumns: ['filename', 'status', 'processed', 'startedAt'],
      group: inAllLanguages('group.directory'),
      description: tr('imports.help'),
    },
    access: { read: staffImports, create: staffImports, update: staffImports, delete: staffImports },
    defaultSort: '-createdAt',
    upload: { staticDir: files.uploads, mimeTypes: IMPORT_MIME_TYPES },
    hooks: { afterDelete: [({ id }) => deleteReports(files, String(id))] },
    endpoints: withEndpoints ? importEndpoints(slug, files) : [],
    fields: importFields(usersSlug),
  }
}
