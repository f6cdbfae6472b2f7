import { formatDate, formatDay, formatMonth, formatTime, weekdayNames } from '@web/lib/format'

const iso = '2026-12-05T12:00:00Z'

describe('dates are Gregorian in every language', () => {
  test.each([
    ['de', '5. Dezember 2026'],
    ['de-x-ls', '5. Dezember 2026'],
    ['ar', '5 ديسمبر 2026'],
    ['fa', '۵ دسامبر ۲۰۲۶ (۱۴ آذر ۱۴۰۵)'],
    ['ps', '۲۰۲۶ دسمبر ۵ (۱۴۰۵ لیندۍ ۱۴)'],
  ])('formatDate in %s', (locale, expected) => {
    expect(formatDate(iso, locale, 'Europe/Berlin')).toBe(expected)
  })

  test('Persian and Pashto keep their digits and name the Gregorian month', () => {
    for (const locale of ['fa', 'ps']) {
      const day = formatDay('2026-12-05', locale, 'long')
      expect(day).toMatch(/۲۰۲۶/)
      expect(day).not.toMatch(/[0-9]|۱۴۰۵/)
      expect(formatMonth('2026-12-01', locale)).toMatch(/۲۰۲۶/)
    }
  })

  test('a day heading may add the Solar Hijri day in brackets', () => {
    expect(formatDay('2026-12-05', 'fa', 'full', { withOwnCalendar: true })).toBe('شنبه ۵ دسامبر ۲۰۲۶ (۱۴ آذر ۱۴۰۵)')
    expect(formatDay('2026-12-05', 'de', 'full', { withOwnCalendar: true })).toBe('Samstag, 5. Dezember 2026')
  })

  test('times and weekday names are unchanged', () => {
    expect(formatTime(new Date(iso), 'de', 'Europe/Berlin')).toBe('13:00')
    expect(weekdayNames('de')[0]).toBe('Mo')
  })
})
