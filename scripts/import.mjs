#!/usr/bin/env node
// `npm run import -- file.xlsx --town eisenach [--dry-run] [--draft] [--report r.csv]`: runs
// the TypeScript CLI (cms/import/cli.ts) with tsx, with lexical's `production` export
// condition (see payload.mjs) and NODE_ENV=production, so that, like the app at start-up, it
// applies the committed migrations and never pushes a development schema into the database.
import { randomBytes } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'cms/import/cli.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV || 'production',
    // The import logs nobody in and signs nothing that outlives it: a throw-away secret will do.
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || randomBytes(32).toString('hex'),
    INIT_CWD: process.env.INIT_CWD || process.cwd(),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation --conditions=production`.trim(),
  },
})
process.exit(result.status ?? 1)
