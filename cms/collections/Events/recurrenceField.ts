import type { Field } from 'payload'
import { DAYS } from '@shared/openingHours'
import { FREQUENCIES, NTH_VALUES } from '@shared/recurrence'
import { tr } from '@cms/i18n/translate'
import { DAY_ONLY } from '@cms/fields/dayOnly'
import { selectOptions } from '@cms/fields/selectOptions'

const dayOptions = selectOptions(DAYS, (d) => `option.day.${d}`)

type Sibling = { frequency?: string; monthlyMode?: string; ends?: string }
const when = (test: (s: Sibling) => boolean) => ({ condition: (_: unknown, sibling: Sibling) => Boolean(sibling && test(sibling)) })

/**
 * How an event repeats, in the words an organiser uses ("every second Tuesday of the month,
 * until July, not on 24 December"); `shared/recurrence.ts` turns it into an RFC 5545 rule.
 * Validation of the whole (until after start …) happens in the event's beforeChange hook.
 */
export const recurrenceField: Field = {
  name: 'recurrence',
  type: 'group',
    fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'frequency',
          type: 'select',
          required: true,
          defaultValue: 'none',
          options: selectOptions(FREQUENCIES, (f) => `option.frequency.${f}`),
          admin: { width: '50%' },
        },
        {
          name: 'interval',
          type: 'number',
          min: 1,
          max: 99,
          defaultValue: 1,
          admin: { width: '50%', description: tr('events.interval.help'), ...when((s) => s.frequency !== 'none') },
        },
      ],
    },
    { name: 'weekdays', type: 'select', hasMany: true, options: dayOptions, admin: { ...when((s) => s.frequency === 'weekly'), description: tr('help.sameWeekday') } },
    {
      name: 'monthlyMode',
      type: 'radio',
      defaultValue: 'nthWeekday',
      options: [
        { value: 'nthWeekday', label: tr('option.monthlyMode.nthWeekday') },
        { value: 'dayOfMonth', label: tr('option.monthlyMode.dayOfMonth') },
      ],
      admin: when((s) => s.frequency === 'monthly'),
    },
    {
      type: 'row',
      admin: when((s) => s.frequency === 'monthly' && s.monthlyMode !== 'dayOfMonth'),
      fields: [
        {
          name: 'nth',
          type: 'select',
          options: selectOptions(NTH_VALUES.map((n) => `${n}` as const), (n) => `option.nth.${n}`),
          admin: { width: '50%', description: tr('events.nth.help') },
        },
        { name: 'nthWeekday', type: 'select', options: dayOptions, admin: { width: '50%', description: tr('help.sameWeekday') } },
      ],
    },
    {
      name: 'ends',
      type: 'radio',
      defaultValue: 'never',
      options: [
        { value: 'never', label: tr('option.ends.never') },
        { value: 'until', label: tr('option.ends.until') },
        { value: 'count', label: tr('option.ends.count') },
      ],
      admin: when((s) => s.frequency !== 'none'),
    },
    { name: 'until', type: 'date', admin: { ...when((s) => s.frequency !== 'none' && s.ends === 'until'), date: DAY_ONLY } },
    { name: 'count', type: 'number', min: 1, max: 500, admin: when((s) => s.frequency !== 'none' && s.ends === 'count') },
    {
      name: 'exceptions',
      type: 'array',
      admin: { ...when((s) => s.frequency !== 'none'), description: tr('events.exceptions.help') },
      fields: [{ name: 'date', type: 'date', required: true, admin: { date: DAY_ONLY } }],
    },
  ],
}
