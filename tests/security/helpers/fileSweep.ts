import fs from 'node:fs'
import path from 'node:path'
import { type Payload } from 'payload'
import { uploadForm } from '../../integration/helpers/rest'
import { setupWorld, type Role } from '../../integration/helpers/setup'
import { pngBytes } from './securityWorld'
import { writeArtifact } from '../../helpers/artifact'

/**
 * The file-route sweep shared by the local-disk and the S3 run: every stored file × every
 * upload collection's `/file/` route × role × path encoding, plus the imports' own endpoints.
 */

export const SWEEP_ROLES = ['anonymous', 'providerA', 'editor1', 'editor2', 'admin'] as const
export type SweepRole = (typeof SWEEP_ROLES)[number]

/** What a stored file is, which decides who may fetch it and through which route. */
export type FileKind = 'media' | 'spreadsheet' | 'report' | 'stray'

export interface StoredFile {
  /** Where it lives, for the table: a path below a folder, or a bucket key. */
  label: string
  kind: FileKind
  /** The collection the file belongs to (none for stray files). */
  collection?: string
  /** The access-checked endpoint that downloads it (an import's CSV report). */
  download?: string
  /** Per upload collection: the file's location relative to that collection's folder or key prefix. */
  relativeTo: (collection: string) => string
  bytes: Buffer
}

export const CSV = ['Träger;Angebot;E-Mail', 'Sweep-Träger;Beratung;info@sweep.example', 'Sweep-Träger;Kurs;kaputt'].join('\r\n')

export type SweepWorld = Awaited<ReturnType<typeof setupWorld>>
type Request = SweepWorld['api']['request']

export const tokenFor = (ctx: SweepWorld, role: SweepRole) => (role === 'anonymous' ? undefined : ctx.tokens[role as Role])

/** The upload collections, from the config: a new one is swept without anyone listing it. */
export const uploadCollections = (payload: Payload) =>
  Object.values(payload.collections)
    .filter((c) => Boolean(c.config.upload))
    .map((c) => c.config.slug)

/** Uploads a spreadsheet as the town's editor and runs the check, so the import has its report. */
export async function checkedImport(request: Request, token: string, town: string, name: string): Promise<string> {
  const created = await request<{ doc: { id: string } }>('POST', '/imports', { token, body: uploadForm(CSV, name, 'text/csv', { municipality: town }) })
  if (created.status !== 201) throw new Error(`import upload failed: ${created.status} ${JSON.stringify(created.body)}`)
  const id = created.body.doc.id
  const columns = await request<{ mapping: Record<string, string> }>('GET', `/imports/${id}/columns`, { token })
  const started = await request('POST', `/imports/${id}/start`, { token, json: { mode: 'check', mapping: columns.body.mapping } })
  if (started.status !== 202) throw new Error(`import check failed: ${started.status} ${JSON.stringify(started.body)}`)
  for (let i = 0; i < 300; i++) {
    const res = await request<{ status: string }>('GET', `/imports/${id}?depth=0`, { token })
    if (!['checking', 'importing'].includes(res.body.status)) {
      if (res.body.status !== 'checked') throw new Error(`the check ended as ${res.body.status}`)
      return id
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('the check did not finish in 30 s')
}

/** A media file (an image with its sizes) owned by organisation A of town 1. */
export async function createMedia(ctx: SweepWorld) {
  const png = await pngBytes(700, 500)
  return ctx.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: 'Sweep picture', organization: ctx.world.orgs.A } as never,
    file: { data: png, mimetype: 'image/png', name: 'sweep-picture.png', size: png.length },
  })
}

/** The names a file is asked for by: the plain name and every way to smuggle a path in. */
export function encodings(relative: string, collectionFolder: string): Record<string, string> {
  const base = relative.split('/').pop() ?? relative
  const enc = (s: string, slash: string) => s.split('/').map(encodeURIComponent).join(slash)
  const fromParent = `../${collectionFolder}/${relative}`
  const segments = relative.split('/')
  return {
    plain: encodeURIComponent(base),
    '%2F': enc(relative, '%2F'),
    '..': relative.includes('..') ? relative : `../${relative}`,
    '..%2F': enc(path.posix.normalize(fromParent), '%2F'),
    '%252F': enc(relative, '%252F'),
    '%5C': enc(relative, '%5C'),
    mixed: segments.map((s) => (s === '..' ? '%2e%2e' : encodeURIComponent(s))).join('%5C%2F').replace(/^/, '.%2F'),
    NUL: `${encodeURIComponent(base)}%00.png`,
    'prefix=': `${encodeURIComponent(base)}?prefix=${encodeURIComponent(`../${segments.slice(0, -1).join('/') || 'imports'}`)}`,
  }
}

