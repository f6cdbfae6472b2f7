import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Production SQLite runs only the committed migrations, so a schema change without a
 * migration would break the demo and every deployment. `migrate:create --skip-empty`
 * writes a file only when the config differs from the last migration's snapshot.
 */
test('the committed migrations match the collections', () => {
  const dir = path.resolve('cms/migrations')
  const before = new Set(fs.readdirSync(dir))
  const index = fs.readFileSync(path.join(dir, 'index.ts'), 'utf8')
  const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-migrations-')), 'check.db')
  const run = spawnSync(process.execPath, ['scripts/payload.mjs', 'migrate:create', 'schema-check', '--skip-empty'], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URI: `file:${db}`, NODE_OPTIONS: '' },
    timeout: 120000,
  })
  const output = `${run.stdout}${run.stderr}`
  const added = fs.readdirSync(dir).filter((f) => !before.has(f))
  for (const file of added) fs.rmSync(path.join(dir, file))
  fs.writeFileSync(path.join(dir, 'index.ts'), index)
  expect(output).toContain('Migration UP complete') // the CLI really ran (see STACK-NOTES on silent exits)
  expect(added).toEqual([]) // else: run `npm run migrate:create -- <name>` and commit the result
}, 150000)
