import type { Field } from 'payload'
import { DAYS } from '@shared/openingHours'
import { FREQUENCIES, NTH_VALUES } from '@shared/recurrence'

const DAY_LABELS: Record<(typeof DAYS)[number], [string, string]> = {
  mon: ['Monday', 'Montag'],
  tue: ['Tuesday', 'Dienstag'],
  wed: ['Wednesday', 'Mittwoch'],
  thu: ['Thursday', 'Donnerstag'],
  fri: ['Friday', 'Freitag'],
  sat: ['Saturday', 'Samstag'],
  sun: ['Sunday', 'Sonntag'],
}
const dayOptions = DAYS.map((d) => ({ value: d, label: { en: DAY_LABELS[d][0], de: DAY_LABELS[d][1] } }))
const FREQUENCY_LABELS: Record<(typeof FREQUENCIES)[number], [string, string]> = {
  none: ['Does not repeat', 'Einmalig'],
  daily: ['Daily', 'Täglich'],
  weekly: ['Weekly', 'Wöchentlich'],
  monthly: ['Monthly', 'Monatlich'],
}
const NTH_LABELS: Record<string, [string, string]> = {
  '1': ['first', 'ersten'],
  '2': ['second', 'zweiten'],
  '3': ['third', 'dritten'],
  '4': ['fourth', 'vierten'],
  '-1': ['last', 'letzten'],
}

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
  label: { en: 'Repeats', de: 'Wiederholung' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'frequency',
          type: 'select',
          required: true,
          defaultValue: 'none',
          options: FREQUENCIES.map((f) => ({ value: f, label: { en: FREQUENCY_LABELS[f][0], de: FREQUENCY_LABELS[f][1] } })),
          admin: { width: '50%' },
        },
        {
          name: 'interval',
          type: 'number',
          min: 1,
          max: 99,
          defaultValue: 1,
          admin: { width: '50%', description: '1 = every week/month, 2 = every other …', ...when((s) => s.frequency !== 'none') },
        },
      ],
    },
    { name: 'weekdays', type: 'select', hasMany: true, options: dayOptions, admin: { ...when((s) => s.frequency === 'weekly'), description: 'Empty: the weekday of the start.' } },
    {
      name: 'monthlyMode',
      type: 'radio',
      defaultValue: 'nthWeekday',
      options: [
        { value: 'nthWeekday', label: { en: 'On a weekday (e.g. 2nd Tuesday)', de: 'An einem Wochentag (z. B. 2. Dienstag)' } },
        { value: 'dayOfMonth', label: { en: 'On the same day of the month', de: 'Am gleichen Tag des Monats' } },
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
          options: NTH_VALUES.map((n) => ({ value: String(n), label: { en: NTH_LABELS[String(n)]![0], de: NTH_LABELS[String(n)]![1] } })),
          admin: { width: '50%', description: 'Empty: as the start date.' },
        },
        { name: 'nthWeekday', type: 'select', options: dayOptions, admin: { width: '50%', description: 'Empty: the weekday of the start.' } },
      ],
    },
    {
      name: 'ends',
      type: 'radio',
      defaultValue: 'never',
      options: [
        { value: 'never', label: { en: 'Open-ended', de: 'Ohne Ende' } },
        { value: 'until', label: { en: 'Until a date', de: 'Bis zu einem Datum' } },
        { value: 'count', label: { en: 'After a number of dates', de: 'Nach einer Anzahl Termine' } },
      ],
      admin: when((s) => s.frequency !== 'none'),
    },
    { name: 'until', type: 'date', admin: { ...when((s) => s.frequency !== 'none' && s.ends === 'until'), date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } } },
    { name: 'count', type: 'number', min: 1, max: 500, admin: when((s) => s.frequency !== 'none' && s.ends === 'count') },
    {
      name: 'exceptions',
      type: 'array',
      labels: { singular: { en: 'Skipped date', de: 'Ausfallender Termin' }, plural: { en: 'Skipped dates', de: 'Ausfallende Termine' } },
      admin: { ...when((s) => s.frequency !== 'none'), description: 'Dates on which it does not take place (holidays …).' },
      fields: [{ name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } } }],
    },
  ],
}
