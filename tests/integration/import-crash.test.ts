import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { toGermanCsv } from '../fixtures/import/make-examples'
import { generate, HEADERS, setUpTown } from '../fixtures/import/generatedList'
import { bootPayload } from './helpers/payload'
import { checkpoint, dumpDirectory, runChild, type ChildResult } from './helpers/crashRuns'

/**
 * The spreadsheet import survives `kill -9` at any point: the command line import of a generated
 * list runs in a child process that is killed at a named point (cms/longWork/crashPoint.ts), the
 * same command is run again, and the database must then hold exactly what an import that ran
 * through holds: the same documents field for field, their languages, relations, versions and
 * translation states, nothing twice, nothing half-written; and the same report.
 */
const ROWS = 80
const BATCH = 16

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let base: string
let csv: string

beforeAll(async () => {
  let file: string
  ;({ payload, cleanup, file } = await bootPayload())
  await setUpTown(payload)
  await checkpoint(payload)
  dir = path.dirname(file)
  base = path.join(dir, 'base.db')
  fs.copyFileSync(file, base)
  csv = path.join(dir, 'liste.csv')
  fs.writeFileSync(csv, toGermanCsv(HEADERS, generate(ROWS)))
}, 120000)
afterAll(async () => cleanup?.())

const importInto = (db: string, report: string, crashAt = ''): Promise<ChildResult> =>
  runChild('cms/import/cli.ts', [csv, '--town', 'eisenach', '--report', report, '--batch-size', String(BATCH)], db, { IMPORT_CRASH_AT: crashAt })

/** The report's lines, without the IDs (they differ from database to database). */
const reportLines = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\r\n')
    .map((l) => l.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'ID'))

let reference: Awaited<ReturnType<typeof dumpDirectory>>
let referenceReport: string[]

test('an import that runs through: the reference', async () => {
  const db = path.join(dir, 'reference.db')
  fs.copyFileSync(base, db)
  const run = await importInto(db, path.join(dir, 'reference.csv'))
  expect(run.stderr).not.toContain('crash point')
  expect(run.code).toBe(0)
  expect(run.stdout).toContain(`${ROWS} new, 0 updated, 0 unchanged, 0 skipped`)
  reference = await dumpDirectory(db)
  referenceReport = reportLines(path.join(dir, 'reference.csv'))
  expect(reference.tables.services).toHaveLength(ROWS)
  // One version per document, eight translation states (the town's languages) per service and organisation.
  expect(reference.tables._services_v).toHaveLength(ROWS)
  expect(reference.tables.translation_states).toHaveLength(8 * (ROWS + (reference.tables.organizations?.length ?? 0)))
  // The journal is gone once the run ended.
  expect(reference.keys.filter((k) => k.startsWith('long-run:'))).toEqual([])
}, 180000)

// Where the import is killed: [point, at the n-th time the process passes it, what that is].
const POINTS: [string, number, string][] = [
  // 5 organisations, all new in batch 1 (rows 1–16); 5 batches.
  ['row', 40, 'inside a batch, after some of its rows were written'],
  ['organization', 3, 'between a new organisation and the place and service of its row'],
  // New documents are written in bulk (cms/import/bulkCreate.ts): the point falls after a batch's service rows went in, before their languages, relations and versions.
  ['document', 35, 'inside the write of new services: their rows written, their languages, relations and versions not'],
  // Batch 1 writes the organisations' states, then the services'; batch 2 the services'.
  ['deferred', 3, 'during the deferred work after a batch (translation states, before the directory index)'],
  ['report', 60, 'while the batch’s rows go into the report'],
  ['batch', 2, 'between two batches, after the journal moved on'],
]

describe.each(POINTS)('killed at %s:%i (%s), then run again', (point, n) => {
  test('ends with the same database and report as a run that went through', async () => {
    const db = path.join(dir, `${point}.db`)
    const report = path.join(dir, `${point}.csv`)
    fs.copyFileSync(base, db)
    const killed = await importInto(db, report, `${point}:${n}`)
    expect(killed.stderr).toContain(`crash point ${point}:${n}`)
    expect(killed.signal).toBe('SIGKILL')

    const again = await importInto(db, report)
    expect(again.code).toBe(0)
    expect(again.stderr).toMatch(/Resuming the import stopped after row \d+/)
    expect(again.stdout).toContain(`${ROWS} new, 0 updated, 0 unchanged, 0 skipped`)
    const after = await dumpDirectory(db)
    expect(Object.keys(after.tables)).toEqual(Object.keys(reference.tables))
    const differing = Object.keys(reference.tables).filter((t) => JSON.stringify(after.tables[t]) !== JSON.stringify(reference.tables[t]))
    expect(differing).toEqual([])
    expect(after.keys).toEqual(reference.keys)
    expect(reportLines(report)).toEqual(referenceReport)
  }, 180000)
})
