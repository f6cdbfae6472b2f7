import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

/**
 * Boots the real Payload config on a throw-away SQLite file. One Payload per test file:
 * jest gives each file its own module registry, so the config is built afresh.
 */
export async function bootPayload(): Promise<{ payload: Payload; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.IMPORTS_DIR = path.join(dir, 'imports')
  // A new secret per run: no secret lives in the source.
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  return {
    payload,
    cleanup: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
