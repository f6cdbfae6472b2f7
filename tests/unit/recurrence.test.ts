import { describe, expect, it } from '@jest/globals'
import { localTime } from '@shared/openingHours'
import {
  exceptionStarts,
  expandOccurrences,
  firstOccurrence,
  nextOccurrences,
  toRRule,
  utcOffset,
  validateTiming,
  zonedTimeToInstant,
  zoneTransitions,
  type EventTiming,
  type Occurrence,
  type Recurrence,
} from '@shared/recurrence'

const TZ = 'Europe/Berlin'
const at = (iso: string) => new Date(iso)
const starts = (os: Occurrence[]) => os.map((o) => o.start.toISOString())
const dates = (os: Occurrence[]) => os.map((o) => o.date)
const HOUR = 3_600_000

/** Tuesday 20 October 2026, 18:00–20:00 in Berlin (summer time). */
const tuesdayEvening = (recurrence: Partial<Recurrence> = {}): EventTiming => ({
  start: '2026-10-20T16:00:00.000Z',
  end: '2026-10-20T18:00:00.000Z',
  recurrence: { frequency: 'weekly', ...recurrence },
})

const between = (event: EventTiming, from: string, to: string, limit?: number) => expandOccurrences(event, TZ, at(from), at(to), limit)

describe('time zones', () => {
  it('finds the daylight-saving changes of a year', () => {
    expect(zoneTransitions(TZ, 2026)).toEqual([
      { at: Date.parse('2026-03-29T01:00:00Z'), fromOffset: HOUR, toOffset: 2 * HOUR },
      { at: Date.parse('2026-10-25T01:00:00Z'), fromOffset: 2 * HOUR, toOffset: HOUR },
    ])
    expect(zoneTransitions('Australia/Sydney', 2026).map((t) => new Date(t.at).toISOString())).toEqual(['2026-04-04T16:00:00.000Z', '2026-10-03T16:00:00.000Z'])
    expect(zoneTransitions('Asia/Tokyo', 2026)).toEqual([])
  })

  it('agrees with Intl on the offset around a change', () => {
    expect(utcOffset(at('2026-03-29T00:59:59Z'), TZ)).toBe(HOUR)
    expect(utcOffset(at('2026-03-29T01:00:00Z'), TZ)).toBe(2 * HOUR)
    expect(utcOffset(at('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(-4 * HOUR)
    expect(utcOffset(at('2026-07-01T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * HOUR)
  })

  it('converts wall-clock times to instants', () => {
    expect(zonedTimeToInstant('2026-01-05', '09:30', TZ).toISOString()).toBe('2026-01-05T08:30:00.000Z')
    expect(zonedTimeToInstant('2026-07-06', '09:30', TZ).toISOString()).toBe('2026-07-06T07:30:00.000Z')
  })

  it('moves a time in the spring-forward gap on by the gap', () => {
    // 02:30 does not exist on 28 March 2027; 03:30 CEST does.
    expect(zonedTimeToInstant('2027-03-28', '02:30', TZ).toISOString()).toBe('2027-03-28T01:30:00.000Z')
    expect(zonedTimeToInstant('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z')
  })

  it('takes the first (summer-time) instant of a repeated autumn hour', () => {
    expect(zonedTimeToInstant('2026-10-25', '02:30', TZ).toISOString()).toBe('2026-10-25T00:30:00.000Z')
  })
})

describe('expandOccurrences', () => {
  it('keeps a weekly Tuesday 18:00 at 18:00 local when summer time ends and starts', () => {
    const autumn = between(tuesdayEvening(), '2026-10-19T00:00:00Z', '2026-11-04T00:00:00Z')
    expect(starts(autumn)).toEqual(['2026-10-20T16:00:00.000Z', '2026-10-27T17:00:00.000Z', '2026-11-03T17:00:00.000Z'])
    expect(autumn.map((o) => o.end.toISOString())).toEqual(['2026-10-20T18:00:00.000Z', '2026-10-27T19:00:00.000Z', '2026-11-03T19:00:00.000Z'])
    expect(dates(autumn)).toEqual(['2026-10-20', '2026-10-27', '2026-11-03'])

    const spring = between(tuesdayEvening(), '2027-03-20T00:00:00Z', '2027-04-07T00:00:00Z')
    expect(starts(spring)).toEqual(['2027-03-23T17:00:00.000Z', '2027-03-30T16:00:00.000Z', '2027-04-06T16:00:00.000Z'])

    const year = between(tuesdayEvening(), '2026-10-01T00:00:00Z', '2027-10-01T00:00:00Z')
    expect(year).toHaveLength(50)
    expect(new Set(year.map((o) => `${localTime(o.start, TZ).day} ${localTime(o.start, TZ).time}-${localTime(o.end, TZ).time}`))).toEqual(new Set(['tue 18:00-20:00']))
  })

  it('repeats on the 2nd Tuesday of the month, derived from the start', () => {
    const event: EventTiming = { start: '2026-01-13T18:00:00Z', end: '2026-01-13T20:00:00Z', recurrence: { frequency: 'monthly', monthlyMode: 'nthWeekday' } }
    expect(dates(between(event, '2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z'))).toEqual(['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09'])
    expect(toRRule(event, TZ)).toBe('FREQ=MONTHLY;BYDAY=2TU')
  })

  it('repeats on the last Friday of the month, chosen explicitly', () => {
    const event: EventTiming = { start: '2026-01-30T17:00:00Z', recurrence: { frequency: 'monthly', monthlyMode: 'nthWeekday', nth: -1, nthWeekday: 'fri' } }
    expect(dates(between(event, '2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z'))).toEqual(['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24', '2026-05-29'])
    // A start on the fifth Friday means "last" by default too.
    expect(toRRule({ ...event, recurrence: { frequency: 'monthly' } }, TZ)).toBe('FREQ=MONTHLY;BYDAY=-1FR')
  })

  it('skips months without the day for "same day of the month" on the 31st (rrule and RFC 5545 behaviour)', () => {
    const event: EventTiming = { start: '2026-01-31T09:00:00Z', recurrence: { frequency: 'monthly', monthlyMode: 'dayOfMonth' } }
    expect(dates(between(event, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'))).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
      '2026-10-31',
      '2026-12-31',
    ])
  })

  it('leaves out exception dates, given as dates, ISO instants (their local date) or Payload rows', () => {
    const event = tuesdayEvening({ exceptions: ['2026-12-08', { date: '2026-12-28T23:30:00.000Z' }, { date: null }] })
    expect(dates(between(event, '2026-12-01T00:00:00Z', '2027-01-07T00:00:00Z'))).toEqual(['2026-12-01', '2026-12-15', '2026-12-22', '2027-01-05'])
    expect(exceptionStarts(event, TZ).map((d) => d.toISOString())).toEqual(['2026-12-08T17:00:00.000Z', '2026-12-29T17:00:00.000Z'])
  })

  it('includes the until date', () => {
    const daily = (until: string): EventTiming => ({ start: '2026-05-01T16:00:00Z', recurrence: { frequency: 'daily', ends: 'until', until } })
    const all = (until: string) => dates(between(daily(until), '2026-04-01T00:00:00Z', '2026-06-01T00:00:00Z'))
    expect(all('2026-05-05')).toEqual(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'])
    // Payload's day-only value for 5 May, read in Berlin.
    expect(all('2026-05-04T22:30:00.000Z')).toHaveLength(5)
  })

  it('stops after count dates; an exception does not extend the series (RFC 5545)', () => {
    expect(dates(between(tuesdayEvening({ ends: 'count', count: 3 }), '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z'))).toEqual(['2026-10-20', '2026-10-27', '2026-11-03'])
    expect(dates(between(tuesdayEvening({ ends: 'count', count: 3, exceptions: ['2026-10-27'] }), '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z'))).toEqual(['2026-10-20', '2026-11-03'])
  })

  it('repeats every other week on several days, weeks starting on Monday', () => {
    const event: EventTiming = { start: '2026-06-01T08:00:00Z', recurrence: { frequency: 'weekly', interval: 2, weekdays: ['thu', 'mon'] } }
    expect(dates(between(event, '2026-06-01T00:00:00Z', '2026-07-04T00:00:00Z'))).toEqual(['2026-06-01', '2026-06-04', '2026-06-15', '2026-06-18', '2026-06-29', '2026-07-02'])
  })

  it('repeats daily and every third day', () => {
    const event: EventTiming = { start: '2026-03-27T08:00:00Z', end: '2026-03-27T09:00:00Z', recurrence: { frequency: 'daily' } }
    const week = between(event, '2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z')
    expect(starts(week)).toEqual(['2026-03-27T08:00:00.000Z', '2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z'])
    const third = { ...event, recurrence: { frequency: 'daily' as const, interval: 3 } }
    expect(dates(between(third, '2026-03-27T00:00:00Z', '2026-04-08T00:00:00Z'))).toEqual(['2026-03-27', '2026-03-30', '2026-04-02', '2026-04-05'])
  })

  it('lets a start that does not fit the rule only anchor the series', () => {
    // Monday start, weekly on Tuesdays: the series begins the next day.
    const event: EventTiming = { start: '2026-06-01T16:00:00Z', end: '2026-06-01T17:30:00Z', recurrence: { frequency: 'weekly', weekdays: ['tue'], ends: 'count', count: 3 } }
    expect(dates(between(event, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'))).toEqual(['2026-06-02', '2026-06-09', '2026-06-16'])
    expect(firstOccurrence(event, TZ)).toEqual({ start: at('2026-06-02T16:00:00Z'), end: at('2026-06-02T17:30:00Z'), date: '2026-06-02' })
    const fridayStart: EventTiming = { start: '2026-06-05T16:00:00Z', recurrence: { frequency: 'monthly', nth: 2, nthWeekday: 'tue', ends: 'until', until: '2026-06-30' } }
    expect(firstOccurrence(fridayStart, TZ)).toEqual({ start: at('2026-06-09T16:00:00Z'), end: at('2026-06-09T16:00:00Z'), date: '2026-06-09' })
    expect(firstOccurrence({ ...fridayStart, recurrence: { frequency: 'monthly', nth: 1, nthWeekday: 'tue', ends: 'until', until: '2026-06-30' } }, TZ)).toBeNull()
  })

  it('expands an old series the same way in a late range as from its start', () => {
    const cases: EventTiming[] = [
      { start: '2019-01-07T17:00:00Z', end: '2019-01-07T19:00:00Z', recurrence: { frequency: 'weekly', interval: 2, weekdays: ['mon', 'thu'] } },
      { start: '2019-01-31T09:00:00Z', recurrence: { frequency: 'monthly', interval: 2, monthlyMode: 'dayOfMonth' } },
      { start: '2019-01-29T17:00:00Z', recurrence: { frequency: 'monthly', interval: 3, monthlyMode: 'nthWeekday' } },
      { start: '2019-01-01T05:00:00Z', recurrence: { frequency: 'daily', interval: 5 } },
    ]
    for (const event of cases) {
      const from = '2027-02-10T00:00:00Z'
      const to = '2027-09-01T00:00:00Z'
      const whole = between(event, '2019-01-01T00:00:00Z', to, 5000).filter((o) => o.start >= at(from))
      expect(starts(between(event, from, to))).toEqual(starts(whole))
      expect(whole.length).toBeGreaterThanOrEqual(2)
    }
    expect(dates(between(cases[1] as EventTiming, '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z'))).toEqual(['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31'])
  })

  it('covers whole local days for an all-day event', () => {
    const event: EventTiming = { start: '2026-12-24T12:00:00.000Z', end: '2026-12-26T12:00:00.000Z', allDay: true }
    expect(between(event, '2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual([
      { start: at('2026-12-23T23:00:00.000Z'), end: at('2026-12-26T23:00:00.000Z'), date: '2026-12-24' },
    ])
    expect(between(event, '2026-12-26T22:59:00Z', '2026-12-27T00:00:00Z')).toHaveLength(1)
    expect(between(event, '2026-12-26T23:00:00Z', '2026-12-28T00:00:00Z')).toHaveLength(0)
  })

  it('repeats an all-day event on local days across the spring change', () => {
    const saturdays: EventTiming = { start: '2027-03-20T12:00:00.000Z', allDay: true, recurrence: { frequency: 'weekly' } }
    const os = between(saturdays, '2027-03-20T00:00:00Z', '2027-04-04T00:00:00Z')
    expect(os.map((o) => [o.start.toISOString(), o.end.toISOString()])).toEqual([
      ['2027-03-19T23:00:00.000Z', '2027-03-20T23:00:00.000Z'],
      ['2027-03-26T23:00:00.000Z', '2027-03-27T23:00:00.000Z'],
      ['2027-04-02T22:00:00.000Z', '2027-04-03T22:00:00.000Z'],
    ])
  })

  it('returns a one-off event when it overlaps the range, not when it only touches it', () => {
    const event: EventTiming = { start: '2026-05-10T10:00:00Z', end: '2026-05-10T12:00:00Z' }
    expect(between(event, '2026-05-10T11:00:00Z', '2026-05-10T13:00:00Z')).toEqual([{ start: at('2026-05-10T10:00:00Z'), end: at('2026-05-10T12:00:00Z'), date: '2026-05-10' }])
    expect(between(event, '2026-05-10T08:00:00Z', '2026-05-10T10:00:01Z')).toHaveLength(1)
    expect(between(event, '2026-05-10T12:00:00Z', '2026-05-10T13:00:00Z')).toHaveLength(0)
    expect(between(event, '2026-05-10T08:00:00Z', '2026-05-10T10:00:00Z')).toHaveLength(0)
  })

  it('returns an event without end when it starts in the range', () => {
    const event: EventTiming = { start: '2026-05-10T10:00:00Z', recurrence: { frequency: 'none' } }
    expect(between(event, '2026-05-10T10:00:00Z', '2026-05-10T11:00:00Z').map((o) => o.end.toISOString())).toEqual(['2026-05-10T10:00:00.000Z'])
    expect(between(event, '2026-05-10T09:00:00Z', '2026-05-10T10:00:00Z')).toHaveLength(0)
  })

  it('stops at the limit, 500 by default', () => {
    const daily: EventTiming = { start: '2026-01-01T08:00:00Z', recurrence: { frequency: 'daily' } }
    expect(dates(between(daily, '2026-01-01T00:00:00Z', '2030-01-01T00:00:00Z', 3))).toEqual(['2026-01-01', '2026-01-02', '2026-01-03'])
    expect(between(daily, '2026-01-01T00:00:00Z', '2030-01-01T00:00:00Z')).toHaveLength(500)
  })

  it('returns nothing for an unreadable start or an empty range', () => {
    expect(between({ start: 'soon' }, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual([])
    expect(between(tuesdayEvening(), '2027-01-01T00:00:00Z', '2026-01-01T00:00:00Z')).toEqual([])
  })
})

describe('nextOccurrences', () => {
  it('includes a running occurrence and skips ended ones', () => {
    expect(dates(nextOccurrences(tuesdayEvening(), TZ, at('2026-10-27T18:30:00Z'), 2))).toEqual(['2026-10-27', '2026-11-03'])
    expect(dates(nextOccurrences(tuesdayEvening(), TZ, at('2026-10-27T19:00:00Z'), 2))).toEqual(['2026-11-03', '2026-11-10'])
  })

  it('ends with the series', () => {
    expect(dates(nextOccurrences(tuesdayEvening({ ends: 'until', until: '2026-11-03' }), TZ, at('2026-10-21T00:00:00Z'), 5))).toEqual(['2026-10-27', '2026-11-03'])
    expect(nextOccurrences({ start: '2026-01-01T10:00:00Z' }, TZ, at('2026-02-01T00:00:00Z'), 3)).toEqual([])
  })
})

describe('toRRule', () => {
  it('writes the RFC 5545 rule', () => {
    expect(toRRule(tuesdayEvening(), TZ)).toBe('FREQ=WEEKLY;BYDAY=TU')
    expect(toRRule(tuesdayEvening({ interval: 2, weekdays: ['thu', 'tue'] }), TZ)).toBe('FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=TU,TH')
    expect(toRRule(tuesdayEvening({ frequency: 'monthly', nth: 2, ends: 'until', until: '2027-12-31' }), TZ)).toBe('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T225959Z')
    expect(toRRule(tuesdayEvening({ frequency: 'monthly', monthlyMode: 'dayOfMonth', ends: 'count', count: 5 }), TZ)).toBe('FREQ=MONTHLY;BYMONTHDAY=20;COUNT=5')
    expect(toRRule(tuesdayEvening({ frequency: 'daily', interval: 3, ends: 'until', until: '2027-07-31T10:00:00.000Z' }), TZ)).toBe('FREQ=DAILY;INTERVAL=3;UNTIL=20270731T215959Z')
  })

  it('writes UNTIL as a date for all-day events and nothing for one-off events', () => {
    expect(toRRule({ start: '2026-12-24T12:00:00Z', allDay: true, recurrence: { frequency: 'daily', ends: 'until', until: '2026-12-31' } }, TZ)).toBe('FREQ=DAILY;UNTIL=20261231')
    expect(toRRule({ start: '2026-12-24T12:00:00Z', recurrence: { frequency: 'none' } }, TZ)).toBeNull()
    expect(toRRule({ start: '2026-12-24T12:00:00Z' }, TZ)).toBeNull()
  })
})

describe('validateTiming', () => {
  const start = '2026-10-20T16:00:00.000Z'

  it('accepts a sound timing', () => {
    expect(validateTiming(tuesdayEvening({ interval: 2, weekdays: [], ends: 'until', until: '2026-10-20' }))).toBe(true)
    expect(validateTiming({ start, allDay: true, end: '2026-10-20T00:00:00.000Z' })).toBe(true)
  })

  it('explains what is wrong', () => {
    expect(validateTiming({ start: 'tomorrow' })).toBe('The start is not a valid date.')
    expect(validateTiming({ start, end: '2026-10-20T15:59:00.000Z' })).toBe('The end must not be before the start.')
    expect(validateTiming(tuesdayEvening({ interval: 0 }))).toBe('The interval must be a whole number from 1 to 99.')
    expect(validateTiming(tuesdayEvening({ interval: 100 }))).toBe('The interval must be a whole number from 1 to 99.')
    expect(validateTiming(tuesdayEvening({ ends: 'count', count: 501 }))).toBe('The count (number of dates) must be a whole number from 1 to 500.')
    expect(validateTiming(tuesdayEvening({ ends: 'count' }))).toBe('The count (number of dates) must be a whole number from 1 to 500.')
    expect(validateTiming(tuesdayEvening({ ends: 'until' }))).toBe('Choose the until date, the last date of the series.')
    expect(validateTiming(tuesdayEvening({ ends: 'until', until: '2026-10-19' }))).toBe('The until date must not be before the start.')
    expect(validateTiming(tuesdayEvening({ frequency: 'monthly', nth: 5 }))).toBe('The nth weekday must be the 1st to 4th or the last (-1).')
    expect(validateTiming(tuesdayEvening({ weekdays: ['tue', 'xyz' as 'mon'] }))).toBe('Weekdays must be chosen from Monday to Sunday.')
  })
})
