/**
 * How long the portal keeps each kind of personal data, and what is expired at a time `now`
 * (DSGVO Art. 5(1)(e) storage limitation). Pure: the retention job (cms/privacy/retention/)
 * asks these functions, the record of processing activities prints the same periods, so the
 * two cannot drift apart.
 */

export interface RetentionPeriods {
  /** Searches without results (search terms), in months. */
  searchTermsMonths: number
  /** Barrier reports, in months after they were closed (answered). */
  barrierReportsMonths: number
  /** An invitation nobody accepted: the account made for it goes after this many days. */
  invitationDays: number
  /** Audit log entries, in months. */
  auditEntriesMonths: number
  /** A provider account without organisation or without a login for this many months is noticed… */
  inactiveProviderMonths: number
  /** …and erased this many days after the notice, unless the person logs in. */
  providerNoticeDays: number
}

export const DEFAULT_RETENTION: RetentionPeriods = {
  searchTermsMonths: 13,
  barrierReportsMonths: 12,
  invitationDays: 7,
  auditEntriesMonths: 12,
  inactiveProviderMonths: 12,
  providerNoticeDays: 30,
}

/** The environment variable of each period (README "Data protection"). */
export const RETENTION_ENV: Record<keyof RetentionPeriods, string> = {
  searchTermsMonths: 'RETENTION_SEARCH_TERMS_MONTHS',
  barrierReportsMonths: 'RETENTION_BARRIER_REPORTS_MONTHS',
  invitationDays: 'RETENTION_INVITATION_DAYS',
  auditEntriesMonths: 'AUDIT_RETENTION_MONTHS',
  inactiveProviderMonths: 'RETENTION_INACTIVE_PROVIDER_MONTHS',
  providerNoticeDays: 'RETENTION_PROVIDER_NOTICE_DAYS',
}

/** Periods longer than this are a typo (a number of days in a months variable), not a choice. */
const MAX_PERIOD = 120

/**
 * The periods from the environment, each a whole number from 1 to 120, else the default.
 * A malformed value stops the start with its name (a silent default would keep data longer or
 * shorter than the town decided).
 */
export function retentionFromEnv(env: Record<string, string | undefined>): RetentionPeriods {
  const periods = { ...DEFAULT_RETENTION }
  for (const key of Object.keys(RETENTION_ENV) as (keyof RetentionPeriods)[]) {
    const raw = env[RETENTION_ENV[key]]?.trim()
    if (!raw) continue
    const value = Number(raw)
    if (!Number.isInteger(value) || value < 1 || value > MAX_PERIOD) {
      throw new Error(`${RETENTION_ENV[key]} must be a whole number from 1 to ${MAX_PERIOD}, not "${raw}".`)
    }
    periods[key] = value
  }
  return periods
}

/** `now` minus whole calendar months (UTC), clamped like Date does (31 March − 1 month = 3 March). */
export function monthsBefore(now: Date, months: number): Date {
  const start = new Date(now)
  start.setUTCMonth(start.getUTCMonth() - months)
  return start
}

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000)
}

const time = (value: string | Date | null | undefined): number | null => {
  if (!value) return null
  const t = new Date(value).getTime()
  return Number.isNaN(t) ? null : t
}

/** A search term row (counted per day, 'YYYY-MM-DD') is expired when its day lies before the period. */
export function searchTermExpired(day: string, now: Date, periods: Pick<RetentionPeriods, 'searchTermsMonths'>): boolean {
  return day < monthsBefore(now, periods.searchTermsMonths).toISOString().slice(0, 10)
}

/**
 * A barrier report is kept while it is open and for the period after it was closed. Reports
 * closed before the closing date was recorded count from their last change.
 */
export function barrierReportExpired(
  report: { status?: string | null; closedAt?: string | null; updatedAt?: string | null },
  now: Date,
  periods: Pick<RetentionPeriods, 'barrierReportsMonths'>,
): boolean {
  if (report.status !== 'answered') return false
  const closed = time(report.closedAt) ?? time(report.updatedAt)
  return closed !== null && closed < monthsBefore(now, periods.barrierReportsMonths).getTime()
}

/** An invitation not accepted within its days: the account made for it holds nothing but the invitee's address. */
export function invitationExpired(account: { invitedAt?: string | null }, now: Date, periods: Pick<RetentionPeriods, 'invitationDays'>): boolean {
  const invited = time(account.invitedAt)
  return invited !== null && invited < daysBefore(now, periods.invitationDays).getTime()
}

export function auditEntryExpired(createdAt: string, now: Date, periods: Pick<RetentionPeriods, 'auditEntriesMonths'>): boolean {
  const at = time(createdAt)
  return at !== null && at < monthsBefore(now, periods.auditEntriesMonths).getTime()
}

export interface ProviderAccountFacts {
  /** Organisations of the account that still exist. */
  organizations: number
  /** The last login, else when the account was made. */
  lastActiveAt: string
  /** When the notice e-mail went out, if it did. */
  noticeAt?: string | null
}

export type ProviderVerdict = 'keep' | 'notify' | 'erase' | 'waiting'

/**
 * What happens to a provider's account at `now`: one who left (no organisation any more, or no
 * login for the period) first gets a notice; the account is erased when the notice is older than
 * its days and the person did not log in since (a login clears the notice).
 */
export function providerAccountVerdict(facts: ProviderAccountFacts, now: Date, periods: Pick<RetentionPeriods, 'inactiveProviderMonths' | 'providerNoticeDays'>): ProviderVerdict {
  const active = time(facts.lastActiveAt) ?? 0
  const notice = time(facts.noticeAt)
  if (notice !== null && active > notice) return 'keep'
  const left = facts.organizations === 0 || active < monthsBefore(now, periods.inactiveProviderMonths).getTime()
  if (!left) return 'keep'
  if (notice === null) return 'notify'
  return notice < daysBefore(now, periods.providerNoticeDays).getTime() ? 'erase' : 'waiting'
}

/** A period in German words for the record of processing activities ("13 Monate", "7 Tage"). */
export function germanPeriod(amount: number, unit: 'months' | 'days'): string {
  if (unit === 'months') return amount === 1 ? '1 Monat' : `${amount} Monate`
  return amount === 1 ? '1 Tag' : `${amount} Tage`
}
