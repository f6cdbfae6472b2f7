import { compileHours, localTimeAt, type WeekClock, weekClock, type WeeklyHours, weeklyState } from '@shared/openIntervals'
import { DAYS, type Hours, localTime, type OpenState, openState } from '@shared/openingHours'

const TZ = 'Europe/Berlin'

/** The compiled hours' answer in `openState`'s words. */
function asOpenState(hours: WeeklyHours | null, clock: WeekClock): OpenState {
  if (!hours) return { state: 'unknown' }
  const s = weeklyState(hours, clock)
  if (s.open) return { state: 'open', closesAt: localTimeAt(clock, s.closesAt) }
  return { state: 'closed', opensAt: s.opensAt === null ? null : localTimeAt(clock, s.opensAt) }
}

const stateAt = (hours: Hours, iso: string) => asOpenState(compileHours(hours), weekClock(localTime(new Date(iso), TZ)))

describe('weekly open intervals', () => {
  test('overnight: a Friday 20:00–02:00 slot is open on Saturday at 01:30, closed at 02:30', () => {
    const night: Hours = { slots: [{ day: 'fri', opens: '20:00', closes: '02:00' }] }
    expect(stateAt(night, '2026-01-09T22:00:00Z')).toEqual({ state: 'open', closesAt: { date: '2026-01-10', day: 'sat', time: '02:00' } })
    expect(stateAt(night, '2026-01-10T00:30:00Z')).toEqual({ state: 'open', closesAt: { date: '2026-01-10', day: 'sat', time: '02:00' } })
    expect(stateAt(night, '2026-01-10T01:30:00Z')).toEqual({ state: 'closed', opensAt: { date: '2026-01-16', day: 'fri', time: '20:00' } })
  })

  test('overnight across the week’s end: Sunday 22:00–03:00 is open on Monday at 01:00', () => {
    const sunday: Hours = { slots: [{ day: 'sun', opens: '22:00', closes: '03:00' }] }
    expect(stateAt(sunday, '2026-01-05T00:00:00Z')).toEqual({ state: 'open', closesAt: { date: '2026-01-05', day: 'mon', time: '03:00' } })
    // Closed on the Sunday it starts: the Monday-morning part is closed too.
    expect(stateAt({ ...sunday, closedDates: ['2026-01-04'] }, '2026-01-05T00:00:00Z')).toEqual({ state: 'closed', opensAt: { date: '2026-01-11', day: 'sun', time: '22:00' } })
  })

  test('equal opening and closing times mean 24 hours', () => {
    const allDay: Hours = { slots: [{ day: 'wed', opens: '08:00', closes: '08:00' }] }
    expect(stateAt(allDay, '2026-01-08T06:59:00Z')).toEqual({ state: 'open', closesAt: { date: '2026-01-08', day: 'thu', time: '08:00' } }) // Thu 07:59
    expect(stateAt(allDay, '2026-01-08T07:00:00Z').state).toBe('closed')
  })

  test('daylight saving: wall-clock slots stay at their local time on both sides of each change', () => {
    const sunday: Hours = { slots: [{ day: 'sun', opens: '10:00', closes: '11:00' }] }
    expect(stateAt(sunday, '2026-03-29T08:30:00Z').state).toBe('open') // 10:30 CEST
    expect(stateAt(sunday, '2026-03-29T09:30:00Z').state).toBe('closed') // 11:30 CEST
    expect(stateAt(sunday, '2026-10-25T09:30:00Z').state).toBe('open') // 10:30 CET
    expect(stateAt(sunday, '2026-10-25T08:30:00Z')).toEqual({ state: 'closed', opensAt: { date: '2026-10-25', day: 'sun', time: '10:00' } }) // 09:30 CET
    // A night slot over the spring change: 01:00–04:00 local is open at 03:30 CEST (01:30 UTC).
    const night: Hours = { slots: [{ day: 'sat', opens: '23:00', closes: '04:00' }] }
    expect(stateAt(night, '2026-03-29T01:30:00Z')).toEqual({ state: 'open', closesAt: { date: '2026-03-29', day: 'sun', time: '04:00' } })
    expect(stateAt(night, '2026-03-29T02:30:00Z').state).toBe('closed') // 04:30 CEST
  })

  test('closures and closed dates push the next opening on, up to a fortnight', () => {
    const weekdays: Hours = { slots: [{ day: 'mon', opens: '09:00', closes: '12:00' }], closure: { from: '2026-01-05', to: '2026-01-18' } }
    expect(stateAt(weekdays, '2026-01-05T09:00:00Z')).toEqual({ state: 'closed', opensAt: { date: '2026-01-19', day: 'mon', time: '09:00' } })
    expect(stateAt({ ...weekdays, closure: { from: '2026-01-05', to: '2026-01-19' } }, '2026-01-05T09:00:00Z')).toEqual({ state: 'closed', opensAt: null })
  })

  test('no valid slot is "unknown", as in openState', () => {
    expect(compileHours(null)).toBeNull()
    expect(compileHours({ slots: [] })).toBeNull()
    expect(compileHours({ slots: [{ day: 'mon', opens: '9:00', closes: '25:00' }] })).toBeNull()
  })

  test('the same answer as openState at every sampled instant (random hours, DST days, midnights)', () => {
    let seed = 42
    const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296)
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T
    const time = () => `${String(Math.floor(random() * 24)).padStart(2, '0')}:${pick(['00', '15', '30', '59'])}`
    const dates = ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26', '2026-01-04', '2026-01-05', '2026-12-31']
    const differences: unknown[] = []
    let compared = 0
    for (let h = 0; h < 300; h++) {
      const hours: Hours = {
        slots: Array.from({ length: 1 + Math.floor(random() * 5) }, () => ({ day: pick(DAYS), opens: time(), closes: random() < 0.05 ? 'late' : time() })),
        closedDates: random() < 0.3 ? [pick(dates), pick(dates)] : [],
        closure: random() < 0.2 ? { from: pick(dates), to: pick(dates) } : null,
      }
      const compiled = compileHours(hours)
      for (let i = 0; i < 40; i++) {
        // Instants on and around the sampled days, at any minute (UTC), DST hours included.
        const instant = new Date(Date.parse(`${pick(dates)}T00:00:00Z`) + Math.floor(random() * 48 * 60) * 60_000 - 12 * 3_600_000)
        const local = localTime(instant, TZ)
        const [compiledState, expected] = [asOpenState(compiled, weekClock(local)), openState(hours, instant, TZ, local)]
        if (JSON.stringify(compiledState) !== JSON.stringify(expected)) differences.push({ hours, instant, compiledState, expected })
        compared++
      }
    }
    expect(differences.slice(0, 3)).toEqual([])
    expect(compared).toBe(12_000)
  })
})
