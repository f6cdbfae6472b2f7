import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { runBackup } from '@cms/backup/backup'
import { installationFromEnv, type Installation } from '@cms/backup/installation'
import { DATABASE_COPY, S3_PREFIX } from '@cms/backup/manifest'
import { restoreSnapshot } from '@cms/backup/restore'
import { backupSettingsFromEnv } from '@cms/backup/settings'
import { resolveSnapshot } from '@cms/backup/source'
import { inspectDatabase } from '@cms/backup/sqlite'
import { bootWorld, type World } from './helpers/world'
import { startS3rver } from '../helpers/s3rver'

/*
 * The bucket path of backup and restore against a local S3 emulator (s3rver on a free port),
 * configured the way an operator does: BACKUP_S3_BUCKET with the S3_* variables.
 */
const BUCKET = 'portal-backups'
const S3_ENV = ['BACKUP_S3_BUCKET', 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'BACKUP_KEEP']
let payload: Payload
let world: World
let cleanup: () => Promise<void>
let s3: { close: () => Promise<void> }
let client: S3Client
let scratch: string
const app = { name: 'integration-portal', version: 'test' }

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-s3-'))
  const server = await startS3rver(path.join(scratch, 's3rver'), BUCKET)
  s3 = server
  // Uploads stay on the disk (no S3_BUCKET); only the backups go to the bucket.
  Object.assign(process.env, { BACKUP_S3_BUCKET: BUCKET, ...server.env, BACKUP_KEEP: '1' })
  client = new S3Client({ region: 'us-east-1', endpoint: process.env.S3_ENDPOINT, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  ;({ payload, world, cleanup } = await bootWorld())
}, 120000)
afterAll(async () => {
  await cleanup?.()
  client?.destroy()
  await s3?.close()
  fs.rmSync(scratch, { recursive: true, force: true })
  for (const key of S3_ENV) delete process.env[key]
})

const fresh = (name: string): Installation => {
  const dir = path.join(scratch, name)
  return { databaseFile: path.join(dir, 'portal.db'), secretFile: path.join(dir, '.payload-secret'), fileDirs: { media: path.join(dir, 'media'), imports: path.join(dir, 'imports') } }
}

describe('backups in an S3-compatible bucket', () => {
  let name = ''

  test('two backups: each uploaded and checked, the older one deleted (BACKUP_KEEP=1), nothing left on the disk', async () => {
    const data = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#990000' } }).png().toBuffer()
    await payload.create({ collection: 'media', overrideAccess: true, data: { alt: 'Rathaus', municipality: world.towns.town1 }, file: { data, mimetype: 'image/png', name: 'rathaus.png', size: data.length } })
    const live = installationFromEnv()
    fs.mkdirSync(path.join(live.fileDirs.imports, 'reports'), { recursive: true })
    fs.writeFileSync(path.join(live.fileDirs.imports, 'reports', 'import-1.csv'), 'row,result\n1,created\n')

    const settings = await backupSettingsFromEnv()
    expect(settings.dir).toBeNull()
    const first = await runBackup(live, settings, app)
    const second = await runBackup(live, settings, app)
    name = second.manifest.name
    expect(second.locations).toEqual([`s3://${BUCKET}/${S3_PREFIX}${name}/`])
    expect(second.pruned).toEqual([first.manifest.name])
    expect(second.manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining([DATABASE_COPY, 'files/media/rathaus.png', 'files/imports/reports/import-1.csv']))
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('portal-backup-') && fs.existsSync(path.join(os.tmpdir(), f, `${name}.partial`)))).toEqual([])
  })

  test('restore of the latest snapshot from the bucket into a fresh folder', async () => {
    const target = fresh('restored')
    fs.mkdirSync(path.dirname(target.databaseFile), { recursive: true })
    const source = await resolveSnapshot('latest', await backupSettingsFromEnv(), process.cwd(), path.dirname(target.databaseFile))
    try {
      const { manifest } = await restoreSnapshot(source.dir, target)
      expect(manifest.name).toBe(name)
      const { counts } = await inspectDatabase(target.databaseFile)
      for (const table of ['news', 'media', 'municipalities', 'organizations', 'users']) expect([table, counts[table]]).toEqual([table, manifest.database.counts[table]])
    } finally {
      source.cleanup()
    }
    const live = installationFromEnv()
    for (const file of ['media/rathaus.png', 'imports/reports/import-1.csv']) {
      const [set = '', ...rest] = file.split('/')
      const dir = set === 'media' ? 'media' : 'imports'
      expect(fs.readFileSync(path.join(target.fileDirs[dir], ...rest)).equals(fs.readFileSync(path.join(live.fileDirs[dir], ...rest)))).toBe(true)
    }
    expect(fs.readdirSync(path.dirname(target.databaseFile)).filter((f) => f.startsWith('.restore-download-'))).toEqual([])
  })

  test('an object changed in the bucket is caught by its checksum before anything is restored', async () => {
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${S3_PREFIX}${name}/files/media/rathaus.png`, Body: 'not the picture' }))
    const target = fresh('refused')
    const source = await resolveSnapshot(name, await backupSettingsFromEnv(), process.cwd(), scratch)
    try {
      await expect(restoreSnapshot(source.dir, target)).rejects.toThrow(/files\/media\/rathaus.png has 15 bytes, the manifest says \d+/)
    } finally {
      source.cleanup()
    }
    expect(fs.existsSync(path.dirname(target.databaseFile))).toBe(false)
  })

  test('a bucket that does not answer: a clear error, no snapshot half-kept in a temporary folder', async () => {
    const settings = await backupSettingsFromEnv({ ...process.env, S3_ENDPOINT: 'http://127.0.0.1:9' })
    await expect(runBackup(installationFromEnv(), settings, app)).rejects.toThrow(/The backup bucket s3:\/\/portal-backups\/backups\/ at http:\/\/127.0.0.1:9 failed to store database.sqlite: .+/)
    await expect(resolveSnapshot('latest', settings, process.cwd(), scratch)).rejects.toThrow(/failed to list the snapshots/)
    // With a folder as well, tonight's snapshot is kept there.
    const dir = path.join(scratch, 'kept')
    await expect(runBackup(installationFromEnv(), { ...settings, dir }, app)).rejects.toThrow(/failed to store database.sqlite: .+\nThe snapshot is complete in /)
    expect(fs.readdirSync(dir)).toHaveLength(1)
  })
})
