import type { Payload, PayloadRequest } from 'payload'
import { APIError } from 'payload'
import { checkMapping, detectMapping, type ColumnMapping, type Spreadsheet } from '@cms/import'
import { isColumnMapping } from '@cms/import/mapping'
import { idOf } from '@cms/access/ids'
import { isRecord } from '@cms/isRecord'
import { isLocale, type Locale } from '@shared/locales'
import type { Import } from '@cms/payload-types'
import type { PortalSlugs } from '@cms/types'
import { checkKey } from './checkKey'
import { BUSY_STATUSES } from './fields'
import { type ImportFiles, openUpload } from './files'
import { portalText, translate } from '@cms/i18n/translate'

export const IMPORT_QUEUE = 'imports'
export const IMPORT_TASK = 'runDirectoryImport' as const

/** A run whose heartbeat is older than this has died with its server and no longer blocks the town. */
export const STALE_RUN_MS = 2 * 60 * 1000

export type StartMode = 'check' | 'import'

export type ImportDoc = Import

/** The import as the requesting person may see it (404 for another town's, as for any document). */
export async function readableImport(req: PayloadRequest, slug: PortalSlugs['imports'], id: string): Promise<ImportDoc> {
  const doc = await req.payload.findByID({ collection: slug, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
  if (!doc) throw new APIError(translate(req.t, 'server.notFound'), 404)
  return doc
}

export async function sheetOf(req: PayloadRequest, files: ImportFiles, doc: ImportDoc): Promise<Spreadsheet> {
  try {
    return await openUpload(files, doc.filename ?? '')
  } catch (error) {
    throw new APIError(translate(req.t, 'server.import.unreadable', { reason: error instanceof Error ? error.message : String(error) }), 400)
  }
}

/** The saved mapping when it still fits the file, else the one detected from its headers. */
export function mappingFor(doc: ImportDoc, headers: string[]): ColumnMapping {
  const saved = isColumnMapping(doc.mapping) ? doc.mapping : null
  return saved && checkMapping(saved, headers).length === 0 ? saved : detectMapping(headers).mapping
}

export interface StartInput {
  mode: StartMode
  mapping: ColumnMapping
  locale?: Locale | null
  draft?: boolean
}

export function parseStartInput(req: PayloadRequest, body: unknown): StartInput {
  const b = isRecord(body) ? body : {}
  if (b.mode !== 'check' && b.mode !== 'import') throw new APIError(translate(req.t, 'server.import.badMode'), 400)
  if (!isRecord(b.mapping)) throw new APIError(translate(req.t, 'server.import.badMapping'), 400)
  const mapping: ColumnMapping = {}
  for (const [field, header] of Object.entries(b.mapping)) {
    if (header === null || header === '') continue
    if (typeof header !== 'string') throw new APIError(translate(req.t, 'server.import.columnText', { field }), 400)
    mapping[field as keyof ColumnMapping] = header
  }
  // Empty: the town's default language.
  const locale = b.locale === undefined || b.locale === null || b.locale === '' ? null : b.locale
  if (locale !== null && !isLocale(locale)) throw new APIError(translate(req.t, 'server.import.badLocale'), 400)
  return { mode: b.mode, mapping, locale, draft: b.draft === true }
}

/** Another check or import of the same town that is still alive. */
export async function busyImportOf(payload: Payload, slug: PortalSlugs['imports'], townID: string, exceptID: string): Promise<boolean> {
  const alive = new Date(Date.now() - STALE_RUN_MS).toISOString()
  const { totalDocs } = await payload.count({
    collection: slug,
    where: {
      and: [
        { municipality: { equals: townID } },
        { id: { not_equals: exceptID } },
        { status: { in: [...BUSY_STATUSES] } },
        { heartbeatAt: { greater_than: alive } },
      ],
    },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * Validates the request and marks the import as running; the caller queues the job. A town
 * runs one import at a time (two at once would race for the same organisations and places).
 */
export async function startImport(req: PayloadRequest, slug: PortalSlugs['imports'], files: ImportFiles, doc: ImportDoc, input: StartInput): Promise<void> {
  const id = String(doc.id)
  // A run whose server died (no heartbeat for long) may be started again: an import resumes (runStored.ts).
  const stale = !doc.heartbeatAt || Date.now() - Date.parse(doc.heartbeatAt) > STALE_RUN_MS
  if (doc.status && BUSY_STATUSES.includes(doc.status) && !stale) throw new APIError(translate(req.t, 'server.import.running'), 409)
  const sheet = await sheetOf(req, files, doc)
  const problems = checkMapping(input.mapping, sheet.headers, portalText(req.t))
  if (problems.length) throw new APIError(problems.join(' '), 400)
  const key = checkKey(input.mapping, input.locale, Boolean(input.draft))
  if (input.mode === 'import' && ((doc.status !== 'checked' && doc.status !== 'importing') || doc.checkedWith !== key)) {
    throw new APIError(translate(req.t, 'server.import.checkFirst'), 409)
  }
  const townID = idOf(doc.municipality)
  if (!townID) throw new APIError(translate(req.t, 'server.import.noTown'), 400)
  if (await busyImportOf(req.payload, slug, townID, id)) throw new APIError(translate(req.t, 'server.import.busy'), 409)
  const now = new Date().toISOString()
  await req.payload.update({
    collection: slug,
    id,
    depth: 0,
    overrideAccess: true,
    data: {
      status: input.mode === 'check' ? 'checking' : 'importing',
      mapping: input.mapping,
      locale: input.locale ?? null,
      draft: Boolean(input.draft),
      ...(input.mode === 'check' ? { checkedWith: key } : {}),
      processed: 0,
      total: null,
      summary: null,
      error: null,
      startedBy: req.user?.id,
      startedAt: now,
      heartbeatAt: now,
      finishedAt: null,
    },
  })
}
