/**
 * Login answer time for an e-mail with an account (wrong password) against one without, through
 * Payload's real REST handler on a throw-away SQLite database. Equal times mean the answer's
 * timing does not tell whether an address has an account (cms/collections/Users/hooks/equalLoginWork.ts).
 * Each known attempt uses its own account and every attempt its own client address, so neither
 * a lock nor the throttle shortens an attempt. Run: npm run bench:login [tries per side, ≥ 20].
 * Prints the medians and their ratio and writes bench/results/login-timing.md.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { markPeerStamping, PEER_HEADER } from '@web/lib/peerAddress.mjs'
import { writeResults } from './lib/results'

const TRIES = Math.max(20, Number(process.argv[2]) || 20)
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-login-bench-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
markPeerStamping()
const { default: config } = await import('@cms/payload.config')
const { getPayload } = await import('payload')
const routes = await import('@payloadcms/next/routes')
const payload = await getPayload({ config })
const post = routes.REST_POST(payload.config)

for (let i = 0; i < TRIES; i++) {
  await payload.create({ collection: 'users', overrideAccess: true, data: { email: `known-${i}@bench.example`, password: 'the-right-password-1', role: 'admin' } })
}

let address = 0
async function attempt(email: string): Promise<{ ms: number; status: number }> {
  const request = new Request('http://localhost/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [PEER_HEADER]: `198.18.${Math.floor(++address / 250)}.${(address % 250) + 1}` },
    body: JSON.stringify({ email, password: 'a-wrong-password' }),
  })
  const started = performance.now()
  const res = await post(request, { params: Promise.resolve({ slug: ['users', 'login'] }) })
  await res.text()
  return { ms: performance.now() - started, status: res.status }
}

const known: number[] = []
const unknown: number[] = []
// Interleaved, so that load on the machine touches both sides alike.
for (let i = 0; i < TRIES; i++) {
  known.push((await attempt(`known-${i}@bench.example`)).ms)
  unknown.push((await attempt(`unknown-${i}@bench.example`)).ms)
}
const k = median(known)
const u = median(unknown)
const ratio = k / u
console.log(`login, ${TRIES} tries each: known ${k.toFixed(1)} ms, unknown ${u.toFixed(1)} ms (medians), ratio known/unknown ${ratio.toFixed(2)}`)
writeResults(
  'login-timing.md',
  `| measured | tries per side | median known (wrong password) | median unknown e-mail | ratio known/unknown |\n|---|---|---|---|---|\n| ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores | ${TRIES} | ${k.toFixed(1)} ms | ${u.toFixed(1)} ms | ${ratio.toFixed(2)} |`,
)
await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
