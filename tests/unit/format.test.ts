import { formatDate, formatDay, formatDayTimeRange, formatEuros, formatMonth, formatNumber, formatPercent, formatTime, formatTimeRange, formatYear, weekdayNames } from '@web/lib/format'

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

describe('numbers in the reader\'s digits', () => {
  test.each([
    // Intl gives Arabic the Latin digits (as its dates have them); Persian and Pashto their own.
    ['de', '2018', '1.234,5', '50 %', '12.000 €'],
    ['en', '2018', '1,234.5', '50%', '€12,000'],
    ['ar', '2018', '1,234.5', '50\u200e%\u200e', '\u200f12,000 €'],
    ['fa', '۲۰۱۸', '۱٬۲۳۴٫۵', '۵۰٪', '\u200e€۱۲٬۰۰۰'],
    ['ps', '۲۰۱۸', '۱٬۲۳۴٫۵', '۵۰٪', '€ ۱۲٬۰۰۰'],
    ['tr', '2018', '1.234,5', '%50', '€12.000'],
  ])('%s: a year, a number, a share and euros', (locale, year, number, percent, euros) => {
    // Intl's no-break spaces compared as spaces.
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')
    expect(formatYear(2018, locale)).toBe(year)
    expect(formatNumber(1234.5, locale)).toBe(number)
    expect(plain(formatPercent(50, locale))).toBe(percent)
    expect(plain(formatEuros(12000, locale))).toBe(euros)
  })

  test('a year is never grouped, in any locale', () => {
    for (const locale of ['de', 'de-x-ls', 'fr', 'ru', 'uk']) expect(formatYear(2026, locale)).toBe('2026')
  })

  test('a span of time is written as the language writes it', () => {
    const start = new Date('2026-12-05T17:00:00Z')
    const end = new Date('2026-12-05T19:00:00Z')
    expect(formatTimeRange(start, end, 'de', 'Europe/Berlin')).toBe('18:00–20:00 Uhr')
    expect(formatTimeRange(start, end, 'fa', 'Europe/Berlin')).toBe('۱۸:۰۰ تا ۲۰:۰۰')
    expect(formatDayTimeRange(start, end, 'de', 'Europe/Berlin')).toBe('Samstag, 5. Dezember 2026, 18:00–20:00 Uhr')
    // No span: the start alone.
    expect(formatDayTimeRange(start, start, 'de', 'Europe/Berlin')).toBe('Samstag, 5. Dezember 2026 um 18:00')
  })
})
