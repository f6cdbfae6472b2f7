import { DAYS, type Day, type Slot } from '@shared/openingHours'
import { normalizeForSearch } from '@shared/search'

const DAY_WORDS: Record<string, Day> = {}
const NAMES: Record<Day, string[]> = {
  mon: ['mo', 'mon', 'montag', 'monday', 'montags'],
  tue: ['di', 'die', 'tue', 'tues', 'dienstag', 'tuesday', 'dienstags'],
  wed: ['mi', 'mit', 'wed', 'mittwoch', 'wednesday', 'mittwochs'],
  thu: ['do', 'don', 'thu', 'thur', 'thurs', 'donnerstag', 'thursday', 'donnerstags'],
  fri: ['fr', 'fre', 'fri', 'freitag', 'friday', 'freitags'],
  sat: ['sa', 'sam', 'sat', 'samstag', 'saturday', 'samstags', 'sonnabend'],
  sun: ['so', 'son', 'sun', 'sonntag', 'sunday', 'sonntags'],
}
for (const day of DAYS) for (const word of NAMES[day]) DAY_WORDS[word] = day

const FILLERS = new Set(['und', 'and', 'uhr', 'sowie', 'jeweils'])
const DASH = String.raw`(?:-|–|—|bis|to)`
const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?(?:\s*uhr)?`
const TOKEN = new RegExp(String.raw`\s*(?:(?<time>${TIME}\s*${DASH}\s*${TIME})|(?<word>[a-z]+)\.?(?:\s*${DASH}\s*(?<to>[a-z]+)\.?)?|(?<sep>[,;/&+\n]))\s*`, 'y')

function hhmm(hours: string | undefined, minutes: string | undefined): string | null {
  const h = Number(hours)
  const m = Number(minutes ?? '0')
  if (!Number.isInteger(h) || h > 24 || m > 59 || (h === 24 && m > 0)) return null
  // "bis 24 Uhr" is midnight; a closing time at or before the opening runs past midnight.
  return `${String(h % 24).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

function dayRange(from: Day, to: Day): Day[] {
  const a = DAYS.indexOf(from)
  const b = DAYS.indexOf(to)
  const out: Day[] = []
  for (let i = a; ; i = (i + 1) % 7) {
    const day = DAYS[i]
    if (day) out.push(day)
    if (i === b) return out
  }
}

/**
 * Reads the simple opening hours people write in spreadsheets: "Mo–Fr 9–12 Uhr",
 * "Mo, Mi 09:00-12:00 und 14:00-16:00; Sa 10-13". Returns the weekly slots, or null when the
 * text says more than that (holidays, "nach Vereinbarung", weeks of the month): such hours
 * are left for the admin rather than guessed.
 */
export function parseOpeningHours(text: string): Slot[] | null {
  const source = normalizeForSearch(text.replace(/\r?\n/g, ';')).replace(/(\d)\s*h\b/g, '$1')
  const slots: Slot[] = []
  let days: Day[] = []
  let afterTime = false
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < source.length) {
    const start = TOKEN.lastIndex
    const m = TOKEN.exec(source)
    if (!m || TOKEN.lastIndex === start) return null
    const g = m.groups ?? {}
    if (g.time) {
      const opens = hhmm(m[2], m[3])
      const closes = hhmm(m[4], m[5])
      if (!opens || !closes || days.length === 0) return null
      for (const day of days) slots.push({ day, opens, closes })
      afterTime = true
    } else if (g.word) {
      const from = DAY_WORDS[g.word]
      if (!from) {
        if (FILLERS.has(g.word) && !g.to) continue
        return null
      }
      const to = g.to ? DAY_WORDS[g.to] : from
      if (!to) return null
      if (afterTime) days = []
      afterTime = false
      days.push(...dayRange(from, to))
    }
  }
  if (!afterTime || slots.length === 0) return null
  const order = (s: Slot) => DAYS.indexOf(s.day) * 10000 + Number(s.opens.replace(':', ''))
  return slots.sort((a, b) => order(a) - order(b))
}
