import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { detectMapping, runImport, type SourceRow } from '@cms/import'
import { generate, HEADERS, setUpTown } from '../fixtures/import/generatedList'
import { bootPayload } from './helpers/payload'
import { checkpoint, dumpDirectory, runChild, type ChildResult } from './helpers/crashRuns'

/**
 * The HSDS import survives `kill -9`: a town's HSDS export is imported into another town by the
 * command line in a child process, killed at a named point, imported again, and the database then
 * holds what an import that ran through holds (every row of the directory's tables).
 */
let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let base: string
let file: string

beforeAll(async () => {
  let db: string
  ;({ payload, cleanup, file: db } = await bootPayload())
  const town = await setUpTown(payload)
  const rows = generate(30)
  const sources: SourceRow[] = rows.map((r, i) => ({ row: i + 2, values: Object.fromEntries(HEADERS.map((h, j) => [h, r[j] ?? ''])) }))
  await runImport(sources, detectMapping(HEADERS).mapping, { payload, town: 'eisenach' })
  const { REST_GET } = await import('@payloadcms/next/routes')
  const res = await REST_GET(payload.config)(new Request('http://localhost/api/hsds/eisenach/export.json'), { params: Promise.resolve({ slug: ['hsds', 'eisenach', 'export.json'] }) })
  expect(res.status).toBe(200)
  dir = path.dirname(db)
  file = path.join(dir, 'eisenach-hsds.json')
  fs.writeFileSync(file, await res.text())
  // The target: a second town with the same vocabularies, and the source's documents gone (so the HSDS ids are free, as in another database).
  const other = String((await payload.create({ collection: 'municipalities', overrideAccess: true, data: { name: 'Gotha', slug: 'gotha', defaultLocale: 'de', enabledLocales: ['de', 'en', 'ar'], timeZone: 'Europe/Berlin' } })).id)
  for (const collection of ['topics', 'audiences'] as const) {
    const { docs } = await payload.find({ collection, where: { municipality: { equals: town } }, pagination: false, depth: 0, overrideAccess: true })
    for (const d of docs) await payload.create({ collection, overrideAccess: true, data: { municipality: other, name: d.name, slug: d.slug } })
  }
  for (const collection of ['services', 'locations', 'organizations'] as const) await payload.delete({ collection, where: { municipality: { equals: town } }, overrideAccess: true })
  await checkpoint(payload)
  base = path.join(dir, 'base.db')
  fs.copyFileSync(db, base)
}, 180000)
afterAll(async () => cleanup?.())

const importInto = (db: string, crashAt = ''): Promise<ChildResult> => runChild('cms/import/cli.ts', [file, '--town', 'gotha', '--report', path.join(dir, 'report.csv')], db, { IMPORT_CRASH_AT: crashAt })

let reference: Awaited<ReturnType<typeof dumpDirectory>>

test('an HSDS import that runs through: the reference', async () => {
  const db = path.join(dir, 'reference.db')
  fs.copyFileSync(base, db)
  const run = await importInto(db)
  expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 })
  reference = await dumpDirectory(db)
  expect(reference.tables.services).toHaveLength(30)
  expect(reference.keys.filter((k) => k.startsWith('long-run:'))).toEqual([])
}, 300000)

test.each([
  ['hsds-write', 9, 'between two documents'],
  ['document', 12, 'inside the save of a service: its row written, its version not'],
  ['deferred', 20, 'between a new document and its translation states'],
])('killed at %s:%i (%s), then run again: the same database', async (point, n) => {
  const db = path.join(dir, `${point}.db`)
  fs.copyFileSync(base, db)
  const killed = await importInto(db, `${point}:${n}`)
  expect({ signal: killed.signal, stderr: killed.stderr }).toMatchObject({ signal: 'SIGKILL', stderr: expect.stringContaining(`crash point ${point}:${n}`) })
  const again = await importInto(db)
  expect(again.code).toBe(0)
  const after = await dumpDirectory(db)
  const differing = Object.keys(reference.tables).filter((t) => JSON.stringify(after.tables[t]) !== JSON.stringify(reference.tables[t]))
  expect(differing).toEqual([])
  expect(after.keys).toEqual(reference.keys)
}, 300000)
