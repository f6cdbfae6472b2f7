/**
 * Writes one step of the run's template into `dir` (run by globalSetup.mjs in a child process,
 * one process per step, because a process imports the config, and so its database, once):
 *   schema  push the schema into an empty database;
 *   world   copy that, build the access-test world and log every role in through REST.
 * Usage: node --import tsx tests/integration/helpers/buildTemplates.ts <dir> schema|world
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { bootPayload } from './payload'
import { setupWorld } from './setup'
import { readTemplate, schemaFingerprint, TEMPLATE_DIR_ENV, writeTemplate } from './template'

const [dirArgument, step] = process.argv.slice(2)
if (!dirArgument || (step !== 'schema' && step !== 'world')) throw new Error('usage: buildTemplates.ts <dir> schema|world')
const dir: string = dirArgument
process.env[TEMPLATE_DIR_ENV] = dir

interface SQLiteClient {
  execute: (sql: string) => Promise<unknown>
  close: () => void
}
const isSQLiteClient = (client: unknown): client is SQLiteClient => typeof client === 'object' && client !== null && 'execute' in client && 'close' in client

/** Closes Payload, keeps its database as the single file `name`, drops the rest. */
async function keep(booted: { payload: Payload; file: string }, name: string) {
  await booted.payload.destroy()
  // Payload's destroy leaves the SQLite connection open and the last writes in the write-ahead
  // log; a file copy takes the database file only, so fold the log into it first.
  const client: unknown = booted.payload.db.client
  if (!isSQLiteClient(client)) throw new Error('the template needs the SQLite adapter')
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  client.close()
  const wal = `${booted.file}-wal`
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) throw new Error(`${wal} is not empty: the template would miss its last writes`)
  const target = path.join(dir, name)
  fs.copyFileSync(booted.file, target)
  fs.rmSync(path.dirname(booted.file), { recursive: true, force: true })
  return target
}

if (step === 'schema') {
  const booted = await bootPayload()
  const fingerprint = schemaFingerprint(booted.payload.db.rawTables, booted.payload.config)
  const schema = await keep(booted, 'schema.db')
  writeTemplate(dir, { secret: randomBytes(32).toString('hex'), fingerprint, schema })
} else {
  const template = readTemplate()
  const booted = await setupWorld()
  if (!template) throw new Error('the schema step has not run')
  // setupWorld pushes its own schema when the config differs from the schema step's: never expected here.
  if (!booted.template) throw new Error('the world step did not start from the schema template')
  const { world, tokens } = booted
  writeTemplate(dir, { ...template, world: { file: await keep(booted, 'world.db'), world, tokens } })
}
// Payload's timers (jobs, caches) would keep the process alive.
process.exit(0)
