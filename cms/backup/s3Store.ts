import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { S3Settings } from '../scale/s3'
import { BackupError, codeOf, messageOf } from './errors'
import { isSnapshotName, type Manifest, MANIFEST, readManifest, S3_PREFIX } from './manifest'


const isMissing = (error: unknown) => typeof error === 'object' && error !== null && 'name' in error && (error.name === 'NoSuchKey' || error.name === 'NotFound')

/** A bucket of snapshots. Every failure of the store itself becomes a BackupError naming the bucket. */
export class S3SnapshotStore {
  readonly #client: S3Client
  readonly #bucket: string
  readonly label: string

  constructor(settings: S3Settings) {
    this.#client = new S3Client({
      ...settings.config,
      // Two attempts: an unreachable store should say so within seconds, not after a long retry.
      maxAttempts: 2,
      // Streamed uploads with the SDK's default checksums are sent in aws-chunked encoding, which
      // many S3-compatible stores (s3rver, older Ceph and hoster gateways) store verbatim; the
      // snapshot carries its own SHA-256 sums, checked before every restore.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // The SDK would print its own warning before the message of #send, which says it better.
      logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    })
    this.#bucket = settings.bucket
    this.label = `s3://${settings.bucket}/${S3_PREFIX}${settings.config.endpoint ? ` at ${String(settings.config.endpoint)}` : ''}`
  }

  /** Where a snapshot is in the bucket, for messages. */
  where(name: string): string {
    return `s3://${this.#bucket}/${S3_PREFIX}${name}/`
  }

  close(): void {
    this.#client.destroy()
  }

  async #send<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      throw new BackupError(`The backup bucket ${this.label} failed to ${what}: ${messageOf(error) || codeOf(error) || 'no answer'}`)
    }
  }

  async #keys(prefix: string): Promise<{ key: string; size: number }[]> {
    const keys: { key: string; size: number }[] = []
    let token: string | undefined
    do {
      const page = await this.#send('list its objects', () => this.#client.send(new ListObjectsV2Command({ Bucket: this.#bucket, Prefix: prefix, ContinuationToken: token })))
      for (const o of page.Contents ?? []) if (o.Key) keys.push({ key: o.Key, size: o.Size ?? 0 })
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return keys
  }

  async #names(): Promise<string[]> {
    const names: string[] = []
    let token: string | undefined
    do {
      const page = await this.#send('list the snapshots', () =>
        this.#client.send(new ListObjectsV2Command({ Bucket: this.#bucket, Prefix: S3_PREFIX, Delimiter: '/', ContinuationToken: token })),
      )
      for (const p of page.CommonPrefixes ?? []) {
        const name = p.Prefix?.slice(S3_PREFIX.length, -1)
        if (name && isSnapshotName(name)) names.push(name)
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return names.sort()
  }

  async #hasManifest(name: string): Promise<boolean> {
    try {
      await this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: `${S3_PREFIX}${name}/${MANIFEST}` }))
      return true
    } catch (error) {
      if (isMissing(error)) return false
      return this.#send('read a manifest', () => Promise.reject(error))
    }
  }

  /** The finished snapshots (those with a manifest), oldest first. */
  async list(): Promise<string[]> {
    const names = await this.#names()
    const finished: string[] = []
    for (const name of names) if (await this.#hasManifest(name)) finished.push(name)
    return finished
  }

  /** Uploads a finished snapshot folder, the manifest last, then checks every object's size. */
  async upload(dir: string, manifest: Manifest): Promise<void> {
    const base = `${S3_PREFIX}${manifest.name}/`
    for (const file of [...manifest.files.map((f) => f.path), MANIFEST]) {
      const full = path.join(dir, file)
      // The file's bytes, not a stream of it: the SDK opens a file stream again by its path when
      // it retries, after the failed upload has already removed the temporary folder (ENOENT
      // instead of the bucket's error). A snapshot's largest file is the database (241 MB at
      // 100,000 services), read one file at a time.
      const body = fs.readFileSync(full)
      await this.#send(`store ${file}`, () => this.#client.send(new PutObjectCommand({ Bucket: this.#bucket, Key: base + file, Body: body, ContentLength: body.length })))
    }
    const stored = new Map((await this.#keys(base)).map((o) => [o.key.slice(base.length), o.size]))
    const wrong = manifest.files.filter((f) => stored.get(f.path) !== f.bytes)
    if (wrong.length) throw new BackupError(`The bucket ${this.label} holds ${wrong.length} file(s) of ${manifest.name} with the wrong size, e.g. ${wrong[0]?.path}.`)
  }

  /** Downloads a snapshot into the folder `dir` (the caller checks it against the manifest). */
  async download(name: string, dir: string): Promise<void> {
    const base = `${S3_PREFIX}${name}/`
    const fetchTo = async (key: string, file: string) => {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      const object = await this.#client.send(new GetObjectCommand({ Bucket: this.#bucket, Key: key }))
      if (!object.Body) throw new Error(`${key} is empty`)
      // In Node the body is a stream: large videos go to disk without being held in memory.
      if (object.Body instanceof Readable) await pipeline(object.Body, fs.createWriteStream(file))
      else fs.writeFileSync(file, await object.Body.transformToByteArray())
    }
    try {
      await fetchTo(base + MANIFEST, path.join(dir, MANIFEST))
    } catch (error) {
      if (isMissing(error)) throw new BackupError(`There is no snapshot ${name} in ${this.label}${await this.#available()}.`)
      return this.#send(`send ${name}'s manifest`, () => Promise.reject(error))
    }
    for (const file of readManifest(dir).files) {
      // A missing or short object shows up in the checksum check that follows.
      await fetchTo(base + file.path, path.join(dir, file.path)).catch((error: unknown) => {
        if (!isMissing(error)) return this.#send(`send ${file.path}`, () => Promise.reject(error))
      })
    }
  }

  async #available(): Promise<string> {
    const names = await this.list().catch(() => [])
    return names.length ? ` (there: ${names.slice(-5).join(', ')})` : ' (it holds no snapshots)'
  }

  /** Deletes all but the newest `keep` finished snapshots, and unfinished ones older than the newest finished one. */
  async prune(keep: number): Promise<string[]> {
    const finished = await this.list()
    const newest = finished[finished.length - 1] ?? ''
    const unfinished = (await this.#names()).filter((n) => !finished.includes(n) && n < newest)
    const doomed = [...finished.slice(0, Math.max(0, finished.length - keep)), ...unfinished]
    for (const name of doomed) {
      const keys = await this.#keys(`${S3_PREFIX}${name}/`)
      // DeleteObjects takes up to 1000 keys a call.
      for (let i = 0; i < keys.length; i += 1000) {
        const batch = keys.slice(i, i + 1000).map((k) => ({ Key: k.key }))
        await this.#send(`delete ${name}`, () => this.#client.send(new DeleteObjectsCommand({ Bucket: this.#bucket, Delete: { Objects: batch, Quiet: true } })))
      }
    }
    return doomed
  }
}
