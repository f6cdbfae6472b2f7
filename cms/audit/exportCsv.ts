import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { toCsv } from '@shared/csv'
import { isAuditAction } from '@shared/auditLog'
import { isStaff } from '@cms/access/roles'
import { idOf } from '@cms/access/ids'
import { isRecord } from '@cms/isRecord'
import { translate } from '@cms/i18n/translate'
import type { AuditLog } from '@cms/payload-types'
import { recordAudit } from './record'
import { AUDIT_LOG_SLUG } from './slug'

/** More rows than a spreadsheet program opens comfortably; narrow the filters for older ones. */
export const AUDIT_CSV_MAX_ROWS = 50_000

const COLUMNS = ['at', 'action', 'actor', 'userId', 'role', 'collectionSlug', 'documentId', 'title', 'changedFields', 'detail', 'towns', 'address', 'requestId'] as const

const param = (req: PayloadRequest, name: string) => {
  const value = req.searchParams?.get(name)
  return value ? value.trim() : ''
}

/**
 * The filters of the download: the admin list's own `where` (the link in the list passes its
 * query string on), and the short forms `action`, `user` (e-mail or account id), `collection`,
 * `from` and `to` (dates) for scripts.
 */
export function auditFilters(req: PayloadRequest): Where {
  const and: Where[] = []
  const where = isRecord(req.query) ? req.query.where : undefined
  if (isRecord(where)) and.push(where as Where)
  const action = param(req, 'action')
  if (action) {
    if (!isAuditAction(action)) throw new APIError(translate(req.t, 'server.audit.badFilter', { name: 'action' }), 400)
    and.push({ action: { equals: action } })
  }
  const user = param(req, 'user')
  if (user) and.push({ or: [{ actor: { equals: user.toLowerCase() } }, { userId: { equals: user } }] })
  const collection = param(req, 'collection')
  if (collection) and.push({ collectionSlug: { equals: collection } })
  for (const [name, operator] of [['from', 'greater_than_equal'], ['to', 'less_than_equal']] as const) {
    const value = param(req, name)
    if (!value) continue
    const date = new Date(value)
    if (Number.isNaN(date.getTime())) throw new APIError(translate(req.t, 'server.audit.badFilter', { name }), 400)
    and.push({ at: { [operator]: date.toISOString() } })
  }
  return and.length ? { and } : {}
}

const cell = (row: AuditLog, column: (typeof COLUMNS)[number]) => {
  const value = row[column]
  if (column === 'towns') return Array.isArray(value) ? value.map(idOf).filter(Boolean).join(' ') : ''
  if (column === 'detail') return value === null || value === undefined ? '' : JSON.stringify(value)
  return value
}

/**
 * `GET /api/audit-log/export.csv`: the entries the caller may read (admins all, editors their
 * towns'), with the list's filters, newest first, as CSV for a spreadsheet. The download is an
 * audit entry itself.
 */
export function auditCsvEndpoint(): Endpoint {
  return {
    path: '/export.csv',
    method: 'get',
    handler: async (req) => {
      if (!req.user || !isStaff(req.user)) {
        return Response.json({ errors: [{ message: translate(req.t, 'auditLog.staffOnly') }] }, { status: req.user ? 403 : 401 })
      }
      const where = auditFilters(req)
      const { docs, totalDocs } = await req.payload.find({
        collection: AUDIT_LOG_SLUG,
        where,
        sort: '-at',
        depth: 0,
        limit: AUDIT_CSV_MAX_ROWS,
        overrideAccess: false,
        user: req.user,
        req,
      })
      const rows = docs.map((doc) => COLUMNS.map((column) => cell(doc, column)))
      recordAudit(req, { action: 'export', collection: AUDIT_LOG_SLUG, detail: { format: 'csv', rows: rows.length, filters: req.searchParams?.toString().slice(0, 1000) ?? '' } })
      const day = new Date().toISOString().slice(0, 10)
      return new Response(toCsv([...COLUMNS], rows), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="audit-log-${day}.csv"`,
          'Cache-Control': 'private, no-store',
          ...(totalDocs > rows.length ? { 'X-Total-Count': String(totalDocs) } : {}),
        },
      })
    },
  }
}
