import type { Config, DateField, Field } from 'payload'
import { mapBlock, mapFields } from './mapFields'

type DateProps = NonNullable<NonNullable<DateField['admin']>['date']>

/** The date picker that draws its first render in the admin language (components/LocalDateField). */
export const LOCAL_DATE_FIELD = '/cms/components/LocalDateField#LocalDateField'

/**
 * date-fns' localized tokens per picker: `P` is 24.11.2026 in German, 24/11/2026 in Arabic,
 * 11/24/2026 in English; `p` is 14:30 or 2:30 PM. Payload's own defaults are fixed US patterns
 * ("MM/dd/yyyy", "MMM d, yyy h:mm a", times "h:mm aa") whatever the admin language.
 */
const FORMATS = { default: 'P', dayOnly: 'P', dayAndTime: 'Pp', timeOnly: 'p' } as const

/** A date field's picker settings with the admin language's formats where none are set. */
export function localDateProps(date: DateProps | undefined): DateProps {
  const appearance = date?.pickerAppearance ?? 'default'
  // A month alone is its name ("MMMM"), already in the admin language.
  if (!date || appearance === 'monthOnly') return date ?? { displayFormat: FORMATS.default }
  const displayFormat = date.displayFormat ?? FORMATS[appearance as keyof typeof FORMATS]
  if (date.pickerAppearance === 'dayAndTime' || date.pickerAppearance === 'timeOnly') return { ...date, displayFormat, timeFormat: date.timeFormat ?? 'p' }
  return { ...date, displayFormat }
}

function localDate(field: Field, component: boolean): Field {
  if (field.type !== 'date') return field
  const components = field.admin?.components
  return {
    ...field,
    admin: {
      ...field.admin,
      date: localDateProps(field.admin?.date),
      ...(component && !components?.Field ? { components: { ...components, Field: LOCAL_DATE_FIELD } } : {}),
    },
  }
}

/**
 * Every date field of the finished config (the host's and other plugins' too, in collections,
 * globals and shared blocks) shows dates in the admin user's language from the first render: one
 * format everywhere, as in lists and headers. `component` false (the plugin disabled) sets the
 * formats only; the picker then follows the language once Payload has loaded it.
 */
export function withLocalDates(config: Config, { component }: { component: boolean }): Config {
  const change = (field: Field) => localDate(field, component)
  return {
    ...config,
    collections: config.collections?.map((c) => ({ ...c, fields: mapFields(c.fields, change) })),
    globals: config.globals?.map((g) => ({ ...g, fields: mapFields(g.fields, change) })),
    blocks: config.blocks?.map((b) => mapBlock(b, change)),
  }
}
