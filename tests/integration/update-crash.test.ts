import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import type { Locale } from '@shared/locales'
import { createLocalizedService, EIGHT_LOCALES, textsOf } from '../fixtures/localizedService'
import { afterResponseSettled } from '@cms/security/afterResponse'
import { bootPayload } from './helpers/payload'
import { checkpoint, runChild, type ChildResult } from './helpers/crashRuns'

/**
 * A kill in the middle of a save never leaves a document without its other languages: a child
 * process saves a service with texts in eight languages over and over (one language per save,
 * which Payload's SQLite adapter writes by deleting and re-inserting the rows of all eight) and is
 * killed with SIGKILL, before the n-th statement that writes (stepping through a save's statements:
 * cms/longWork/crashPoint.ts `write`) or at a moment. After each kill the service has all eight
 * languages, every field equal to the state before the cut-off save or after it, and its latest
 * version says the same; the next run goes on saving on the same database.
 */
// Each run is a process of its own (about 5 s to boot, more on a busy machine): a few points
// through the first save and into the next. Without a transaction per save, the kill before
// write 4 (the languages deleted, not yet written again) leaves the service with one language.
const WRITE_POINTS = [2, 4, 7, 12]
const MOMENTS_MS = [300]
const SAVES_PER_RUN = 40

let payload: Payload
let cleanup: () => Promise<void>
let db: string
let id: string

beforeAll(async () => {
  let file: string
  ;({ payload, cleanup, file } = await bootPayload())
  id = await createLocalizedService(payload)
  // Work the saves left to run after them goes in first: after destroy() Payload's adapter never
  // answers again, and a write still waiting then kept afterAll's cleanup waiting until jest's
  // 60-s timeout failed the file.
  await afterResponseSettled()
  await checkpoint(payload)
  db = file
  // The child is the only writer from here on.
  await payload.destroy()
}, 120000)
afterAll(async () => cleanup?.())

/** The version of each language's texts after saves 1…n (save k writes language k mod 8). */
function afterSaves(n: number): Record<string, number> {
  const versions: Record<string, number> = Object.fromEntries(EIGHT_LOCALES.map((l) => [l, 0]))
  for (let k = Math.max(1, n - EIGHT_LOCALES.length + 1); k <= n; k++) versions[EIGHT_LOCALES[k % EIGHT_LOCALES.length] as Locale] = k
  return versions
}

interface Texts {
  title: unknown
  description: unknown
  note: unknown
}

/** The service's texts per language as stored, in the document and in its latest version. */
async function stored(): Promise<{ doc: Record<string, Texts>; latest: Record<string, Texts>; latestCount: number }> {
  const client = createClient({ url: `file:${db}` })
  try {
    const doc = await client.execute({ sql: 'SELECT _locale, title, description, cost_note FROM services_locales WHERE _parent_id = ?', args: [id] })
    const versions = await client.execute({ sql: 'SELECT id FROM _services_v WHERE parent_id = ? AND latest = 1', args: [id] })
    const latestID = versions.rows[0]?.id ?? null
    const latest = await client.execute({ sql: 'SELECT _locale, version_title AS title, version_description AS description, version_cost_note AS cost_note FROM _services_v_locales WHERE _parent_id = ?', args: [latestID] })
    const byLocale = (rows: typeof doc.rows) => Object.fromEntries(rows.map((r) => [String(r._locale), { title: r.title, description: r.description, note: r.cost_note }]))
    return { doc: byLocale(doc.rows), latest: byLocale(latest.rows), latestCount: versions.rows.length }
  } finally {
    client.close()
  }
}

/** Each language's version number, after checking that every field of it belongs to that one version. */
function versionsOf(texts: Record<string, Texts>): Record<string, number> {
  expect(Object.keys(texts).sort()).toEqual([...EIGHT_LOCALES].sort())
  const versions: Record<string, number> = {}
  for (const locale of EIGHT_LOCALES) {
    const t = texts[locale]
    const v = Number(/ v(\d+)$/.exec(String(t?.title))?.[1])
    const expected = textsOf(locale, v)
    expect({ locale, title: t?.title, description: JSON.parse(String(t?.description)), note: t?.note }).toEqual({ locale, title: expected.title, description: expected.description, note: expected.cost.note })
    versions[locale] = v
  }
  return versions
}

const lastSaved = (run: ChildResult) => Math.max(0, ...[...run.stdout.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1])))

let done = 0

async function killedRun(env: Record<string, string>, killAfter?: { ms: number }) {
  const from = done + 1
  const run = await runChild('tests/integration/children/updateLoop.ts', [id, String(from), String(SAVES_PER_RUN)], db, env, killAfter)
  if (run.signal !== 'SIGKILL') expect(run.stderr).toBe('')
  const printed = Math.max(done, lastSaved(run))
  const state = await stored()
  const versions = versionsOf(state.doc)
  // The save under way when the process died is there whole or not at all (its "saved" line may not have been printed yet).
  const options = [printed, printed + 1].filter((n) => n < from + SAVES_PER_RUN)
  expect(options.map(afterSaves)).toContainEqual(versions)
  const match = options.find((n) => JSON.stringify(afterSaves(n)) === JSON.stringify(versions))
  // The published document and its latest version agree.
  expect(state.latestCount).toBe(1)
  expect(versionsOf(state.latest)).toEqual(versions)
  done = match ?? done
  return run
}

test.each(WRITE_POINTS)('killed before the write statement %i: every language whole, old or new', async (n) => {
  const run = await killedRun({ IMPORT_CRASH_AT: `write:${n}` })
  expect(run.signal).toBe('SIGKILL')
  expect(run.stderr).toContain(`crash point write:${n}`)
}, 120000)

test.each(MOMENTS_MS)('killed %i ms into its saves: every language whole, old or new', async (ms) => {
  await killedRun({}, { ms })
}, 120000)

test('a run that is not killed saves on where the others stopped', async () => {
  const before = done
  const run = await killedRun({})
  expect(run.code).toBe(0)
  expect(done).toBe(before + SAVES_PER_RUN)
}, 120000)
