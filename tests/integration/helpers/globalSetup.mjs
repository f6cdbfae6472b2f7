// Jest global setup of the integration and security projects: builds the run's database
// templates (template.ts) once, in a child process, before any test file starts. Each file
// then copies a template instead of pushing the schema and building the world itself.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compileEntry } from './compile.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../../..')
// Set here, read by template.ts in the test files (jest copies the environment into each file).
const ENV = 'PORTAL_TEST_TEMPLATE_DIR'

async function build(dir) {
  // Compiled first (compile.mjs): started under tsx, the child spent half its CPU time loading.
  const script = await compileEntry(root, path.relative(root, path.join(here, 'buildTemplates.ts')))
  return new Promise((resolve, reject) => {
    // The Payload CLI's flag against lexical's unfinished dynamic import on Node 20 (STACK-NOTES).
    const env = { ...process.env, NODE_ENV: 'test', NODE_OPTIONS: '--no-deprecation --conditions=production' }
    execFile(process.execPath, [script, dir], { cwd: root, env, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      error ? reject(new Error(`Building the test database templates failed: ${error.message}\n${stdout}\n${stderr}`)) : resolve(),
    )
  })
}

export default async function globalSetup() {
  // Both projects name this setup; the first one builds the templates for the whole run.
  if (process.env[ENV]) return
  const started = Date.now()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-template-'))
  await build(dir)
  process.env[ENV] = dir
  console.log(`\nTest database templates built in ${((Date.now() - started) / 1000).toFixed(1)} s (${dir}).`)
}
