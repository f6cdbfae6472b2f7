import type { DateField } from 'payload'

/**
 * The admin settings of a date without a time of day (valid from, statement date, a skipped
 * date …): a day picker and the admin language's short date (`P`: 24.12.2026, 12/24/2026), so
 * no "00:00" appears in the form or the list. The admin-language test requires it on every date
 * field that does not pick a time.
 */
export const DAY_ONLY: NonNullable<NonNullable<DateField['admin']>['date']> = { pickerAppearance: 'dayOnly', displayFormat: 'P' }
