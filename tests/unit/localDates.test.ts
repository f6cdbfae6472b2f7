import type { Config, Field } from 'payload'
import { LOCAL_DATE_FIELD, withLocalDates } from '@cms/fields/localDates'

/** The host's own date fields, where Payload would draw US patterns: in tabs, blocks, arrays and a global. */
const host: Config = {
  collections: [
    {
      slug: 'posts',
      fields: [
        { name: 'day', type: 'date' },
        { type: 'tabs', tabs: [{ label: 'Plan', fields: [{ name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } }] }] },
        { name: 'parts', type: 'blocks', blocks: [{ slug: 'slot', fields: [{ name: 'time', type: 'date', admin: { date: { pickerAppearance: 'timeOnly' } } }] }] },
        { name: 'kept', type: 'date', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM' }, components: { Field: '/host/OwnPicker#OwnPicker' } } },
      ],
    },
  ],
  globals: [{ slug: 'settings', fields: [{ name: 'dates', type: 'array', fields: [{ name: 'closed', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } }] }] }],
} as Config

/** Every date field of `fields`, by name, with what the admin gets. */
function dates(fields: Field[], out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const f of fields) {
    if (f.type === 'date') out[f.name] = { ...f.admin?.date, Field: f.admin?.components?.Field }
    if (f.type === 'array') dates(f.fields, out)
    if (f.type === 'tabs') for (const tab of f.tabs) dates(tab.fields, out)
    if (f.type === 'blocks') for (const block of f.blocks) dates(block.fields, out)
  }
  return out
}

test("every date field, the host's too, gets the admin language's short forms and the picker with its locale", () => {
  const config = withLocalDates(host, { component: true })
  expect(dates([...(config.collections?.[0]?.fields ?? []), ...(config.globals?.[0]?.fields ?? [])])).toEqual({
    day: { displayFormat: 'P', Field: LOCAL_DATE_FIELD },
    at: { pickerAppearance: 'dayAndTime', displayFormat: 'Pp', timeFormat: 'p', Field: LOCAL_DATE_FIELD },
    time: { pickerAppearance: 'timeOnly', displayFormat: 'p', timeFormat: 'p', Field: LOCAL_DATE_FIELD },
    // A host's own format and picker stay.
    kept: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM', Field: '/host/OwnPicker#OwnPicker' },
    closed: { pickerAppearance: 'dayOnly', displayFormat: 'P', Field: LOCAL_DATE_FIELD },
  })
})

test('with the plugin disabled only the formats change: no admin component is added', () => {
  const config = withLocalDates(host, { component: false })
  expect(dates(config.collections?.[0]?.fields ?? []).day).toEqual({ displayFormat: 'P', Field: undefined })
})
