import fs from 'node:fs'
import { Readable } from 'node:stream'
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { APIError } from 'payload'
import { isStaff } from '@cms/access/roles'
import { idOf } from '@cms/access/ids'
import type { PortalSlugs } from '@cms/types'
import { detectMapping, FIELD_INFO, TARGET_FIELDS, type RowAction } from '@cms/import'
import { type ImportFiles, reportPaths } from './files'
import { readRows } from './rows'
import { IMPORT_QUEUE, IMPORT_TASK, mappingFor, parseStartInput, readableImport, sheetOf, startImport } from './start'
import { translate } from '@cms/i18n/translate'
import { auditedDownload } from '@cms/audit/downloads'

const ROW_ACTIONS: RowAction[] = ['create', 'update', 'unchanged', 'skip']

/** Errors as Payload answers them everywhere: `{ errors: [{ message }] }` with the status. */
function guarded(handler: PayloadHandler): PayloadHandler {
  return async (req) => {
    try {
      if (!isStaff(req.user)) throw new APIError(translate(req.t, 'server.import.staffOnly'), req.user ? 403 : 401)
      return await handler(req)
    } catch (error) {
      const status = error instanceof APIError ? error.status : 500
      if (status === 500) req.payload.logger.error({ err: error, msg: 'import endpoint failed' })
      return Response.json({ errors: [{ message: status === 500 || !(error instanceof Error) ? 'Something went wrong.' : error.message }] }, { status })
    }
  }
}

const idParam = (req: PayloadRequest) => String(req.routeParams?.id ?? '')

/** Towns that are starting a run right now: closes the gap between "nobody runs" and "I run". */
const starting = new Set<string>()

export function importEndpoints(slug: PortalSlugs['imports'], files: ImportFiles): Endpoint[] {
  return [
    {
      // The file's columns, the mapping to show (saved, or detected), and the fields to map to.
      path: '/:id/columns',
      method: 'get',
      handler: guarded(async (req) => {
        const doc = await readableImport(req, slug, idParam(req))
        const sheet = await sheetOf(req, files, doc)
        const { unmapped } = detectMapping(sheet.headers)
        return Response.json({
          headers: sheet.headers,
          mapping: mappingFor(doc, sheet.headers),
          unmapped,
          fields: TARGET_FIELDS.map((name) => ({ name, label: FIELD_INFO[name].label, required: Boolean(FIELD_INFO[name].required) })),
        })
      }),
    },
    {
      // Starts the check (dry run) or, after a check with the same settings, the import.
      path: '/:id/start',
      method: 'post',
      handler: guarded(async (req) => {
        const id = idParam(req)
        const input = parseStartInput(req, await req.json?.().catch(() => null))
        const doc = await readableImport(req, slug, id)
        const town = idOf(doc.municipality) ?? ''
        if (starting.has(town)) throw new APIError(translate(req.t, 'server.import.starting'), 409)
        starting.add(town)
        try {
          await startImport(req, slug, files, doc, input)
        } finally {
          starting.delete(town)
        }
        await req.payload.jobs.queue({ task: IMPORT_TASK, input: { importID: id }, queue: IMPORT_QUEUE, overrideAccess: true })
        // Run it now on this server; the queue's cron is the safety net.
        void req.payload.jobs.run({ queue: IMPORT_QUEUE, limit: 1, overrideAccess: true }).catch((err: unknown) => req.payload.logger.error({ err, msg: 'import job failed' }))
        return Response.json({ status: input.mode === 'check' ? 'checking' : 'importing' }, { status: 202 })
      }),
    },
    {
      // A page of the last run's rows: `?action=skip&page=2`.
      path: '/:id/rows',
      method: 'get',
      handler: guarded(async (req) => {
        const doc = await readableImport(req, slug, idParam(req))
        const q = new URL(req.url ?? 'http://x').searchParams
        const asked = q.get('action')
        const action = ROW_ACTIONS.find((a) => a === asked) ?? null
        if (asked && !action) throw new APIError(translate(req.t, 'server.import.badAction', { actions: ROW_ACTIONS.join(', ') }), 400)
        const page = Math.max(1, Math.floor(Number(q.get('page') ?? 1)) || 1)
        return Response.json(await readRows(reportPaths(files, String(doc.id)).rows, action, page))
      }),
    },
    // The last run's report as CSV (opens in Excel and LibreOffice); a download is an audit entry.
    auditedDownload({
      path: '/:id/report',
      method: 'get',
      handler: guarded(async (req) => {
        const doc = await readableImport(req, slug, idParam(req))
        const file = reportPaths(files, String(doc.id)).csv
        if (!fs.existsSync(file)) throw new APIError(translate(req.t, 'server.import.noReport'), 404)
        const name = `${String(doc.filename ?? 'import').replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_')}-report.csv`
        return new Response(Readable.toWeb(fs.createReadStream(file)) as ReadableStream, {
          headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store' },
        })
      }),
    }, (req) => ({ collection: slug, documentId: idParam(req), detail: { format: 'import-report-csv' } })),
  ]
}