export interface Cell {
  file: StoredFile
  route: string
  encoding: string
  role: SweepRole
  status: number
  served: boolean
  expected: boolean
}

/** Who may fetch a file through which route, from the README's roles. */
export function mayServe(file: StoredFile, route: string, encoding: string, role: SweepRole): boolean {
  if (encoding !== 'plain') return false
  // Media is public, but the multi-tenant plugin shows a logged-in account only its own towns'
  // documents (as in the access matrix): town 2's editor does not get town 1's picture.
  if (file.kind === 'media') return route === `/${file.collection}/file` && role !== 'editor2'
  if (file.kind === 'spreadsheet') return route === `/${file.collection}/file` && (role === 'editor1' || role === 'admin')
  if (file.kind === 'report') return route === file.download && (role === 'editor1' || role === 'admin')
  return false
}

/** Requests every file through every route, as every role, with every encoding. */
export async function sweep(ctx: SweepWorld, files: StoredFile[], folderOf: (collection: string) => string): Promise<Cell[]> {
  const cells: Cell[] = []
  const slugs = uploadCollections(ctx.payload)
  for (const file of files) {
    const asks: { route: string; encoding: string; url: string }[] = []
    for (const slug of slugs) {
      const seen = new Set<string>()
      for (const [encoding, name] of Object.entries(encodings(file.relativeTo(slug), folderOf(slug)))) {
        if (seen.has(name)) continue
        seen.add(name)
        asks.push({ route: `/${slug}/file`, encoding, url: `/${slug}/file/${name}` })
      }
    }
    if (file.download) asks.push({ route: file.download, encoding: 'plain', url: file.download })
    for (const ask of asks) {
      for (const role of SWEEP_ROLES) {
        const res = await ctx.api.request<string>('GET', ask.url, { token: tokenFor(ctx, role) })
        const body = typeof res.body === 'string' ? res.body : JSON.stringify(res.body)
        // Compared as text, as the client decoded it (which drops a UTF-8 BOM; binary decodes the same both ways).
        const served = res.status >= 200 && res.status < 300 && body === file.bytes.toString('utf8').replace(/^\uFEFF/, '')
        cells.push({ file, route: ask.route, encoding: ask.encoding, role, status: res.status, served, expected: mayServe(file, ask.route, ask.encoding, role) })
      }
    }
  }
  return cells
}

/** The table for tests/.artifacts: one row per file × route × encoding, one column per role. */
export function sweepMarkdown(title: string, cells: Cell[]): string {
  const rows = new Map<string, Cell[]>()
  for (const c of cells) {
    const key = `${c.file.label}|${c.file.kind}|${c.route.replace(/[0-9a-f-]{36}/, ':id')}|${c.encoding}`
    rows.set(key, [...(rows.get(key) ?? []), c])
  }
  const mark = (c: Cell) => `${c.served ? 'served' : 'refused'} ${c.status}${c.served !== c.expected ? ' ✗' : ''}`
  const lines = [
    `# ${title}`,
    '',
    'Every stored file × route × path encoding × role. “served” = 2xx with the file’s bytes; ✗ = differs from what the roles allow.',
    '',
    `| file | kind | route | encoding | ${SWEEP_ROLES.join(' | ')} |`,
    `|---|---|---|---|${SWEEP_ROLES.map(() => '---').join('|')}|`,
  ]
  for (const [key, group] of rows) lines.push(`| ${key.split('|').join(' | ')} | ${SWEEP_ROLES.map((r) => mark(group.find((c) => c.role === r) as Cell)).join(' | ')} |`)
  return `${lines.join('\n')}\n`
}

export { writeArtifact }

/** The cells that break a rule: a 500, a file served to someone who may not have it, or withheld from someone who may. */
export const violations = (cells: Cell[]) =>
  cells
    .filter((c) => c.status >= 500 || c.served !== c.expected)
    .map((c) => `${c.file.label} (${c.file.kind}) via ${c.route} [${c.encoding}] as ${c.role}: ${c.status}${c.served ? ' served' : ''}${c.expected ? ' (expected served)' : ''}`)

/** Every file below a folder, recursively. */
export function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
}
