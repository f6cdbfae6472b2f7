import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { setupWorld } from '../integration/helpers/setup'
import { checkedImport, createMedia, filesBelow, type StoredFile, sweep, sweepMarkdown, type SweepWorld, violations, writeArtifact } from './helpers/fileSweep'
import { startS3rver } from '../helpers/s3rver'

/*
 * The file-route sweep with uploads in S3 (a local s3rver on a free port): every object in
 * the bucket and every report on disk, through every upload collection's file route, as
 * every role, with every encoding, including the media route asked for the imports
 * prefix's keys. Same rules as on the local disk (files.test.ts).
 */
const BUCKET = 'portal-sweep'
let ctx: SweepWorld
let s3: { close: () => Promise<void> }
let client: S3Client
let dir: string
const PREFIX: Record<string, string> = { media: 'media', imports: 'imports' }

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-'))
  const server = await startS3rver(dir, BUCKET)
  s3 = server
  Object.assign(process.env, { S3_BUCKET: BUCKET, ...server.env })
  client = new S3Client({ region: 'us-east-1', endpoint: process.env.S3_ENDPOINT, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  ctx = await setupWorld()
  await createMedia(ctx)
  await checkedImport(ctx.api.request, ctx.tokens.editor1, ctx.world.towns.town1, 'sweep-list.csv')
}, 120000)
afterAll(async () => {
  await ctx?.cleanup()
  client?.destroy()
  await s3?.close()
  fs.rmSync(dir, { recursive: true, force: true })
  for (const key of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) delete process.env[key]
})

/** Every object in the bucket and every report on disk, classified by the documents they belong to. */
async function storedFiles(): Promise<StoredFile[]> {
  const media = await ctx.payload.find({ collection: 'media', overrideAccess: true, limit: 0, depth: 0 })
  const mediaNames = new Set(media.docs.flatMap((d) => [d.filename, ...Object.values(d.sizes ?? {}).map((s) => s?.filename)]).filter(Boolean))
  const imports = await ctx.payload.find({ collection: 'imports', overrideAccess: true, limit: 0, depth: 0 })
  const sheetNames = new Set(imports.docs.map((d) => d.filename))
  const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))
  const objects: StoredFile[] = []
  for (const { Key: key } of listed.Contents ?? []) {
    if (!key) continue
    const [prefix, name] = [path.posix.dirname(key), path.posix.basename(key)]
    const body = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
    const kind = prefix === 'media' && mediaNames.has(name) ? 'media' : prefix === 'imports' && sheetNames.has(name) ? 'spreadsheet' : 'stray'
    objects.push({
      label: `s3://${key}`,
      kind,
      collection: kind === 'media' ? 'media' : kind === 'spreadsheet' ? 'imports' : undefined,
      relativeTo: (slug) => path.posix.relative(PREFIX[slug] ?? slug, key),
      bytes: Buffer.from(await (body.Body as { transformToByteArray: () => Promise<Uint8Array> }).transformToByteArray()),
    })
  }
  const reportsDir = path.join(process.env.IMPORTS_DIR as string, 'reports')
  const reports: StoredFile[] = filesBelow(process.env.IMPORTS_DIR as string).map((file) => {
    const id = path.basename(file).replace(/\.(csv|jsonl)$/, '')
    return {
      label: `IMPORTS_DIR/${path.relative(process.env.IMPORTS_DIR as string, file)}`,
      kind: path.dirname(file) === reportsDir ? 'report' : 'stray',
      download: file.endsWith('.csv') ? `/imports/${id}/report` : undefined,
      relativeTo: (slug) => path.posix.relative(PREFIX[slug] ?? slug, `../reports/${path.basename(file)}`),
      bytes: fs.readFileSync(file),
    }
  })
  return [...objects, ...reports]
}

describe('files in S3', () => {
  test('uploads went to the bucket under their own prefixes, nothing to the media folder', async () => {
    const files = await storedFiles()
    expect(files.filter((f) => f.kind === 'spreadsheet').map((f) => f.label)).toEqual(['s3://imports/sweep-list.csv'])
    expect(files.filter((f) => f.kind === 'media').length).toBeGreaterThanOrEqual(2)
    expect(files.filter((f) => f.kind === 'stray')).toEqual([])
    expect(filesBelow(process.env.MEDIA_DIR as string)).toEqual([])
  })

  test('every object × upload route × role × encoding, the media route asked for import keys too', async () => {
    const cells = await sweep(ctx, await storedFiles(), (slug) => PREFIX[slug] ?? slug)
    writeArtifact('files-sweep-s3.md', sweepMarkdown('File routes, S3 (s3rver)', cells))
    expect(violations(cells)).toEqual([])
    expect(cells.some((c) => c.served && c.file.kind === 'media')).toBe(true)
    expect(cells.some((c) => c.served && c.file.kind === 'spreadsheet')).toBe(true)
  }, 120000)
})
