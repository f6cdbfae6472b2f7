import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { createClient } from 'redis'
import { runBackup } from '@cms/backup/backup'
import { installationFromEnv, type Installation } from '@cms/backup/installation'
import { DATABASE_COPY, readManifest, writeManifest } from '@cms/backup/manifest'
import { flushAppKeys } from '@cms/backup/redis'
import { restoreSnapshot } from '@cms/backup/restore'
import type { BackupSettings } from '@cms/backup/settings'
import { BUS_LOG_KEY, inspectDatabase } from '@cms/backup/sqlite'
import { DEFAULT_DATABASE_URI, sqliteDatabase } from '@cms/database'
import { createRateLimiter } from '@cms/security/rateLimiter'
import { startRedis } from '../../scripts/lib.mjs'
import { bootWorld, type World } from './helpers/world'

/*
 * Backup under load and restore into a fresh folder, with the real thing at each step: a
 * Payload on a throw-away SQLite file, an editor publishing a news item with an image every
 * second while the backup runs, the restore into an empty folder, and a second Payload booted
 * on the restored database to read every document back.
 */
let payload: Payload
let world: World
let cleanup: () => Promise<void>
let scratch: string
const app = { name: 'integration-portal', version: 'test' }

beforeAll(async () => {
  ;({ payload, world, cleanup } = await bootWorld())
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-test-'))
})
afterAll(async () => {
  await cleanup?.()
  fs.rmSync(scratch, { recursive: true, force: true })
})

const settings = (dir: string, keep = 7): BackupSettings => ({ dir, s3: null, keep, schedule: null })
const freshInstallation = (name: string): Installation => {
  const dir = path.join(scratch, name)
  return { databaseFile: path.join(dir, 'portal.db'), secretFile: path.join(dir, '.payload-secret'), fileDirs: { media: path.join(dir, 'media'), imports: path.join(dir, 'imports') } }
}

async function uploadImage(color: string, name: string): Promise<string> {
  const data = await sharp({ create: { width: 400, height: 300, channels: 3, background: color } }).png().toBuffer()
  const doc = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: `Bild ${name}`, municipality: world.towns.town1 },
    file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
  })
  return String(doc.id)
}

/** An editor publishing a news item (with an image) every second; each item with the moment its save returned. */
function editorPublishing(images: string[]) {
  const published: { id: string; savedAt: number }[] = []
  let running = true
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const doc = await payload.create({
        collection: 'news',
        overrideAccess: true,
        locale: 'de',
        data: { title: `Meldung ${i}`, slug: `meldung-${i}`, lead: `Kurztext ${i}`, municipality: world.towns.town1, image: images[i % images.length] ?? null, _status: 'published' },
      })
      published.push({ id: String(doc.id), savedAt: Date.now() })
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  })()
  return {
    published,
    stop: async () => {
      running = false
      await loop
    },
  }
}

/** Every document of every collection, in every language, without populating relations. */
async function everything(p: Payload): Promise<Map<string, Record<string, unknown>>> {
  const all = new Map<string, Record<string, unknown>>()
  for (const { slug } of p.config.collections) {
    const { docs } = await p.find({ collection: slug, overrideAccess: true, depth: 0, locale: 'all', limit: 0, pagination: false })
    for (const doc of docs) all.set(`${slug}/${String(doc.id)}`, { ...doc })
  }
  return all
}

/** A second Payload on another database file (the restored one): the same config with its own adapter. */
async function bootOn(file: string, key: string): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  const sanitized = await config
  const { getPayload } = await import('payload')
  return getPayload({ config: { ...sanitized, db: sqliteDatabase(`file:${file}`, path.resolve('cms/migrations')) as typeof sanitized.db }, key })
}

const bytesOf = (dir: string, file: string) => fs.readFileSync(path.join(dir, file))

test('the installation paths are the app’s own defaults', () => {
  const uri = process.env.DATABASE_URI
  try {
    delete process.env.DATABASE_URI
    expect(installationFromEnv().databaseFile).toBe(path.resolve(DEFAULT_DATABASE_URI.slice('file:'.length)))
  } finally {
    process.env.DATABASE_URI = uri
  }
})

