import { mapSchedules, validityPeriods, weeklyGroups } from '@cms/hsds/mapSchedule'
import { isUuid } from '@shared/uuid'

const OWNER = '0b3a3c52-7a4d-4f7e-9d0e-3c1f2a6b5d40'
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, opens: '09:00', closes: '12:00' }))

describe('weeklyGroups', () => {
  test('equal times on several days become one rule, in week order', () => {
    expect(weeklyGroups([...weekdays].reverse())).toEqual([{ byday: 'MO,TU,WE,TH,FR', opens: '09:00', closes: '12:00' }])
  })

  test('different times are separate rules, earliest first; duplicates collapse', () => {
    const slots = [
      { day: 'tue', opens: '14:00', closes: '18:00' },
      { day: 'mon', opens: '09:00', closes: '12:00' },
      { day: 'thu', opens: '14:00', closes: '18:00' },
      { day: 'thu', opens: '14:00', closes: '18:00' },
    ]
    expect(weeklyGroups(slots)).toEqual([
      { byday: 'MO', opens: '09:00', closes: '12:00' },
      { byday: 'TU,TH', opens: '14:00', closes: '18:00' },
    ])
  })

  test('a slot past midnight keeps its times; invalid slots are dropped', () => {
    const slots = [
      { day: 'fri', opens: '20:00', closes: '02:00' },
      { day: 'sat', opens: '9:00', closes: '12:00' },
      { day: 'holiday', opens: '09:00', closes: '12:00' },
    ]
    expect(weeklyGroups(slots)).toEqual([{ byday: 'FR', opens: '20:00', closes: '02:00' }])
    expect(weeklyGroups(null)).toEqual([])
  })
})

describe('validityPeriods', () => {
  const today = '2026-03-01'

  test('without a closure: the validity as it is', () => {
    expect(validityPeriods({ from: null, to: null }, null, today)).toEqual([{ from: null, to: null }])
    expect(validityPeriods({ from: '2026-01-01', to: '2026-12-31' }, undefined, today)).toEqual([{ from: '2026-01-01', to: '2026-12-31' }])
  })

  test('a closure cuts the validity in two', () => {
    expect(validityPeriods({ from: null, to: null }, { from: '2026-07-20', to: '2026-08-07' }, today)).toEqual([
      { from: null, to: '2026-07-19' },
      { from: '2026-08-08', to: null },
    ])
    expect(validityPeriods({ from: '2026-01-01', to: '2026-12-31' }, { from: '2026-07-01', to: '2026-07-31' }, today)).toEqual([
      { from: '2026-01-01', to: '2026-06-30' },
      { from: '2026-08-01', to: '2026-12-31' },
    ])
  })

  test('a closure across the start or end of the validity shortens it', () => {
    expect(validityPeriods({ from: '2026-06-01', to: null }, { from: '2026-05-20', to: '2026-06-10' }, today)).toEqual([{ from: '2026-06-11', to: null }])
    expect(validityPeriods({ from: null, to: '2026-06-30' }, { from: '2026-06-20', to: '2026-07-10' }, today)).toEqual([{ from: null, to: '2026-06-19' }])
    expect(validityPeriods({ from: '2026-06-01', to: '2026-06-30' }, { from: '2026-05-01', to: '2026-07-31' }, today)).toEqual([])
  })

  test('periods over before today are left out; a half-filled closure is ignored', () => {
    expect(validityPeriods({ from: null, to: null }, { from: '2026-01-10', to: '2026-01-20' }, today)).toEqual([{ from: '2026-01-21', to: null }])
    expect(validityPeriods({ from: null, to: '2025-12-31' }, null, today)).toEqual([])
    expect(validityPeriods({ from: null, to: null }, { from: '2026-07-01', to: null }, today)).toEqual([{ from: null, to: null }])
  })
})

describe('mapSchedules', () => {
  const base = { owner: OWNER, links: { service_id: 'S', location_id: 'L', service_at_location_id: 'SAL' }, today: '2026-03-01' }

  test('weekly RRULE parts with validity, links and the booking link', () => {
    const out = mapSchedules({ slots: weekdays }, { ...base, validity: { from: '2026-01-01', to: '2026-12-31' }, scheduleLink: 'https://example.org/book' })
    expect(out).toEqual([
      {
        id: expect.any(String),
        service_id: 'S',
        location_id: 'L',
        service_at_location_id: 'SAL',
        valid_from: '2026-01-01',
        valid_to: '2026-12-31',
        freq: 'WEEKLY',
        wkst: 'MO',
        byday: 'MO,TU,WE,TH,FR',
        opens_at: '09:00',
        closes_at: '12:00',
        schedule_link: 'https://example.org/book',
      },
    ])
    expect(isUuid(out[0]?.id)).toBe(true)
  })

  test('a coming closure: one schedule per group and period, each with the reason', () => {
    const hours = {
      slots: [...weekdays, { day: 'sat', opens: '10:00', closes: '14:00' }],
      closure: { from: '2026-07-20', to: '2026-08-07', reason: 'Sommerpause' },
    }
    const out = mapSchedules(hours, base)
    expect(out).toHaveLength(4)
    expect(out.map((s) => [s.byday, s.valid_from, s.valid_to])).toEqual([
      ['MO,TU,WE,TH,FR', undefined, '2026-07-19'],
      ['SA', undefined, '2026-07-19'],
      ['MO,TU,WE,TH,FR', '2026-08-08', undefined],
      ['SA', '2026-08-08', undefined],
    ])
    expect(out.every((s) => s.notes === '2026-07-20 – 2026-08-07: Sommerpause')).toBe(true)
    expect(new Set(out.map((s) => s.id)).size).toBe(4)
  })

  test('ids are stable from one call to the next and differ per owner', () => {
    const a = mapSchedules({ slots: weekdays }, base)
    expect(mapSchedules({ slots: weekdays }, base)).toEqual(a)
    expect(mapSchedules({ slots: weekdays }, { ...base, owner: '5b1f1c8e-2f7c-4b8e-8a55-1c5d7e9f0a11' })[0]?.id).not.toBe(a[0]?.id)
  })

  test('no hours, or a validity that has ended: no schedules', () => {
    expect(mapSchedules(null, base)).toEqual([])
    expect(mapSchedules({ slots: [] }, base)).toEqual([])
    expect(mapSchedules({ slots: weekdays }, { ...base, validity: { from: null, to: '2025-01-01' } })).toEqual([])
  })
})
