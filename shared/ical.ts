/**
 * iCalendar (RFC 5545) feeds of events. Timed events carry the town's zone (DTSTART;TZID=…) with
 * a VTIMEZONE derived from Intl, so calendar apps expand weekly 18:00 events at 18:00 local time
 * on both sides of a daylight-saving change, just as `shared/recurrence.ts` does.
 */
import { exceptionStarts, firstOccurrence, toRRule, utcOffset, zoneTransitions, type EventTiming, type ZoneTransition } from './recurrence'

export interface IcsEvent {
  /** Stable across feeds, e.g. `${id}@${host}`. */
  uid: string
  title: string
  description?: string | null
  location?: string | null
  url?: string | null
  start: Date
  /** All-day events: any instant on the last day (inclusive), as events store it. */
  end?: Date | null
  allDay?: boolean
  /** RRULE value from `toRRule`; `start` must be a date of the rule (see `icsTiming`). */
  rrule?: string | null
  /** Starts of skipped occurrences (`exceptionStarts`). */
  exdates?: Date[]
  cancelled?: boolean
  /** LAST-MODIFIED, and DTSTAMP so that an unchanged event reads the same in every download. */
  updated?: Date | null
  categories?: string[]
  /** BCP 47 tag of the texts (LANGUAGE parameter on SUMMARY and DESCRIPTION). */
  language?: string
}

export interface CalendarOptions {
  name: string
  timeZone: string
  prodId?: string
  events: IcsEvent[]
  /** DTSTAMP of events without `updated`; defaults to the current time. */
  now?: Date
}

const DEFAULT_PRODID = '-//Integration Portal//Events//EN'
const DAY_MS = 86_400_000
const MAX_LINE_OCTETS = 75
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const

// ---------------------------------------------------------------------------------------------
// Values

const TEXT_ESCAPES: Record<string, string> = { '\\': '\\\\', ';': '\\;', ',': '\\,', '\r\n': '\\n', '\n': '\\n', '\r': '\\n' }

/** TEXT value: escapes, and drops control characters, which RFC 5545 does not allow. */
export function escapeText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '').replace(/\r\n|[\\;,\r\n]/g, (m) => TEXT_ESCAPES[m] ?? m)
}

// eslint-disable-next-line no-control-regex
const uriValue = (value: string) => value.replace(/[\x00-\x1f\x7f]/g, '')

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function stamp(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
}

const dateStamp = (d: Date) => stamp(d).slice(0, 8)
const utcStamp = (instant: Date) => `${stamp(instant)}Z`
/** Floating date of an instant's local wall clock (its UTC fields are the local fields). */
const wallOf = (instant: Date, timeZone: string) => new Date(instant.getTime() + utcOffset(instant, timeZone))
const localStamp = (instant: Date, timeZone: string) => stamp(wallOf(instant, timeZone))
const localDate = (instant: Date, timeZone: string) => dateStamp(wallOf(instant, timeZone))
const nextDay = (yyyymmdd: string) =>
  dateStamp(new Date(Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8))) + DAY_MS))

function offsetValue(ms: number): string {
  const abs = Math.abs(ms) / 1000
  const seconds = abs % 60
  return `${ms < 0 ? '-' : '+'}${pad(Math.floor(abs / 3600))}${pad(Math.floor(abs / 60) % 60)}${seconds ? pad(seconds) : ''}`
}

// ---------------------------------------------------------------------------------------------
// Lines

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)

/** Folds at 75 octets between characters (never inside a UTF-8 sequence); continuations start with a space. */
export function foldLine(line: string): string {
  const chunks: string[] = []
  let start = 0
  let octets = 0
  let limit = MAX_LINE_OCTETS
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i) ?? 0
    const size = utf8Length(codePoint)
    if (octets + size > limit) {
      chunks.push(line.slice(start, i))
      start = i
      octets = 0
      limit = MAX_LINE_OCTETS - 1
    }
    octets += size
    i += codePoint > 0xffff ? 2 : 1
  }
  chunks.push(line.slice(start))
  return chunks.join('\r\n ')
}

function textProperty(name: string, value: string, language?: string): string {
  const param = language && LANGUAGE_TAG.test(language) ? `;LANGUAGE=${language}` : ''
  return `${name}${param}:${escapeText(value)}`
}

