import { addDays, localTime, openState, weekTable, type Hours } from '@shared/openingHours'

const TZ = 'Europe/Berlin'
const at = (iso: string) => new Date(iso)

const office: Hours = {
  slots: [
    { day: 'mon', opens: '09:00', closes: '12:00' },
    { day: 'tue', opens: '14:00', closes: '18:00' },
    { day: 'fri', opens: '09:00', closes: '12:00' },
  ],
}

describe('localTime', () => {
  test('converts to Berlin time in winter and summer', () => {
    expect(localTime(at('2026-01-05T08:30:00Z'), TZ)).toEqual({ date: '2026-01-05', day: 'mon', time: '09:30' })
    expect(localTime(at('2026-07-06T08:30:00Z'), TZ)).toEqual({ date: '2026-07-06', day: 'mon', time: '10:30' })
  })

  test('addDays crosses months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })
})

describe('openState', () => {
  test('open during a slot, with its closing time', () => {
    expect(openState(office, at('2026-01-05T10:00:00Z'), TZ)).toEqual({
      state: 'open',
      closesAt: { date: '2026-01-05', day: 'mon', time: '12:00' },
    })
  })

  test('closed at the closing minute, next opening the next day', () => {
    expect(openState(office, at('2026-01-05T11:00:00Z'), TZ)).toEqual({
      state: 'closed',
      opensAt: { date: '2026-01-06', day: 'tue', time: '14:00' },
    })
  })

  test('on Friday afternoon the next opening is Monday', () => {
    const s = openState(office, at('2026-01-09T15:00:00Z'), TZ)
    expect(s).toEqual({ state: 'closed', opensAt: { date: '2026-01-12', day: 'mon', time: '09:00' } })
  })

  test('a slot past midnight is open after midnight, until it closes', () => {
    const night: Hours = { slots: [{ day: 'fri', opens: '20:00', closes: '02:00' }] }
    expect(openState(night, at('2026-01-09T22:00:00Z'), TZ).state).toBe('open') // Fri 23:00
    const afterMidnight = openState(night, at('2026-01-10T00:30:00Z'), TZ) // Sat 01:30
    expect(afterMidnight).toEqual({ state: 'open', closesAt: { date: '2026-01-10', day: 'sat', time: '02:00' } })
    expect(openState(night, at('2026-01-10T01:30:00Z'), TZ).state).toBe('closed') // Sat 02:30
  })

  test('daylight saving: 10:00 local is open on both sides of the change', () => {
    const sunday: Hours = { slots: [{ day: 'sun', opens: '10:00', closes: '11:00' }] }
    // 29 March 2026: clocks go forward at 02:00; 10:30 CEST is 08:30 UTC.
    expect(openState(sunday, at('2026-03-29T08:30:00Z'), TZ).state).toBe('open')
    expect(openState(sunday, at('2026-03-29T09:30:00Z'), TZ).state).toBe('closed')
    // 25 October 2026: clocks go back; 10:30 CET is 09:30 UTC.
    expect(openState(sunday, at('2026-10-25T09:30:00Z'), TZ).state).toBe('open')
    expect(openState(sunday, at('2026-10-25T08:30:00Z'), TZ).state).toBe('closed')
  })

  test('closed dates and temporary closures', () => {
    const holiday = { ...office, closedDates: ['2026-01-05'] }
    expect(openState(holiday, at('2026-01-05T10:00:00Z'), TZ)).toEqual({
      state: 'closed',
      opensAt: { date: '2026-01-06', day: 'tue', time: '14:00' },
    })
    const closure = { ...office, closure: { from: '2026-01-05', to: '2026-01-11' } }
    expect(openState(closure, at('2026-01-06T15:00:00Z'), TZ)).toEqual({
      state: 'closed',
      opensAt: { date: '2026-01-12', day: 'mon', time: '09:00' },
    })
  })

  test('no hours: unknown, not closed', () => {
    expect(openState({ slots: [] }, at('2026-01-05T10:00:00Z'), TZ)).toEqual({ state: 'unknown' })
    expect(openState(null, at('2026-01-05T10:00:00Z'), TZ)).toEqual({ state: 'unknown' })
  })

  test('week table groups by day in order', () => {
    const table = weekTable(office.slots)
    expect(table.map((r) => r.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
    expect(table[2]?.slots).toEqual([])
  })
})

test('localTime remembers a minute, and only that minute, per time zone', () => {
  const berlin = 'Europe/Berlin'
  // Before and after the spring-forward jump (02:00 → 03:00 local on 29 March 2026), zones taken in turns.
  const justBefore = new Date('2026-03-29T00:59:59.999Z')
  const jump = new Date('2026-03-29T01:00:00.000Z')
  expect(localTime(new Date('2026-03-29T00:59:00.000Z'), berlin)).toEqual({ date: '2026-03-29', day: 'sun', time: '01:59' })
  expect(localTime(new Date('2026-03-29T00:59:30.000Z'), 'Asia/Kolkata')).toEqual({ date: '2026-03-29', day: 'sun', time: '06:29' })
  expect(localTime(justBefore, berlin).time).toBe('01:59')
  expect(localTime(jump, berlin).time).toBe('03:00')
  expect(localTime(new Date('2026-03-29T01:00:59.000Z'), 'Asia/Kolkata').time).toBe('06:30')
  // The same minute again, and back to an earlier one.
  expect(localTime(new Date('2026-03-29T01:00:30.000Z'), berlin).time).toBe('03:00')
  expect(localTime(justBefore, berlin).time).toBe('01:59')
  // Midnight changes the date and the weekday.
  expect(localTime(new Date('2026-03-29T21:59:59.000Z'), berlin)).toEqual({ date: '2026-03-29', day: 'sun', time: '23:59' })
  expect(localTime(new Date('2026-03-29T22:00:00.000Z'), berlin)).toEqual({ date: '2026-03-30', day: 'mon', time: '00:00' })
})
