#!/usr/bin/env node
// Runs the payload CLI against cms/payload.config.ts. On Node 20 the CLI sometimes exits 0
// without doing anything unless lexical's `production` export condition is used
// (see ../shared/STACK-NOTES.md), so the condition is always set here.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/payload/bin.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PAYLOAD_CONFIG_PATH: path.join(root, 'cms/payload.config.ts'),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation --conditions=production`.trim(),
  },
})
process.exit(result.status ?? 1)
