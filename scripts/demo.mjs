#!/usr/bin/env node
// `npm run demo`: builds the app if needed, starts portal and admin on the embedded SQLite
// database, seeds the demo content into an empty database, and prints where to go.
import { tsImport } from 'tsx/esm/api'
import fs from 'node:fs'
import path from 'node:path'
import { buildIfNeeded, root, startServer } from './lib.mjs'

const port = Number(process.env.PORT || 3000)
const env = {
  DATABASE_URI: process.env.DATABASE_URI || 'file:./data/portal.db',
  SEED_DEMO: 'true',
  // Production mode without PAYLOAD_SECRET: the demo's database gets a generated secret beside it
  // (data/.payload-secret, cms/security/secret.ts); real deployments set PAYLOAD_SECRET.
  DEMO: 'true',
}
fs.mkdirSync(path.join(root, 'data'), { recursive: true })

const started = Date.now()
if (await buildIfNeeded({ ...process.env, ...env })) console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`)

const { child } = await startServer({ port, env })
const { DEMO_LOGINS, demoPassword } = await tsImport('../cms/seed/demoLogins.ts', import.meta.url)
const base = `http://localhost:${port}`
console.log(`
  Integration portal is running (ready after ${Math.round((Date.now() - started) / 1000)} s).

  Portal:  ${base}/            (e.g. ${base}/de/eisenach, ${base}/ar/eisenach)
  Admin:   ${base}/admin
  API:     ${base}/api/municipalities

  Demo logins (password: ${demoPassword()}):
${DEMO_LOGINS.map((l) => `    ${l.role.padEnd(9)} ${l.email}${l.town ? `  (${l.town}${l.organization ? `, ${l.organization}` : ''})` : ''}`).join('\n')}

  Stop with Ctrl+C.
`)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGTERM'))
child.on('exit', (code) => process.exit(code ?? 0))
