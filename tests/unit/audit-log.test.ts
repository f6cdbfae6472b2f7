import { auditRetentionStart, changedFieldNames, parseRetentionMonths, writeAction } from '@shared/auditLog'

describe('audit log rules', () => {
  test('changed fields: names only, bookkeeping left out, a relationship the same as id or document', () => {
    const before = { id: 'd1', title: 'A', municipality: 't1', tags: ['x'], updatedAt: '1', hash: 'h', notes: null }
    const after = { id: 'd1', title: 'B', municipality: { id: 't1', name: 'Town' }, tags: [{ id: 'x' }], updatedAt: '2', hash: 'h2', email: 'new@example.org' }
    expect(changedFieldNames(before, after)).toEqual(['email', 'title'])
    expect(changedFieldNames(null, after)).toEqual([])
    // Key order and empty values do not count as changes.
    expect(changedFieldNames({ g: { a: 1, b: null } }, { g: { a: 1 } })).toEqual([])
  })

  test('what a write was', () => {
    const base = { drafts: true, draftSave: false }
    expect(writeAction({ ...base, operation: 'create', status: 'draft', previousStatus: undefined })).toBe('create')
    expect(writeAction({ ...base, operation: 'create', status: 'published', previousStatus: undefined })).toBe('publish')
    expect(writeAction({ ...base, operation: 'update', status: 'published', previousStatus: 'published' })).toBe('publish')
    expect(writeAction({ ...base, operation: 'update', status: 'draft', previousStatus: 'published' })).toBe('unpublish')
    expect(writeAction({ ...base, draftSave: true, operation: 'update', status: 'draft', previousStatus: 'published' })).toBe('update')
    expect(writeAction({ drafts: false, draftSave: false, operation: 'update', status: undefined, previousStatus: undefined })).toBe('update')
  })

  test('retention: twelve months unless configured, whole months only', () => {
    expect(parseRetentionMonths(undefined)).toBe(12)
    expect(parseRetentionMonths(' ')).toBe(12)
    expect(parseRetentionMonths('24')).toBe(24)
    expect(() => parseRetentionMonths('0')).toThrow(/AUDIT_RETENTION_MONTHS/)
    expect(() => parseRetentionMonths('1.5')).toThrow(/AUDIT_RETENTION_MONTHS/)
    expect(auditRetentionStart(new Date('2026-12-06T03:00:00Z'), 12).toISOString()).toBe('2025-12-06T03:00:00.000Z')
  })
})
