import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'
import type { Role } from './setup'
import type { World } from './world'

/**
 * The databases one test run starts its files from (written once by globalSetup.mjs through
 * buildTemplates.ts): the pushed schema, and the schema with the access-test world in it and
 * every role logged in. Copying a file costs milliseconds; pushing the schema costs about 2 s
 * a file and building the world and logging in about as much again.
 */
export interface Template {
  /** PAYLOAD_SECRET of the run: the world's login tokens are signed with it. */
  secret: string
  /** What the schema was pushed from (schemaFingerprint); a file whose config differs pushes its own. */
  fingerprint: string
  /** The empty database with the schema pushed. */
  schema: string
  /** The same database after buildWorld and a REST login of every role. */
  world?: { file: string; world: World; tokens: Record<Role, string> }
}

/** Set by globalSetup.mjs for the integration and security projects. */
export const TEMPLATE_DIR_ENV = 'PORTAL_TEST_TEMPLATE_DIR'

export const templateFile = (dir: string) => path.join(dir, 'template.json')

/** The run's template, or undefined outside a jest run with the global setup (a file pushes its own schema then). */
export function readTemplate(): Template | undefined {
  const dir = process.env[TEMPLATE_DIR_ENV]
  if (!dir || !fs.existsSync(templateFile(dir))) return undefined
  return JSON.parse(fs.readFileSync(templateFile(dir), 'utf8')) as Template
}

export function writeTemplate(dir: string, template: Template) {
  fs.writeFileSync(templateFile(dir), JSON.stringify(template))
}

/**
 * What Payload pushes: the same input its own dev push compares before skipping
 * (@payloadcms/drizzle pushDevSchema: the locale codes and the raw tables).
 */
export function schemaFingerprint(rawTables: unknown, config: SanitizedConfig): string {
  const localeCodes = config.localization ? config.localization.localeCodes : undefined
  return createHash('sha256').update(JSON.stringify({ localeCodes, rawTables })).digest('hex')
}
