import type { Field } from 'payload'
import { DAYS, isValidTime } from '@shared/openingHours'

const DAY_LABELS: Record<(typeof DAYS)[number], { en: string; de: string }> = {
  mon: { en: 'Monday', de: 'Montag' },
  tue: { en: 'Tuesday', de: 'Dienstag' },
  wed: { en: 'Wednesday', de: 'Mittwoch' },
  thu: { en: 'Thursday', de: 'Donnerstag' },
  fri: { en: 'Friday', de: 'Freitag' },
  sat: { en: 'Saturday', de: 'Samstag' },
  sun: { en: 'Sunday', de: 'Sonntag' },
}

const validateTime = (value: string | null | undefined) =>
  !value || isValidTime(value) ? true : 'Use 24-hour time like 09:00 or 17:30.'

const validateDate = (value: string | null | undefined) =>
  !value || /^\d{4}-\d{2}-\d{2}$/.test(value) ? true : 'Use a date like 2026-12-24.'

/**
 * Weekly opening slots, closed dates, appointment-only, and a temporary closure with a
 * reason. Shared by locations and by services whose hours differ at a location.
 */
export function openingHoursFields(): Field[] {
  return [
    {
      name: 'slots',
      type: 'array',
      labels: { singular: { en: 'Opening slot', de: 'Öffnungszeit' }, plural: { en: 'Opening hours', de: 'Öffnungszeiten' } },
      admin: { description: 'One row per day and time span, e.g. Monday 09:00–12:00. A closing time before the opening time runs past midnight.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'select', required: true, options: DAYS.map((d) => ({ value: d, label: DAY_LABELS[d] })) },
            { name: 'opens', type: 'text', required: true, validate: validateTime, admin: { placeholder: '09:00' } },
            { name: 'closes', type: 'text', required: true, validate: validateTime, admin: { placeholder: '12:00' } },
          ],
        },
      ],
    },
    { name: 'appointmentOnly', type: 'checkbox', defaultValue: false, admin: { description: 'Visits only with an appointment.' } },
    {
      name: 'closedDates',
      type: 'array',
      admin: { description: 'Single days on which it is closed (e.g. public holidays).' },
      fields: [{ name: 'date', type: 'text', required: true, validate: validateDate, admin: { placeholder: '2026-12-24' } }],
    },
    {
      name: 'closure',
      type: 'group',
      admin: { description: 'A temporary closure, e.g. for holidays or renovation.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'text', validate: validateDate, admin: { placeholder: '2026-07-20' } },
            { name: 'to', type: 'text', validate: validateDate, admin: { placeholder: '2026-08-07' } },
          ],
        },
        { name: 'reason', type: 'text', localized: true, maxLength: 200 },
      ],
    },
  ]
}
