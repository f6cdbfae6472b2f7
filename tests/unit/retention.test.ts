import { renderProcessingRecord, type ProcessingRecord } from '@shared/processingRecord'
import {
  auditEntryExpired,
  barrierReportExpired,
  DEFAULT_RETENTION,
  germanPeriod,
  invitationExpired,
  monthsBefore,
  providerAccountVerdict,
  retentionFromEnv,
  searchTermExpired,
} from '@shared/retention'
import { missRetentionStart } from '@shared/searchMisses'

const now = new Date('2026-12-06T03:00:00Z')
const p = DEFAULT_RETENTION

describe('retention periods', () => {
  test('defaults are the issue’s: search terms 13 months, reports 12 after closing, invitations 7 days, audit 12 months', () => {
    expect(p).toMatchObject({ searchTermsMonths: 13, barrierReportsMonths: 12, invitationDays: 7, auditEntriesMonths: 12 })
  })

  test('the environment overrides a period; a malformed value names its variable', () => {
    expect(retentionFromEnv({ RETENTION_SEARCH_TERMS_MONTHS: '6', AUDIT_RETENTION_MONTHS: ' 24 ' })).toMatchObject({ searchTermsMonths: 6, auditEntriesMonths: 24, invitationDays: 7 })
    expect(retentionFromEnv({ RETENTION_INVITATION_DAYS: '' }).invitationDays).toBe(7)
    for (const bad of ['0', '-3', '1.5', 'twelve', '365']) {
      expect(() => retentionFromEnv({ RETENTION_BARRIER_REPORTS_MONTHS: bad })).toThrow(/RETENTION_BARRIER_REPORTS_MONTHS must be a whole number/)
    }
  })

  test('calendar months, in UTC', () => {
    expect(monthsBefore(now, 13).toISOString()).toBe('2025-11-06T03:00:00.000Z')
    expect(germanPeriod(1, 'months')).toBe('1 Monat')
    expect(germanPeriod(13, 'months')).toBe('13 Monate')
    expect(germanPeriod(7, 'days')).toBe('7 Tage')
  })
})

describe('what is expired at time t', () => {
  test('search terms: a day before the period goes, the first day of it stays (the same boundary as the delete query)', () => {
    expect(missRetentionStart(now, 13)).toBe('2025-11-06')
    expect(searchTermExpired('2025-11-05', now, p)).toBe(true)
    expect(searchTermExpired('2025-11-06', now, p)).toBe(false)
    expect(searchTermExpired('2025-11-05', now, { searchTermsMonths: 14 })).toBe(false)
  })

  test('barrier reports: never while open, 12 months after closing; old ones without a closing date count from their last change', () => {
    const old = '2025-01-01T00:00:00Z'
    expect(barrierReportExpired({ status: 'new', updatedAt: old }, now, p)).toBe(false)
    expect(barrierReportExpired({ status: 'in-progress', closedAt: old }, now, p)).toBe(false)
    expect(barrierReportExpired({ status: 'answered', closedAt: old }, now, p)).toBe(true)
    expect(barrierReportExpired({ status: 'answered', closedAt: '2026-01-01T00:00:00Z', updatedAt: old }, now, p)).toBe(false)
    expect(barrierReportExpired({ status: 'answered', closedAt: null, updatedAt: old }, now, p)).toBe(true)
    expect(barrierReportExpired({ status: 'answered' }, now, p)).toBe(false)
  })

  test('invitations: after 7 days; accounts not made by an invitation never', () => {
    expect(invitationExpired({ invitedAt: '2026-11-28T03:00:00Z' }, now, p)).toBe(true)
    expect(invitationExpired({ invitedAt: '2026-11-30T03:00:00Z' }, now, p)).toBe(false)
    expect(invitationExpired({ invitedAt: null }, now, p)).toBe(false)
  })

  test('audit entries after their months', () => {
    expect(auditEntryExpired('2025-12-05T00:00:00Z', now, p)).toBe(true)
    expect(auditEntryExpired('2025-12-07T00:00:00Z', now, p)).toBe(false)
  })

  test('providers who left: notice first, erasure after the notice days, a login in between keeps the account', () => {
    const recent = '2026-11-01T00:00:00Z'
    const longAgo = '2025-10-01T00:00:00Z'
    expect(providerAccountVerdict({ organizations: 1, lastActiveAt: recent }, now, p)).toBe('keep')
    expect(providerAccountVerdict({ organizations: 0, lastActiveAt: recent }, now, p)).toBe('notify')
    expect(providerAccountVerdict({ organizations: 2, lastActiveAt: longAgo }, now, p)).toBe('notify')
    expect(providerAccountVerdict({ organizations: 0, lastActiveAt: longAgo, noticeAt: '2026-11-20T00:00:00Z' }, now, p)).toBe('waiting')
    expect(providerAccountVerdict({ organizations: 0, lastActiveAt: longAgo, noticeAt: '2026-11-05T00:00:00Z' }, now, p)).toBe('erase')
    // Logged in after the notice: kept (and the notice is cleared).
    expect(providerAccountVerdict({ organizations: 1, lastActiveAt: '2026-11-10T00:00:00Z', noticeAt: '2026-11-05T00:00:00Z' }, now, p)).toBe('keep')
  })
})

describe('the record of processing activities', () => {
  const record: ProcessingRecord = {
    town: 'Eisenach',
    controller: ['Stadt Eisenach', 'Markt 1', '99817 Eisenach'],
    dataProtectionOfficer: 'Datenschutz *Stadt* <dsb@eisenach.de>',
    generatedAt: '2026-12-06T03:00:00Z',
    activities: [{ title: 'Suchen ohne Treffer', purposes: ['Angebote ergänzen'], legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO', data: ['Suchbegriff'], persons: ['Besucher'], recipients: [], retention: '13 Monate' }],
    measures: ['Rollen'],
    thirdCountries: 'Keine.',
  }
  const md = renderProcessingRecord(record)

  test('has the parts of Art. 30(1), in German, with the periods', () => {
    expect(md).toMatch(/^# Verzeichnis von Verarbeitungstätigkeiten – Eisenach\n/)
    expect(md).toContain('am 06.12.2026')
    expect(md).toContain('## Verantwortlicher\n\nStadt Eisenach  \nMarkt 1  \n99817 Eisenach  ')
    expect(md).toContain('## 1. Suchen ohne Treffer')
    expect(md).toContain('**Löschfrist:** 13 Monate')
    expect(md).toContain('**Empfänger**\n\n- keine')
    expect(md).toContain('## Übermittlung in Drittländer')
    expect(md).toContain('## Technische und organisatorische Maßnahmen (Art. 32 DSGVO)\n\n- Rollen')
  })

  test('text the town typed stays text (no markup, no HTML)', () => {
    expect(md).toContain('Datenschutz \\*Stadt\\* \\<dsb@eisenach.de\\>')
  })

  test('a missing controller or officer says where to enter it', () => {
    const bare = renderProcessingRecord({ ...record, controller: [], dataProtectionOfficer: null })
    expect(bare).toContain('(bitte im Admin unter Kommune → Kontakt eintragen)')
    expect(bare).toContain('Datenschutzbeauftragte/r eintragen')
  })
})
