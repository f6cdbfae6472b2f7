import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { createLocalizedService, EIGHT_LOCALES } from '../fixtures/localizedService'
import { bootPayload } from './helpers/payload'
import { checkpoint, runChild, type ChildResult } from './helpers/crashRuns'

/**
 * Machine translation of a document into its seven missing languages survives `kill -9`: the
 * admin's "Translate" runs in a child process that is killed in the middle of a language's save
 * (before its n-th write statement) or after a language is saved (crash point `translation`). Each language is one save with its translation state, which a kill rolls back whole:
 * afterwards every language is either translated and marked `machine`, or untouched and still
 * `missing`, never text without its state or half a document. "Translate" again then does only
 * the missing languages, and the document ends up as after a run that was not killed: the same
 * texts and states, and the same number of versions (no language translated twice).
 */
const ADMIN = { email: 'translator@test.example', password: 'correct-horse-battery' }
const TARGETS = EIGHT_LOCALES.filter((l) => l !== 'de')

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let base: string
let id: string

beforeAll(async () => {
  let file: string
  ;({ payload, cleanup, file } = await bootPayload())
  id = await createLocalizedService(payload, ['de'])
  await payload.create({ collection: 'users', overrideAccess: true, data: { ...ADMIN, role: 'admin' } })
  await checkpoint(payload)
  dir = path.dirname(file)
  base = path.join(dir, 'base.db')
  fs.copyFileSync(file, base)
}, 120000)
afterAll(async () => cleanup?.())

const translate = (db: string, env: Record<string, string> = {}): Promise<ChildResult> =>
  runChild('tests/integration/children/machineTranslate.ts', ['services', id, ADMIN.email, ADMIN.password], db, { TRANSLATION_PROVIDER: 'dev', ...env })

interface Stored {
  texts: Record<string, { title: unknown; description: unknown; note: unknown }>
  states: Record<string, string>
  versions: number
}

async function stored(db: string): Promise<Stored> {
  const client = createClient({ url: `file:${db}` })
  try {
    const texts = await client.execute({ sql: 'SELECT _locale, title, description, cost_note FROM services_locales WHERE _parent_id = ? ORDER BY _locale', args: [id] })
    const states = await client.execute({ sql: 'SELECT locale, state FROM translation_states WHERE key LIKE ? ORDER BY locale', args: [`services:${id}:%`] })
    const versions = await client.execute({ sql: 'SELECT count(*) AS n FROM _services_v WHERE parent_id = ?', args: [id] })
    return {
      texts: Object.fromEntries(texts.rows.filter((r) => r.title !== null).map((r) => [String(r._locale), { title: r.title, description: r.description, note: r.cost_note }])),
      states: Object.fromEntries(states.rows.map((r) => [String(r.locale), String(r.state)])),
      versions: Number(versions.rows[0]?.n),
    }
  } finally {
    client.close()
  }
}

/** Every language translated whole with its state, or untouched and missing. */
function expectWholeLanguages(state: Stored, reference: Stored) {
  expect(state.states.de).toBe('source')
  expect(state.texts.de).toEqual(reference.texts.de)
  for (const locale of TARGETS) {
    if (state.states[locale] === 'machine') expect({ locale, ...state.texts[locale] }).toEqual({ locale, ...reference.texts[locale] })
    else expect({ locale, state: state.states[locale], text: state.texts[locale] }).toEqual({ locale, state: 'missing', text: undefined })
  }
}

let reference: Stored

test('a translation that runs through: the reference', async () => {
  const db = path.join(dir, 'reference.db')
  fs.copyFileSync(base, db)
  const run = await translate(db)
  expect(run.code).toBe(0)
  expect(run.stdout).toContain('status 200')
  reference = await stored(db)
  for (const locale of TARGETS) {
    expect(reference.states[locale]).toBe('machine')
    expect(reference.texts[locale]?.title).toBe(`[${locale}] Beratung de v0`)
  }
  // The first version, then one per language.
  expect(reference.versions).toBe(1 + TARGETS.length)
}, 120000)

// Kills at a moment are tests/integration/update-crash.test.ts's (each case here is two processes).
const KILLS: [name: string, crashAt: string][] = [
  ['in the middle of the first language’s save', 'write:3'],
  ['after the third language', 'translation:3'],
]

test.each(KILLS)('killed %s: whole languages; "Translate" again finishes it as if never killed', async (name, crashAt) => {
  const db = path.join(dir, `killed-${name.replace(/\W+/g, '-')}.db`)
  fs.copyFileSync(base, db)
  const killed = await translate(db, { IMPORT_CRASH_AT: crashAt })
  expect(killed.signal).toBe('SIGKILL')
  expect(killed.stderr).toContain(`crash point ${crashAt}`)
  expectWholeLanguages(await stored(db), reference)

  const again = await translate(db)
  expect(again.code).toBe(0)
  expect(again.stdout).toContain('status 200')
  expect(await stored(db)).toEqual(reference)
}, 180000)
