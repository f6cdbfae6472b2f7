import { spawn } from 'node:child_process'
import path from 'node:path'
import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { compileEntry } from './compile.mjs'

/**
 * Long work in a child process that a test kills with SIGKILL at a named point
 * (cms/longWork/crashPoint.ts), and what a database holds afterwards, comparable across runs.
 */

// Jest runs from the project's folder.
const root = process.cwd()

export interface ChildResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** The entry points this test file compiled (jest gives each file its own module registry: each file compiles from today's sources). */
const compiled = new Map<string, Promise<string>>()

/** The entry compiled to JavaScript (compile.mjs says why), once per test file. */
function compile(entry: string): Promise<string> {
  let done = compiled.get(entry)
  if (!done) {
    done = compileEntry(root, entry)
    compiled.set(entry, done)
  }
  return done
}

/**
 * Runs a TypeScript entry point of the project (e.g. the import's CLI) on the database file `db`,
 * compiled (compile above) and started by plain Node.
 * `killAfter`: SIGKILL it `ms` after it printed the line `ready` (a kill at a moment, not at a named point).
 */
export async function runChild(entry: string, args: string[], db: string, env: Record<string, string> = {}, killAfter?: { ms: number }): Promise<ChildResult> {
  const script = await compile(entry)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: root,
      env: {
        ...process.env,
        // The test's schema is pushed (not migrated): no production migrations, no second push.
        NODE_ENV: 'test',
        PAYLOAD_MIGRATING: 'true',
        NODE_OPTIONS: '--no-deprecation --conditions=production',
        DATABASE_URI: `file:${db}`,
        INIT_CWD: path.dirname(db),
        IMPORT_CRASH_AT: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => {
      const before = stdout
      stdout += d.toString()
      if (killAfter && !/^ready$/m.test(before) && /^ready$/m.test(stdout)) setTimeout(() => child.kill('SIGKILL'), killAfter.ms)
    })
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}

/** Writes everything waiting in the write-ahead log into the database file, so that the file can be copied. */
export async function checkpoint(payload: Payload): Promise<void> {
  const db: unknown = payload.db
  const client = typeof db === 'object' && db && 'client' in db ? (db as { client: { execute: (sql: string) => Promise<unknown> } }).client : null
  await client?.execute('PRAGMA wal_checkpoint(TRUNCATE)')
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g
const DIRECTORY_TABLES = /^_?(organizations|locations|services|translation_states)(_|$)/

type Row = Record<string, unknown>

/**
 * Every row of the directory's tables (documents, their languages, relations, arrays, versions,
 * translation states), with each document's ID replaced by what identifies it in the file
 * (services by external ID, organisations by slug, places by organisation and street, versions by
 * their document and order) and the times left out: two imports of the same file into copies of
 * one database give equal dumps, row for row and field for field.
 */
export async function dumpDirectory(file: string): Promise<{ tables: Record<string, Row[]>; keys: string[] }> {
  const client = createClient({ url: `file:${file}` })
  const raw: Record<string, Row[]> = {}
  try {
    const names = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).rows.map((r) => String(r.name))
    for (const table of names.filter((n) => DIRECTORY_TABLES.test(n))) {
      raw[table] = (await client.execute(`SELECT * FROM "${table}"`)).rows.map((r) => ({ ...r }))
    }
    const kv = await client.execute('SELECT key FROM payload_kv ORDER BY key')
    const keys = kv.rows.map((r) => String(r.key))
    const name = new Map<string, string>()
    for (const r of raw.organizations ?? []) name.set(String(r.id), `org:${String(r.slug)}`)
    for (const r of raw.locations ?? []) name.set(String(r.id), `loc:${name.get(String(r.organization_id)) ?? ''}|${String(r.address_street)}|${String(r.external_id)}`)
    // Documents the HSDS import created under their HSDS ids keep them: the same in every run.
    for (const r of raw.services ?? []) if (r.external_id) name.set(String(r.id), `svc:${String(r.external_id)}`)
    const rename = (value: unknown) => (typeof value === 'string' ? (name.get(value) ?? value.replace(UUID, (id) => name.get(id) ?? id)) : value)
    for (const [table, rows] of Object.entries(raw)) {
      if (!table.endsWith('_v')) continue
      const seen = new Map<string, number>()
      for (const r of [...rows].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))) {
        const parent = rename(r.parent_id)
        const n = (seen.get(String(parent)) ?? 0) + 1
        seen.set(String(parent), n)
        name.set(String(r.id), `version:${String(parent)}#${n}`)
      }
    }
    for (const r of raw.translation_states ?? []) name.set(String(r.id), `state:${String(rename(r.key))}`)
    // Rows of languages and arrays (nested too) by their parent and place: their own IDs are new with every save.
    const rowNames = new Map<string, Map<string, string>>()
    const parentOf = (table: string) =>
      Object.keys(raw)
        .filter((t) => table.startsWith(`${t}_`))
        .sort((a, b) => b.length - a.length)[0]
    const parentName = (table: string, id: unknown) => {
      const parent = parentOf(table)
      return (parent && rowNames.get(parent)?.get(String(id))) ?? rename(id)
    }
    for (const table of Object.keys(raw).sort((a, b) => a.length - b.length)) {
      const own = new Map<string, string>()
      for (const r of raw[table] ?? []) {
        if (r.id === undefined || r._parent_id === undefined || name.has(String(r.id))) continue
        own.set(String(r.id), `${table}:${String(parentName(table, r._parent_id))}#${String(r._order ?? r.order ?? '')}${r._locale ? `:${String(r._locale)}` : ''}${r.path ? `:${String(r.path)}` : ''}`)
      }
      rowNames.set(table, own)
    }
    const tables: Record<string, Row[]> = {}
    for (const [table, rows] of Object.entries(raw)) {
      tables[table] = rows
        .map((r) => {
          const out: Row = {}
          for (const [column, value] of Object.entries(r)) {
            // Times differ from run to run; rows of languages, relations and arrays get new IDs with every save.
            if (column.endsWith('_at') || column === '_uuid' || (column === 'id' && !name.has(String(value)))) continue
            out[column] = column === '_parent_id' ? parentName(table, value) : rename(value)
          }
          return out
        })
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
    }
    return { tables, keys }
  } finally {
    client.close()
  }
}
