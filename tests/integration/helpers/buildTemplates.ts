/**
 * Writes the run's templates into `dir` (run by globalSetup.mjs in a child process): boots
 * Payload on an empty database (the schema is pushed), keeps a copy, builds the access-test
 * world in it and logs every role in through REST, and keeps a second copy.
 * Usage: node --import tsx tests/integration/helpers/buildTemplates.ts <dir> (globalSetup.mjs runs it compiled)
 */
import fs from 'node:fs'
import path from 'node:path'
import { bootPayload } from './payload'
import { restClient } from './rest'
import { logInAll } from './setup'
import { schemaFingerprint, TEMPLATE_DIR_ENV, writeTemplate } from './template'
import { buildWorld } from './world'

const [dirArgument] = process.argv.slice(2)
if (!dirArgument) throw new Error('usage: buildTemplates.ts <dir>')
const dir: string = dirArgument
// No template yet: this boot pushes the schema itself.
delete process.env[TEMPLATE_DIR_ENV]

interface SQLiteClient {
  execute: (sql: string) => Promise<unknown>
}
const isSQLiteClient = (client: unknown): client is SQLiteClient => typeof client === 'object' && client !== null && 'execute' in client

const { payload, file, cleanup } = await bootPayload()
const connection: unknown = payload.db.client
if (!isSQLiteClient(connection)) throw new Error('the templates need the SQLite adapter')
const sqlite: SQLiteClient = connection

/**
 * Copies the database as it is now into `dir`. Payload is idle here, and SQLite keeps the
 * latest writes in its write-ahead log until a checkpoint: fold them into the file first.
 */
async function snapshot(name: string) {
  await sqlite.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  const wal = `${file}-wal`
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) throw new Error(`${wal} is not empty: the template would miss its last writes`)
  const target = path.join(dir, name)
  fs.copyFileSync(file, target)
  return target
}

const fingerprint = schemaFingerprint(payload.db.rawTables, payload.config)
const schema = await snapshot('schema.db')
const world = await buildWorld(payload)
const tokens = await logInAll(await restClient(payload.config))
// The tokens are signed with the secret bootPayload chose: the test files use the same.
writeTemplate(dir, { secret: String(process.env.PAYLOAD_SECRET), fingerprint, schema, world: { file: await snapshot('world.db'), world, tokens } })
await cleanup()
// Payload's timers (jobs, caches) would keep the process alive.
process.exit(0)
