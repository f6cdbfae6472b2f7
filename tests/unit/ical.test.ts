import { describe, expect, it } from '@jest/globals'
import ICAL from 'ical.js'
import { buildCalendar, escapeText, foldLine, icsTiming, type IcsEvent } from '@shared/ical'
import { expandOccurrences, type EventTiming } from '@shared/recurrence'

const TZ = 'Europe/Berlin'
const NOW = new Date('2026-09-01T08:00:00Z')

const calendar = (events: IcsEvent[], timeZone = TZ) => buildCalendar({ name: 'Veranstaltungen, Musterstadt', timeZone, events, now: NOW })
const veventsOf = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
const firstEvent = (text: string) => {
  const vevent = veventsOf(text)[0]
  if (!vevent) throw new Error('no VEVENT')
  return new ICAL.Event(vevent)
}
const octets = (line: string) => Buffer.byteLength(line, 'utf8')

/** The event as the portal stores it, turned into a feed entry the way a route would. */
function icsOf(timing: EventTiming, timeZone: string, extra: Partial<IcsEvent> = {}): IcsEvent {
  const dates = icsTiming(timing, timeZone)
  if (!dates) throw new Error('no dates')
  return { uid: 'evt-1@portal.example', title: 'Sprachcafé', ...dates, ...extra }
}

/** Starts of the first n occurrences as ical.js expands them. */
function icalStarts(text: string, n: number): string[] {
  const iterator = firstEvent(text).iterator()
  const out: string[] = []
  for (let next = iterator.next(); next && out.length < n; next = iterator.next()) out.push(next.toJSDate().toISOString())
  return out
}

const portalStarts = (timing: EventTiming, timeZone: string, n: number) =>
  expandOccurrences(timing, timeZone, new Date(timing.start), new Date('2100-01-01T00:00:00Z'), n).map((o) => o.start.toISOString())