describe('backup under load, restore into a fresh folder', () => {
  let snapshot: string
  let takenAt: number
  let published: { id: string; savedAt: number }[]

  test('a snapshot written while an editor publishes every second', async () => {
    const images = [await uploadImage('#0b5394', 'team'), await uploadImage('#38761d', 'haus')]
    const live = installationFromEnv()
    // The demo's way: a generated secret beside the database (PAYLOAD_SECRET unset for the backup).
    fs.writeFileSync(live.secretFile, 'generated-secret-of-this-installation\n', { mode: 0o600 })
    const editor = editorPublishing(images)
    await new Promise((resolve) => setTimeout(resolve, 2200))
    const secret = process.env.PAYLOAD_SECRET
    delete process.env.PAYLOAD_SECRET
    const result = await runBackup(live, settings(path.join(scratch, 'backups')), app).finally(() => (process.env.PAYLOAD_SECRET = secret))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await editor.stop()
    published = editor.published
    snapshot = result.locations[0] ?? ''
    takenAt = Date.parse(result.manifest.takenAt)

    expect(result.manifest.secret).toBe('file')
    expect(result.manifest.database.counts.news).toBeGreaterThanOrEqual(2)
    // Saves on both sides of the snapshot: it was taken under load.
    expect(published.filter((p) => p.savedAt < takenAt).length).toBeGreaterThanOrEqual(2)
    expect(published.filter((p) => p.savedAt > takenAt).length).toBeGreaterThanOrEqual(1)
    expect(fs.existsSync(path.join(snapshot, DATABASE_COPY))).toBe(true)
  })

  test('the restored installation has every document saved before the snapshot, field for field, with its files', async () => {
    const fresh = freshInstallation('restored')
    const { keptAside } = await restoreSnapshot(snapshot, fresh)
    expect(keptAside).toEqual([])
    const restored = await bootOn(fresh.databaseFile, 'restored')
    try {
      const before = await everything(payload)
      const after = await everything(restored)
      // The development schema push of the second Payload touches its `dev` migration row.
      const savedBefore = [...before].filter(([key, doc]) => !key.startsWith('payload-migrations/') && Date.parse(String(doc.updatedAt)) < takenAt)
      expect(savedBefore.length).toBeGreaterThan(20)
      for (const [key, doc] of savedBefore) expect({ key, doc: after.get(key) }).toEqual({ key, doc })
      for (const { id, savedAt } of published) if (savedAt < takenAt) expect(after.has(`news/${id}`)).toBe(true)

      // Every image and its generated sizes, byte for byte.
      const live = installationFromEnv()
      const media = [...after].filter(([key]) => key.startsWith('media/')).map(([, doc]) => doc)
      expect(media.length).toBeGreaterThanOrEqual(2)
      for (const doc of media) {
        const files = [doc.filename, ...Object.values(doc.sizes ?? {}).map((s) => (s as { filename?: string }).filename)].filter((f): f is string => typeof f === 'string')
        expect(files.length).toBeGreaterThan(1)
        for (const file of files) expect(bytesOf(fresh.fileDirs.media, file).equals(bytesOf(live.fileDirs.media, file))).toBe(true)
      }
      expect(fs.readFileSync(fresh.secretFile, 'utf8')).toBe('generated-secret-of-this-installation\n')
      expect(fs.statSync(fresh.secretFile).mode & 0o777).toBe(0o600)
      // The change bus's log stays behind (sqlite.ts, forgetChangeLog); the live one has entries.
      expect(await payload.kv.get(BUS_LOG_KEY)).not.toBeNull()
      expect(await restored.kv.get(BUS_LOG_KEY)).toBeNull()
    } finally {
      await restored.destroy()
    }
  }, 60000)

  test('a restore over an installation keeps what was there aside, and refuses one whose app runs', async () => {
    const target = freshInstallation('twice')
    await restoreSnapshot(snapshot, target)
    fs.writeFileSync(path.join(target.fileDirs.media, 'uploaded-after.png'), 'x')
    const { keptAside } = await restoreSnapshot(snapshot, target)
    expect(keptAside.map((p) => path.basename(p).replace(/\d{8}T\d{6}\.\d{3}Z$/, '…'))).toEqual(['portal.db.before-restore-…', '.payload-secret.before-restore-…', 'media.before-restore-…', 'imports.before-restore-…'])
    expect(fs.existsSync(path.join(target.fileDirs.media, 'uploaded-after.png'))).toBe(false)

    // The test's own Payload holds the live database open, as a running app does.
    const live = installationFromEnv()
    const bytes = fs.statSync(live.databaseFile).size
    await expect(restoreSnapshot(snapshot, live)).rejects.toThrow(/The app is running on .*stop it first.*Nothing was changed/s)
    expect(fs.statSync(live.databaseFile).size).toBe(bytes)
    expect(fs.readdirSync(path.dirname(live.databaseFile)).filter((f) => f.includes('restor'))).toEqual([])
  })

  test('a snapshot from a newer version of the app is refused', async () => {
    const newer = path.join(scratch, 'newer')
    fs.cpSync(snapshot, newer, { recursive: true })
    const manifest = readManifest(newer)
    writeManifest(newer, { ...manifest, app: { ...manifest.app, version: '9.0.0' }, database: { ...manifest.database, migrations: ['20261121_122945_initial', '20991231_000000_future'] } })
    const target = freshInstallation('too-new')
    await expect(restoreSnapshot(newer, target, { knownMigrations: ['20261121_122945_initial'] })).rejects.toThrow(
      'comes from a newer version of the app (9.0.0; its database has the migration 20991231_000000_future, which this version lacks)',
    )
    expect(fs.existsSync(path.dirname(target.databaseFile))).toBe(false)
  })

  test('BACKUP_KEEP: older snapshots are deleted after a backup', async () => {
    const dir = path.join(scratch, 'backups')
    await runBackup(installationFromEnv(), settings(dir, 2), app)
    const result = await runBackup(installationFromEnv(), settings(dir, 2), app)
    expect(result.pruned).toContain(path.basename(snapshot))
    expect(fs.readdirSync(dir).sort()).toHaveLength(2)
    const { counts } = await inspectDatabase(path.join(result.locations[0] ?? '', DATABASE_COPY))
    expect(counts).toEqual(readManifest(result.locations[0] ?? '').database.counts)
  })
})

