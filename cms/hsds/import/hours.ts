import { addDays, DAYS, type Day, type Slot } from '@shared/openingHours'
import type { Period } from '../mapSchedule'
import type { ScheduleIn } from './model'

const DAY_OF: Record<string, Day> = { MO: 'mon', TU: 'tue', WE: 'wed', TH: 'thu', FR: 'fri', SA: 'sat', SU: 'sun' }

export interface HoursIn {
  slots: Slot[]
  closure?: { from: string; to: string; reason?: string }
}

/** What mapSchedule.ts writes into `notes` for a temporary closure: "2026-07-20 – 2026-08-07: Urlaub". */
const CLOSURE_NOTE = /^(\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})(?:: (.*))?$/s

const periodKey = (s: ScheduleIn) => `${s.validFrom ?? ''}|${s.validTo ?? ''}`

/**
 * The inverse of `mapSchedules`: weekly slots (each rule's days × its times, once however
 * many validity periods repeat it), the temporary closure (from the note we write, else the
 * gap between two periods), and the validity (the outer bounds of the periods).
 */
export function hoursOf(schedules: ScheduleIn[]): { hours: HoursIn; validity: Period | null } {
  const slots = new Map<string, Slot>()
  for (const s of schedules) {
    for (const code of s.byday.split(',')) {
      const day = DAY_OF[code]
      if (day) slots.set(`${day}|${s.opens}|${s.closes}`, { day, opens: s.opens, closes: s.closes })
    }
  }
  const periods = [...new Map(schedules.map((s) => [periodKey(s), { from: s.validFrom ?? null, to: s.validTo ?? null }])).values()].sort((a, b) =>
    (a.from ?? '').localeCompare(b.from ?? ''),
  )
  const note = schedules.map((s) => s.notes?.match(CLOSURE_NOTE)).find(Boolean)
  let closure: HoursIn['closure']
  if (note?.[1] && note[2]) closure = { from: note[1], to: note[2], ...(note[3] ? { reason: note[3] } : {}) }
  else if (periods.length === 2 && periods[0]?.to && periods[1]?.from) closure = { from: addDays(periods[0].to, 1), to: addDays(periods[1].from, -1) }
  // A period that merely starts after (or ends before) the closure says nothing about the validity.
  const from = periods[0]?.from ?? null
  const to = periods[periods.length - 1]?.to ?? null
  const validity = {
    from: closure && from === addDays(closure.to, 1) ? null : from,
    to: closure && to === addDays(closure.from, -1) ? null : to,
  }
  const order = (s: Slot) => `${DAYS.indexOf(s.day)}|${s.opens}|${s.closes}`
  return {
    hours: { slots: [...slots.values()].sort((a, b) => order(a).localeCompare(order(b))), ...(closure ? { closure } : {}) },
    validity: validity.from || validity.to ? validity : null,
  }
}

/** Whether two sets of hours say the same (slots in any order, the same closure). */
export const sameHours = (a: HoursIn, b: HoursIn): boolean => hoursKey(a) === hoursKey(b)

export const hoursKey = (h: HoursIn): string => JSON.stringify([h.slots.map((s) => `${s.day}|${s.opens}|${s.closes}`).sort(), h.closure ?? null])