describe('buildCalendar', () => {
  it('writes the calendar header with CRLF line endings', () => {
    const text = calendar([icsOf({ start: '2026-10-20T16:00:00Z' }, TZ)])
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = text.split('\r\n')
    for (const line of ['VERSION:2.0', 'PRODID:-//Integration Portal//Events//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Veranstaltungen\\, Musterstadt', 'X-WR-TIMEZONE:Europe/Berlin']) {
      expect(lines).toContain(line)
    }
  })

  it('escapes text so that commas, semicolons, backslashes and newlines round-trip', () => {
    const title = 'Café; Treff, offen\nfür alle \\ willkommen'
    const text = calendar([icsOf({ start: '2026-10-20T16:00:00Z' }, TZ, { title, language: 'de', location: 'Rathaus, Saal 2', categories: ['Kultur, Musik', 'Sport'] })])
    expect(text).toContain('SUMMARY;LANGUAGE=de:Café\\; Treff\\, offen\\nfür alle \\\\ willkommen\r\n')
    const event = firstEvent(text)
    expect(event.summary).toBe(title)
    expect(event.location).toBe('Rathaus, Saal 2')
    expect(event.component.getFirstProperty('summary')?.getParameter('language')).toBe('de')
    expect(event.component.getFirstProperty('categories')?.getValues()).toEqual(['Kultur, Musik', 'Sport'])
    expect(escapeText('a\r\nb\u0007c')).toBe('a\\nbc')
  })

  it('folds long Arabic and Ukrainian text at 75 octets without splitting characters', () => {
    const description = `${'مرحبا بكم في مقهى اللغة، نلتقي كل أسبوع في المكتبة العامة؛ الدخول مجاني. '.repeat(4)}\n${'Ласкаво просимо до мовного кафе! '.repeat(3)}🎉🎉🎉`
    const text = calendar([icsOf({ start: '2026-10-20T16:00:00Z' }, TZ, { description, language: 'ar' })])
    const lines = text.split('\r\n')
    const descriptionLines = lines.slice(lines.findIndex((l) => l.startsWith('DESCRIPTION;LANGUAGE=ar:')))
    const continuation = descriptionLines.slice(1, descriptionLines.findIndex((l, i) => i > 0 && !l.startsWith(' ')))
    expect(continuation.length).toBeGreaterThan(5)
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75)
    // No line ends or starts inside a surrogate pair.
    for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/)
    expect(firstEvent(text).description).toBe(description)
  })

  it('folds exactly at the limit', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75))
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`)
    // "ä" is two octets: 37 of them fill 74, the 38th would cross 75.
    expect(foldLine('ä'.repeat(40)).split('\r\n')).toEqual(['ä'.repeat(37), ` ${'ä'.repeat(3)}`])
  })

  it('expands a weekly series in ical.js to the portal dates across daylight-saving changes, with EXDATE', () => {
    const timing: EventTiming = {
      start: '2026-10-06T16:00:00.000Z',
      end: '2026-10-06T18:00:00.000Z',
      recurrence: { frequency: 'weekly', exceptions: [{ date: '2026-10-27' }, { date: '2026-11-10' }] },
    }
    const text = calendar([icsOf(timing, TZ)])
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261006T180000\r\n')
    expect(text).toContain('DTEND;TZID=Europe/Berlin:20261006T200000\r\n')
    expect(text).toContain('EXDATE;TZID=Europe/Berlin:20261027T180000,20261110T180000\r\n')
    const expected = portalStarts(timing, TZ, 10)
    expect(expected.slice(0, 4)).toEqual(['2026-10-06T16:00:00.000Z', '2026-10-13T16:00:00.000Z', '2026-10-20T16:00:00.000Z', '2026-11-03T17:00:00.000Z'])
    expect(icalStarts(text, 10)).toEqual(expected)
  })

  it('agrees with the portal years ahead and in other zones', () => {
    const cases: [EventTiming, string][] = [
      [{ start: '2026-10-06T16:00:00.000Z', end: '2026-10-06T18:00:00.000Z', recurrence: { frequency: 'monthly', nth: -1, nthWeekday: 'sun' } }, TZ],
      [{ start: '2026-03-01T15:00:00.000Z', recurrence: { frequency: 'weekly', interval: 2, weekdays: ['sun', 'wed'] } }, 'America/New_York'],
      [{ start: '2026-03-31T22:30:00.000Z', recurrence: { frequency: 'monthly', monthlyMode: 'dayOfMonth', ends: 'count', count: 30 } }, 'Australia/Sydney'],
      [{ start: '2026-06-01T16:00:00.000Z', recurrence: { frequency: 'weekly', weekdays: ['tue'], ends: 'count', count: 5 } }, TZ],
      [{ start: '2026-01-31T09:00:00.000Z', recurrence: { frequency: 'monthly', monthlyMode: 'dayOfMonth', exceptions: ['2026-05-31'] } }, TZ],
      [{ start: '2026-10-22T16:00:00.000Z', recurrence: { frequency: 'weekly', interval: 3, weekdays: ['tue', 'thu'], ends: 'until', until: '2027-12-31' } }, TZ],
    ]
    for (const [timing, timeZone] of cases) {
      const text = calendar([icsOf(timing, timeZone)], timeZone)
      expect(icalStarts(text, 40)).toEqual(portalStarts(timing, timeZone, 40))
    }
  })

  it('derives the VTIMEZONE from the zone', () => {
    const berlin = calendar([icsOf({ start: '2026-10-20T16:00:00Z' }, TZ)])
    const vtimezone = berlin.slice(berlin.indexOf('BEGIN:VTIMEZONE'), berlin.indexOf('END:VTIMEZONE'))
    expect(vtimezone).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT')
    expect(vtimezone).toContain('BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD')

    const tokyo = calendar([icsOf({ start: '2026-10-20T09:00:00Z' }, 'Asia/Tokyo')], 'Asia/Tokyo')
    expect(tokyo).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\nX-LIC-LOCATION:Asia/Tokyo\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nEND:STANDARD\r\nEND:VTIMEZONE')
    expect(firstEvent(tokyo).startDate.toJSDate().toISOString()).toBe('2026-10-20T09:00:00.000Z')
  })

  it('marks a cancelled event and carries URL, DTSTAMP and LAST-MODIFIED', () => {
    const updated = new Date('2026-08-15T10:30:00Z')
    const text = calendar([icsOf({ start: '2026-10-20T16:00:00Z' }, TZ, { cancelled: true, url: 'https://portal.example/de/musterstadt/events/sprachcafe', updated })])
    const event = firstEvent(text)
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(event.component.getFirstPropertyValue('url')).toBe('https://portal.example/de/musterstadt/events/sprachcafe')
    expect(text).toContain('DTSTAMP:20260815T103000Z\r\nLAST-MODIFIED:20260815T103000Z\r\n')
    expect(calendar([icsOf({ start: '2026-10-20T16:00:00Z' }, TZ)])).toContain('DTSTAMP:20260901T080000Z\r\n')
    expect(veventsOf(calendar([icsOf({ start: '2026-10-20T16:00:00Z' }, TZ)]))[0]?.getFirstPropertyValue('status')).toBeNull()
  })

  it('writes all-day events as dates with an exclusive end', () => {
    const timing: EventTiming = {
      start: '2026-12-24T12:00:00.000Z',
      end: '2026-12-26T12:00:00.000Z',
      allDay: true,
      recurrence: { frequency: 'weekly', ends: 'until', until: '2027-01-14', exceptions: ['2026-12-31'] },
    }
    const text = calendar([icsOf(timing, TZ)])
    expect(text).toContain('DTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261227\r\nEXDATE;VALUE=DATE:20261231\r\nRRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270114\r\n')
    expect(text).not.toContain('BEGIN:VTIMEZONE')
    const event = firstEvent(text)
    expect(event.startDate.isDate).toBe(true)
    expect(event.startDate.toString()).toBe('2026-12-24')
    expect(event.endDate.toString()).toBe('2026-12-27')
    const days: string[] = []
    const iterator = event.iterator()
    for (let next = iterator.next(); next; next = iterator.next()) days.push(next.toString())
    expect(days).toEqual(['2026-12-24', '2027-01-07', '2027-01-14'])
    expect(expandOccurrences(timing, TZ, new Date('2026-12-01'), new Date('2027-02-01')).map((o) => o.date)).toEqual(days)
  })
})
