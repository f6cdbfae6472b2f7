import type { Field, TextFieldSingleValidation } from 'payload'
import { DAYS, isValidTime } from '@shared/openingHours'
import { translate, tr } from '@cms/i18n/translate'
import { selectOptions } from './selectOptions'

const validateTime: TextFieldSingleValidation = (value, { req }) => (!value || isValidTime(value) ? true : translate(req.t, 'error.time'))

const validateDate: TextFieldSingleValidation = (value, { req }) => (!value || /^\d{4}-\d{2}-\d{2}$/.test(value) ? true : translate(req.t, 'error.date'))

/**
 * Weekly opening slots, closed dates, appointment-only, and a temporary closure with a
 * reason. Shared by locations and by services whose hours differ at a location.
 */
export function openingHoursFields(): Field[] {
  return [
    {
      name: 'slots',
      type: 'array',
      admin: { description: tr('help.slots') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'select', required: true, options: selectOptions(DAYS, (d) => `option.day.${d}`) },
            { name: 'opens', type: 'text', required: true, validate: validateTime, admin: { placeholder: '09:00' } },
            { name: 'closes', type: 'text', required: true, validate: validateTime, admin: { placeholder: '12:00' } },
          ],
        },
      ],
    },
    { name: 'appointmentOnly', type: 'checkbox', defaultValue: false, admin: { description: tr('help.appointmentOnly') } },
    {
      name: 'closedDates',
      type: 'array',
      admin: { description: tr('help.closedDates') },
      fields: [{ name: 'date', type: 'text', required: true, validate: validateDate, admin: { placeholder: '2026-12-24' } }],
    },
    {
      name: 'closure',
      type: 'group',
      admin: { description: tr('help.closure') },
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