// ---------------------------------------------------------------------------------------------
// VTIMEZONE

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT'
  /** Same kind, offsets, month, weekday rule and local time: one yearly rule can describe a run. */
  signature: string
  /** e.g. "BYMONTH=3;BYDAY=-1SU" */
  yearly: string
  transitions: ZoneTransition[]
  /** Local onset (in the offset before the change) of each transition. */
  onsets: Date[]
}

type Change = Pick<Observance, 'kind' | 'signature' | 'yearly'> & { onset: Date }

function classify(t: ZoneTransition): Change {
  const kind = t.toOffset > t.fromOffset ? 'DAYLIGHT' : 'STANDARD'
  const onset = new Date(t.at + t.fromOffset)
  const day = onset.getUTCDate()
  const monthLength = new Date(Date.UTC(onset.getUTCFullYear(), onset.getUTCMonth() + 1, 0)).getUTCDate()
  const nth = day > monthLength - 7 ? -1 : Math.ceil(day / 7)
  const yearly = `BYMONTH=${onset.getUTCMonth() + 1};BYDAY=${nth}${WEEKDAY_CODES[onset.getUTCDay()]}`
  return { kind, yearly, onset, signature: [kind, t.fromOffset, t.toOffset, yearly, stamp(onset).slice(9)].join('|') }
}

/** Consecutive yearly transitions of the same signature, per kind. */
function observances(transitions: ZoneTransition[]): Observance[] {
  const done: Observance[] = []
  const open = new Map<string, Observance>()
  for (const t of transitions) {
    const { kind, signature, yearly, onset } = classify(t)
    const run = open.get(kind)
    const lastOnset = run?.onsets.at(-1)
    if (run && lastOnset && run.signature === signature && onset.getUTCFullYear() === lastOnset.getUTCFullYear() + 1) {
      run.transitions.push(t)
      run.onsets.push(onset)
      continue
    }
    if (run) done.push(run)
    open.set(kind, { kind, signature, yearly, transitions: [t], onsets: [onset] })
  }
  return [...done, ...open.values()].sort((a, b) => (a.transitions[0]?.at ?? 0) - (b.transitions[0]?.at ?? 0))
}

function yearlyRule(o: Observance, lastYear: number): string | null {
  const last = o.transitions.at(-1)
  const lastOnset = o.onsets.at(-1)
  if (!last || !lastOnset || o.transitions.length < 2) return null
  const rule = `RRULE:FREQ=YEARLY;${o.yearly}`
  // A rule still in force at the end of the covered years goes on, so open-ended series stay right.
  return lastOnset.getUTCFullYear() >= lastYear ? rule : `${rule};UNTIL=${utcStamp(new Date(last.at))}`
}

function observanceLines(o: Observance, lastYear: number): string[] {
  const first = o.transitions[0]
  const onset = o.onsets[0]
  if (!first || !onset) return []
  const rule = yearlyRule(o, lastYear)
  return [
    `BEGIN:${o.kind}`,
    `DTSTART:${stamp(onset)}`,
    `TZOFFSETFROM:${offsetValue(first.fromOffset)}`,
    `TZOFFSETTO:${offsetValue(first.toOffset)}`,
    ...(rule ? [rule] : []),
    `END:${o.kind}`,
  ]
}

/**
 * The zone's offsets over [firstYear, lastYear], generically from Intl: yearly rules where the
 * changes follow one ("last Sunday of March, 02:00"), single changes otherwise.
 */
