import type { PortalSlugs } from '@cms/types'
import type { Field } from 'payload'
import { LOCALE_OPTIONS } from '@cms/fields/localeOptions'
import { systemOnly } from './access'
import { tr } from '@cms/i18n/translate'
import { selectOptions } from '@cms/fields/selectOptions'

export const IMPORT_STATUSES = ['new', 'checking', 'checked', 'importing', 'done', 'failed'] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]

/** A check or an import is under way: the town takes no second one meanwhile. */
export const BUSY_STATUSES: readonly ImportStatus[] = ['checking', 'importing']

/**
 * Written by the run only. Shown as list columns; the edit view leaves them out, because
 * the panel shows them live while the form would keep the values it was opened with.
 */
const system = (field: Field): Field => ({
  ...field,
  access: { create: systemOnly, update: systemOnly },
  admin: { ...('admin' in field ? field.admin : {}), readOnly: true, condition: () => false },
}) as Field

export function importFields(usersSlug: PortalSlugs['users']): Field[] {
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'locale',
          type: 'select',
          options: LOCALE_OPTIONS,
          admin: { description: tr('imports.locale.help') },
        },
        {
          name: 'draft',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: tr('imports.draft.help') },
        },
      ],
    },
    { name: 'importPanel', type: 'ui', admin: { components: { Field: '/cms/components/imports/ImportPanel#ImportPanel' } } },
    // Set through the panel's check/start endpoint (validated there against the file's columns).
    { name: 'mapping', type: 'json', access: { create: systemOnly, update: systemOnly }, admin: { hidden: true } },
    system({ name: 'status', type: 'select', required: true, defaultValue: 'new', index: true, options: selectOptions(IMPORT_STATUSES, (v) => `option.importStatus.${v}`) }),
    system({ name: 'processed', type: 'number', defaultValue: 0 }),
    system({ name: 'total', type: 'number' }),
    system({ name: 'summary', type: 'json', admin: { hidden: true } }),
    system({ name: 'error', type: 'text' }),
    // What the last check was run with: the import itself must use the same (see start.ts).
    system({ name: 'checkedWith', type: 'text', admin: { hidden: true } }),
    system({ name: 'startedBy', type: 'relationship', relationTo: usersSlug }),
    system({ name: 'startedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } }),
    // Written every second while running: a run without a heartbeat for long has died with its server.
    system({ name: 'heartbeatAt', type: 'date', admin: { hidden: true } }),
    system({ name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } }),
  ]
}
