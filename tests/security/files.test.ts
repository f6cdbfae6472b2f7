import fs from 'node:fs'
import path from 'node:path'
import { setupWorld } from '../integration/helpers/setup'
import { checkedImport, createMedia, filesBelow, type StoredFile, sweep, sweepMarkdown, type SweepWorld, violations, writeArtifact } from './helpers/fileSweep'

/*
 * Staff files behind public routes, on the local disk: every file under MEDIA_DIR and the
 * imports folder (a real import's spreadsheet and report, the media files, a stray file)
 * requested through every upload collection's file route, as every role, with every way of
 * smuggling a path into the name. Only media files are public, an import's spreadsheet only
 * reaches the staff of its town, its report only through the report endpoint, nothing else
 * is served, and nothing answers 500.
 */
let ctx: SweepWorld
let importID: string
beforeAll(async () => {
  ctx = await setupWorld()
  await createMedia(ctx)
  importID = await checkedImport(ctx.api.request, ctx.tokens.editor1, ctx.world.towns.town1, 'sweep-list.csv')
  // A file in the media folder that belongs to no document (left over, or put there by hand).
  fs.writeFileSync(path.join(mediaDir(), 'stray-notes.txt'), 'not a media document')
}, 120000)
afterAll(async () => ctx?.cleanup())

const mediaDir = () => process.env.MEDIA_DIR as string
const importsDir = () => process.env.IMPORTS_DIR as string
const folderOf = (slug: string) => ctx.payload.collections[slug as 'media'].config.upload.staticDir as string

/** Every file on disk, classified by the documents it belongs to. */
async function storedFiles(): Promise<StoredFile[]> {
  const media = await ctx.payload.find({ collection: 'media', overrideAccess: true, limit: 0, depth: 0 })
  const mediaNames = new Set(media.docs.flatMap((d) => [d.filename, ...Object.values(d.sizes ?? {}).map((s) => s?.filename)]).filter(Boolean))
  const imports = await ctx.payload.find({ collection: 'imports', overrideAccess: true, limit: 0, depth: 0 })
  const sheetNames = new Set(imports.docs.map((d) => d.filename))
  const ids = new Set(imports.docs.map((d) => String(d.id)))
  return [...filesBelow(mediaDir()), ...filesBelow(importsDir())].map((file) => {
    const name = path.basename(file)
    const inMedia = path.dirname(file) === folderOf('media')
    const report = /^(.+)\.(csv|jsonl)$/.exec(name)
    const kind = inMedia && mediaNames.has(name) ? 'media' : sheetNames.has(name) && path.dirname(file) === folderOf('imports') ? 'spreadsheet' : report && ids.has(report[1] as string) ? 'report' : 'stray'
    const top = file.startsWith(mediaDir()) ? ['MEDIA_DIR', mediaDir()] : ['IMPORTS_DIR', importsDir()]
    return {
      label: `${top[0]}/${path.relative(top[1] as string, file)}`,
      kind,
      collection: kind === 'media' ? 'media' : kind === 'spreadsheet' ? 'imports' : undefined,
      download: kind === 'report' && name.endsWith('.csv') ? `/imports/${report?.[1]}/report` : undefined,
      relativeTo: (slug: string) => path.relative(folderOf(slug), file).split(path.sep).join('/'),
      bytes: fs.readFileSync(file),
    }
  })
}

describe('files on the local disk', () => {
  test('the import left a spreadsheet and a report, and staff files are not in the media folder', async () => {
    const files = await storedFiles()
    expect(files.filter((f) => f.kind === 'spreadsheet')).toHaveLength(1)
    expect(files.filter((f) => f.kind === 'report').length).toBeGreaterThanOrEqual(2)
    expect(files.filter((f) => f.kind === 'media').length).toBeGreaterThanOrEqual(2)
    const inMedia = files.filter((f) => f.label.startsWith('MEDIA_DIR/') && (f.kind === 'spreadsheet' || f.kind === 'report')).map((f) => f.label)
    expect(inMedia).toEqual([])
  })

  test('every file × upload route × role × encoding: only what the role may read, never a 500', async () => {
    const cells = await sweep(ctx, await storedFiles(), (slug) => path.basename(folderOf(slug)))
    writeArtifact('files-sweep.md', sweepMarkdown('File routes, local disk', cells))
    expect(violations(cells)).toEqual([])
    // The sweep saw media files served, so a route that serves nothing cannot pass it.
    expect(cells.some((c) => c.served && c.file.kind === 'media')).toBe(true)
  }, 120000)

  test('deleting an import removes its spreadsheet and its report', async () => {
    const id = await checkedImport(ctx.api.request, ctx.tokens.editor1, ctx.world.towns.town1, 'to-delete.csv')
    const doc = await ctx.payload.findByID({ collection: 'imports', id, overrideAccess: true, depth: 0 })
    const ours = (await storedFiles()).filter((f) => f.label.includes(id) || f.label.endsWith(`/${doc.filename}`)).map((f) => f.label)
    expect(ours.length).toBeGreaterThanOrEqual(3)
    expect((await ctx.api.request('DELETE', `/imports/${id}`, { token: ctx.tokens.editor1 })).status).toBe(200)
    const left = (await storedFiles()).filter((f) => f.label.includes(id) || f.label.endsWith(`/${doc.filename}`)).map((f) => f.label)
    expect(left).toEqual([])
    expect(importID).not.toBe(id)
  }, 60000)
})