test('after a restore, the app’s keys in Redis are gone and nobody else’s', async () => {
  const redis = await startRedis()
  if (!redis) return console.log('redis-server is not installed (/usr/bin/redis-server): the Redis flush test is skipped')
  const client = createClient({ url: redis.url })
  try {
    await client.connect()
    // What the app leaves there: rate-limit counters (cms/security/rateLimiter.ts).
    await createRateLimiter({ name: 'login', max: 5, windowMs: 60000 }, { redis: () => client }).hit('203.0.113.9')
    await client.set('another-app:session', 'kept')
    expect(await flushAppKeys(redis.url)).toBe(1)
    expect(await client.keys('*')).toEqual(['another-app:session'])
  } finally {
    await client.close()
    redis.child.kill('SIGTERM')
  }
  await expect(flushAppKeys(redis.url.replace(/:\d+$/, ':9'))).rejects.toThrow(/Redis \(redis:\/\/127.0.0.1:9\) did not answer/)
})

describe('the commands, as an operator meets them', () => {
  const run = (command: 'backup' | 'restore', args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, [`scripts/${command}.mjs`, ...args], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env }, timeout: 60000 })

  test('a damaged snapshot is refused before anything changes, with a message and no stack trace', async () => {
    const source = fs.readdirSync(path.join(scratch, 'backups')).sort().pop() ?? ''
    const damaged = path.join(scratch, 'damaged')
    fs.cpSync(path.join(scratch, 'backups', source), damaged, { recursive: true })
    const image = readManifest(damaged).files.find((f) => f.path.startsWith('files/media/'))?.path ?? ''
    const bytes = fs.readFileSync(path.join(damaged, image))
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1)
    fs.writeFileSync(path.join(damaged, image), bytes)
    const target = freshInstallation('untouched')
    const result = run('restore', [damaged], { DATABASE_URI: `file:${target.databaseFile}`, MEDIA_DIR: target.fileDirs.media, IMPORTS_DIR: target.fileDirs.imports })
    expect(result.stderr).toContain(`${image} does not match its checksum`)
    expect(result.stderr).toContain('nothing was changed')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.status).toBe(1)
    expect(fs.existsSync(path.dirname(target.databaseFile))).toBe(false)
  }, 60000)

  test('a snapshot that is not there is named, with the ones that are', () => {
    const result = run('restore', ['20200101T000000.000Z'], { BACKUP_DIR: path.join(scratch, 'backups'), DATABASE_URI: `file:${freshInstallation('none').databaseFile}` })
    expect(result.stderr).toMatch(/There is no snapshot "20200101T000000.000Z"/)
    expect(result.stderr).toContain(fs.readdirSync(path.join(scratch, 'backups')).sort().pop())
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.status).toBe(1)
  }, 60000)
})
