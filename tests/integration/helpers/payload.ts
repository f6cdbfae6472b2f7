import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'
import { readTemplate, schemaFingerprint, type Template } from './template'

export interface BootOptions {
  /** Start from the run's world template (schema, world, logged-in roles) when it has one, instead of the empty schema. */
  withWorld?: boolean
}

type TemplateWorld = NonNullable<Template['world']>

/**
 * Boots the real Payload config on a throw-away SQLite file. One Payload per test file:
 * jest gives each file its own module registry, so the config is built afresh.
 *
 * When the run has a template (template.ts) pushed from the same schema as this file's config,
 * the file starts as a copy of it and the push is skipped; otherwise (another schema, e.g.
 * through env, or no template) the schema is pushed into an empty file as before. `template`
 * says which happened.
 */
export async function bootPayload({ withWorld = false }: BootOptions = {}): Promise<{
  payload: Payload
  cleanup: () => Promise<void>
  /** The database file (for copying it). */
  file: string
  /** The template the database is a copy of, if any. */
  template?: Template
  /** Its world, if the copy is of the world template. */
  templateWorld?: TemplateWorld
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
  const file = path.join(dir, 'test.db')
  process.env.DATABASE_URI = `file:${file}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.IMPORTS_DIR = path.join(dir, 'imports')
  const template = readTemplate()
  // A new secret per run (the template's, which signed its tokens): no secret lives in the source.
  process.env.PAYLOAD_SECRET = template?.secret ?? randomBytes(32).toString('hex')
  const { default: config } = await import('@payload-config')
  const copied = template ? startFromTemplate(await config, template, file, withWorld ? template.world : undefined) : {}
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  return {
    payload,
    file,
    template: copied.source ? template : undefined,
    templateWorld: copied.world,
    cleanup: async () => {
      // Work queued after responses (audit entries) finishes before the database closes.
      const { afterResponseSettled } = await import('@cms/security/afterResponse')
      await afterResponseSettled()
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Lets the database adapter build its schema, then, if it is the template's, copies the
 * template into `file` before the adapter connects and turns its push off.
 */
function startFromTemplate(config: SanitizedConfig, template: Template, file: string, world: TemplateWorld | undefined) {
  const copied: { source?: string; world?: TemplateWorld } = {}
  const createAdapter = config.db.init
  config.db.init = (args) => {
    const adapter = createAdapter(args)
    const buildSchema = adapter.init
    adapter.init = async () => {
      await buildSchema?.call(adapter)
      // Only the SQLite adapter pushes a schema (and has raw tables).
      if (!('push' in adapter) || !('rawTables' in adapter) || schemaFingerprint(adapter.rawTables, config) !== template.fingerprint) return
      copied.source = world?.file ?? template.schema
      copied.world = world
      fs.copyFileSync(copied.source, file)
      adapter.push = false
    }
    return adapter
  }
  return copied
}
