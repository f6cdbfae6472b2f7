import { t as translateKey } from '@payloadcms/translations'
import type { Config, DateField, Field } from 'payload'
import { isRecord } from '@cms/isRecord'
import { mapBlock, mapFields } from './mapFields'

/** Each admin language with its words (Payload's, then the config's), namespace by namespace. */
type Words = [language: string, translations: Record<string, Record<string, unknown>>][]

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

function wordsOf(config: Config): Words {
  const own: Record<string, unknown> = config.i18n?.translations ?? {}
  return Object.entries(config.i18n?.supportedLanguages ?? {}).map(([code, language]) => {
    const namespaces = (texts: unknown) => (isRecord(texts) ? Object.entries(texts).filter((e): e is [string, Record<string, unknown>] => isRecord(e[1])) : [])
    const merged: Record<string, Record<string, unknown>> = {}
    for (const [ns, texts] of [...namespaces(language?.translations), ...namespaces(own[code])]) merged[ns] = { ...merged[ns], ...texts }
    return [code, merged]
  })
}

/**
 * A label or description function read in every admin language up front. Payload hands a custom
 * field component its field as first built (its client field map is kept across requests), so a
 * function label showed the first reader's language to everyone ("Gültig ab" in an Arabic admin);
 * a text by language is picked in each reader's language when shown. Other values stay.
 */
function inEveryLanguage<T>(text: T, words: Words): T | Record<string, string> {
  if (typeof text !== 'function' || !words.length) return text
  const read = words.map(([code, translations]) => {
    const t = (key: string, vars?: Record<string, unknown>) => translateKey({ key, translations, vars })
    return [code, Reflect.apply(text, undefined, [{ t, i18n: { language: code, fallbackLanguage: code, t } }])] as const
  })
  return read.every(([, value]) => typeof value === 'string') ? Object.fromEntries(read) : text
}

function localDate(field: Field, component: boolean, words: Words): Field {
  if (field.type !== 'date') return field
  const components = field.admin?.components
  const ours = component && !components?.Field
  return {
    ...field,
    ...(ours ? { label: inEveryLanguage(field.label, words) } : {}),
    admin: {
      ...field.admin,
      date: localDateProps(field.admin?.date),
      ...(ours ? { components: { ...components, Field: LOCAL_DATE_FIELD }, description: inEveryLanguage(field.admin?.description, words) } : {}),
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
  const words = wordsOf(config)
  const change = (field: Field) => localDate(field, component, words)
  return {
    ...config,
    collections: config.collections?.map((c) => ({ ...c, fields: mapFields(c.fields, change) })),
    globals: config.globals?.map((g) => ({ ...g, fields: mapFields(g.fields, change) })),
    blocks: config.blocks?.map((b) => mapBlock(b, change)),
  }
}
