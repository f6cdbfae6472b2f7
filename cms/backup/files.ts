import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

/** One file of a snapshot: its path inside the snapshot (always with `/`), size and SHA-256. */
export interface FileEntry {
  path: string
  bytes: number
  sha256: string
}

/** Every regular file below `dir`, as paths relative to it (with `/`), sorted; none when it does not exist. */
export function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(fs.createReadStream(file), hash)
  return hash.digest('hex')
}

/** Copies `from` to `to` (creating its folder) and hashes the bytes on the way, in one read. */
export async function copyHashed(from: string, to: string): Promise<{ bytes: number; sha256: string }> {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  const hash = createHash('sha256')
  let bytes = 0
  await pipeline(
    fs.createReadStream(from),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk)
        bytes += chunk.length
        yield chunk
      }
    },
    fs.createWriteStream(to),
  )
  return { bytes, sha256: hash.digest('hex') }
}

/** Sums a snapshot's bytes for messages. */
export const formatBytes = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`)