export function vtimezoneLines(timeZone: string, firstYear: number, lastYear: number): string[] {
  const transitions: ZoneTransition[] = []
  for (let year = firstYear; year <= lastYear; year++) transitions.push(...zoneTransitions(timeZone, year))
  const body = transitions.length === 0 ? fixedOffsetLines(timeZone, lastYear) : observances(transitions).flatMap((o) => observanceLines(o, lastYear))
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`, ...body, 'END:VTIMEZONE']
}

/** A zone without changes in the covered years: one observance from the epoch on. */
function fixedOffsetLines(timeZone: string, year: number): string[] {
  const offset = offsetValue(utcOffset(Date.UTC(year, 0, 1), timeZone))
  return ['BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD']
}

// ---------------------------------------------------------------------------------------------
// Calendar

export type IcsTiming = Required<Pick<IcsEvent, 'start' | 'end' | 'allDay' | 'rrule' | 'exdates'>>

/**
 * The date properties of an event's feed entry, or null when the series has no date. DTSTART is
 * the first date of the series, not the stored start, which need not fit the rule.
 */
export function icsTiming(timing: EventTiming, timeZone: string): IcsTiming | null {
  const first = firstOccurrence(timing, timeZone)
  if (!first) return null
  const allDay = Boolean(timing.allDay)
  return {
    start: first.start,
    // An occurrence ends at the midnight after an all-day event; IcsEvent wants the last day.
    end: allDay ? new Date(first.end.getTime() - 1) : timing.end ? first.end : null,
    allDay,
    rrule: toRRule(timing, timeZone),
    exdates: exceptionStarts(timing, timeZone),
  }
}

function dateLines(e: IcsEvent, timeZone: string): string[] {
  if (e.allDay) {
    const first = localDate(e.start, timeZone)
    const last = localDate(e.end && e.end > e.start ? e.end : e.start, timeZone)
    const lines = [`DTSTART;VALUE=DATE:${first}`, `DTEND;VALUE=DATE:${nextDay(last)}`]
    if (e.exdates?.length) lines.push(`EXDATE;VALUE=DATE:${e.exdates.map((d) => localDate(d, timeZone)).join(',')}`)
    return lines
  }
  const tzid = `TZID=${timeZone}`
  const lines = [`DTSTART;${tzid}:${localStamp(e.start, timeZone)}`]
  if (e.end) lines.push(`DTEND;${tzid}:${localStamp(e.end > e.start ? e.end : e.start, timeZone)}`)
  if (e.exdates?.length) lines.push(`EXDATE;${tzid}:${e.exdates.map((d) => localStamp(d, timeZone)).join(',')}`)
  return lines
}

function eventLines(e: IcsEvent, timeZone: string, now: Date): string[] {
  const lines = ['BEGIN:VEVENT', textProperty('UID', e.uid), `DTSTAMP:${utcStamp(e.updated ?? now)}`]
  if (e.updated) lines.push(`LAST-MODIFIED:${utcStamp(e.updated)}`)
  lines.push(...dateLines(e, timeZone))
  if (e.rrule) lines.push(`RRULE:${e.rrule}`)
  lines.push(textProperty('SUMMARY', e.title, e.language))
  if (e.description) lines.push(textProperty('DESCRIPTION', e.description, e.language))
  if (e.location) lines.push(textProperty('LOCATION', e.location))
  if (e.url) lines.push(`URL:${uriValue(e.url)}`)
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`)
  if (e.cancelled) lines.push('STATUS:CANCELLED')
  lines.push('END:VEVENT')
  return lines
}

/** Years the VTIMEZONE must cover: one before the first event, two after the last date or now. */
function coveredYears(events: IcsEvent[], now: Date): [number, number] | null {
  const timed = events.filter((e) => !e.allDay)
  if (timed.length === 0) return null
  const instants = timed.flatMap((e) => [e.start, ...(e.end ? [e.end] : []), ...(e.exdates ?? [])])
  const years = instants.map((d) => d.getUTCFullYear())
  return [Math.min(...years) - 1, Math.max(now.getUTCFullYear(), ...years) + 2]
}

/** An iCalendar feed: CRLF lines folded at 75 octets. */
export function buildCalendar(opts: CalendarOptions): string {
  const now = opts.now ?? new Date()
  const events = opts.events.filter((e) => !Number.isNaN(e.start.getTime()))
  const years = coveredYears(events, now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    textProperty('PRODID', opts.prodId ?? DEFAULT_PRODID),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    textProperty('X-WR-CALNAME', opts.name),
    `X-WR-TIMEZONE:${opts.timeZone}`,
    ...(years ? vtimezoneLines(opts.timeZone, years[0], years[1]) : []),
    ...events.flatMap((e) => eventLines(e, opts.timeZone, now)),
    'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
