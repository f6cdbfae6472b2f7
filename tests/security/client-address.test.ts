import { createClient } from 'redis'
import { LIMITS, RATE_LIMITED_ENDPOINTS } from '@cms/security/limits'
import { createRateLimiter } from '@cms/security/rateLimiter'
import { startRedis } from '../../scripts/lib.mjs'
import { markPeerStamping, PEER_HEADER } from '@web/lib/peerAddress.mjs'
import { setupWorld } from '../integration/helpers/setup'
import { writeArtifact } from '../helpers/artifact'

/**
 * Class "client addresses are trusted blindly": every rate-limited endpoint (declared in
 * cms/security/limits.ts) × forged forwarding headers must still be limited, and only a
 * trusted proxy's `X-Forwarded-For` may name the client. Writes tests/.artifacts/client-address.md.
 */

// As behind web/server.mjs: the socket's address arrives in the internal header.
markPeerStamping()

let ctx: Awaited<ReturnType<typeof setupWorld>>
beforeAll(async () => {
  ctx = await setupWorld()
}, 120000)
afterAll(async () => ctx?.cleanup())

type Endpoint = (typeof RATE_LIMITED_ENDPOINTS)[number]
let serial = 0
const rand = () => Math.floor(Math.random() * 254) + 1
const randomV4 = () => `${rand()}.${rand()}.${rand()}.${rand()}`
const randomV6 = () => `2001:db8:${rand().toString(16)}::${rand().toString(16)}:${rand().toString(16)}`

/** One request to an endpoint, as a client would send it (valid enough to reach the limit). */
function send(endpoint: Endpoint, headers: Record<string, string>) {
  const n = ++serial
  switch (endpoint.path) {
    case '/accessibility-feedback/submit':
      return ctx.api.request('POST', endpoint.path, { headers, json: { town: 'town-one', locale: 'de', description: `Barriere ${n}` } })
    case '/users/login':
      return ctx.api.request('POST', endpoint.path, { headers, json: { email: 'provider-a@test.example', password: 'not-the-password' } })
    case '/users/forgot-password':
      return ctx.api.request('POST', endpoint.path, { headers, json: { email: 'provider-a@test.example' } })
    case '/users/reset-password':
      return ctx.api.request('POST', endpoint.path, { headers, json: { token: 'f'.repeat(40), password: 'whatever-new-1' } })
    case '/users/confirm-email':
      return ctx.api.request('POST', endpoint.path, { headers, json: { token: `bogus-${n}` } })
    case '/users/:id':
      return ctx.api.request('PATCH', `/users/${ctx.world.users.providerA}`, { headers, token: ctx.tokens.providerA, json: { email: `moved-${n}@test.example` } })
    // A code tried without a login still counts against the address.
    case '/users/two-factor/verify':
    case '/users/two-factor/confirm':
    case '/users/two-factor/disable':
      return ctx.api.request('POST', endpoint.path, { headers, json: { code: String(n % 1000000).padStart(6, '0') } })
  }
}

/** How many requests of one client the endpoint takes before it answers 429. */
const allowance = (endpoint: Endpoint) => Math.min(...endpoint.limits.map((l) => LIMITS[l].max))

/** Forged forwarding headers, new for every request. */
const FORGERIES: Record<string, () => Record<string, string>> = {
  'random X-Forwarded-For + X-Real-IP': () => ({ 'X-Forwarded-For': randomV4(), 'X-Real-IP': randomV4() }),
  'spoofed trusted proxy': () => ({ 'X-Forwarded-For': `${randomV4()}, 127.0.0.1` }),
  'multiple hops': () => ({ 'X-Forwarded-For': `${randomV4()}, ${randomV4()}, ${randomV4()}` }),
  garbage: () => ({ 'X-Forwarded-For': `<script>${serial}, not-an-ip, 999.1.1.${serial}` }),
  IPv6: () => ({ 'X-Forwarded-For': randomV6() }),
}

const rows: string[] = []
let peers = 0

/** Sends allowance + 1 requests; the statuses in order. */
async function burst(endpoint: Endpoint, headers: () => Record<string, string>): Promise<number[]> {
  const statuses: number[] = []
  for (let i = 0; i <= allowance(endpoint); i++) statuses.push((await send(endpoint, headers())).status)
  return statuses
}
const limited = (statuses: number[]) => statuses.at(-1) === 429 && !statuses.slice(0, -1).includes(429)
const show = (statuses: number[]) => (limited(statuses) ? `limited after ${statuses.length - 1}` : `NOT limited (${statuses.join(' ')})`)

const withTrusted = async <T>(value: string | undefined, work: () => Promise<T>): Promise<T> => {
  const saved = process.env.TRUSTED_PROXIES
  if (value === undefined) delete process.env.TRUSTED_PROXIES
  else process.env.TRUSTED_PROXIES = value
  try {
    return await work()
  } finally {
    if (saved === undefined) delete process.env.TRUSTED_PROXIES
    else process.env.TRUSTED_PROXIES = saved
  }
}

const CONFIGS: [string, string | undefined, string[]][] = [
  // Production: nginx on the same host is trusted, but this client talks to the app directly.
  ['TRUSTED_PROXIES=127.0.0.1,::1, untrusted socket', '127.0.0.1,::1', Object.keys(FORGERIES)],
  ['no TRUSTED_PROXIES', undefined, ['random X-Forwarded-For + X-Real-IP', 'spoofed trusted proxy']],
]

describe.each(RATE_LIMITED_ENDPOINTS.map((e) => [`${e.method} ${e.path}`, e] as const))('%s', (_name, endpoint) => {
  test.each(CONFIGS)('forged forwarding headers do not escape the limit (%s)', async (config, trusted, forgeries) => {
    for (const forgery of forgeries) {
      const n = ++peers
      const peer = forgery === 'IPv6' ? `2001:db8:ffff::${n.toString(16)}` : `203.0.113.${n}`
      const make = FORGERIES[forgery] as () => Record<string, string>
      const statuses = await withTrusted(trusted, () => burst(endpoint, () => ({ ...make(), [PEER_HEADER]: peer })))
      rows.push(`| ${endpoint.method} ${endpoint.path} | ${config} | ${forgery} | ${show(statuses)} |`)
      expect(`${forgery}: ${show(statuses)}`).toBe(`${forgery}: limited after ${allowance(endpoint)}`)
    }
  }, 120000)

  test('from a trusted proxy, the forwarded client is counted: others pass, the same one is limited', async () => {
    const clients = await withTrusted('127.0.0.1,::1', () => burst(endpoint, () => ({ [PEER_HEADER]: '127.0.0.1', 'X-Forwarded-For': `6.6.6.6, ${randomV4()}` })))
    const client = `198.51.100.${++peers}`
    const one = await withTrusted('127.0.0.1,::1', () => burst(endpoint, () => ({ [PEER_HEADER]: '::ffff:127.0.0.1', 'X-Forwarded-For': `${randomV4()}, ${client}` })))
    rows.push(`| ${endpoint.method} ${endpoint.path} | trusted proxy 127.0.0.1 | a new client per request | ${clients.includes(429) ? 'LIMITED (wrong)' : 'not limited'} |`)
    rows.push(`| ${endpoint.method} ${endpoint.path} | trusted proxy 127.0.0.1 | one client, forged prefix | ${show(one)} |`)
    expect(clients).not.toContain(429)
    expect(show(one)).toBe(`limited after ${allowance(endpoint)}`)
  }, 120000)
})

test('a 429 says when to come back', async () => {
  const endpoint = RATE_LIMITED_ENDPOINTS.find((e) => e.path === '/users/login') as Endpoint
  const peer = { [PEER_HEADER]: `203.0.113.${++peers}` }
  for (let i = 0; i < allowance(endpoint); i++) await send(endpoint, peer)
  const res = await send(endpoint, peer)
  expect(res.status).toBe(429)
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
}, 60000)

describe('shared through Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>> = null
  beforeAll(async () => {
    redis = await startRedis()
    if (!redis) console.log('redis-server is not installed (/usr/bin/redis-server): the shared-limit test is skipped')
  })
  afterAll(() => redis?.child.kill('SIGTERM'))

  test('two limiter instances (two app processes) count together, and Redis never sees the address', async () => {
    if (!redis) return
    const clients = [createClient({ url: redis.url }), createClient({ url: redis.url })]
    await Promise.all(clients.map((c) => c.connect()))
    try {
      const rule = { name: 'sweep-shared', max: 4, windowMs: 60000 }
      const [a, b] = clients.map((c) => createRateLimiter(rule, { redis: () => c }))
      if (!a || !b) throw new Error('two limiters')
      const key = '198.51.100.77'
      const seen = [await a.hit(key), await b.hit(key), await a.hit(key), await b.hit(key), await a.hit(key)].map((v) => v.allowed)
      expect(seen).toEqual([true, true, true, true, false])
      expect((await b.check(key)).allowed).toBe(false)
      await a.reset(key)
      expect((await b.hit(key)).allowed).toBe(true)
      const keys = await clients[0]?.keys('*')
      expect(keys?.length).toBeGreaterThan(0)
      expect(keys?.join(' ')).not.toContain(key)
      rows.push(`| (limiter) | REDIS_URL, two instances | 5 hits split across both | limited after 4 (shared) |`)
    } finally {
      await Promise.all(clients.map((c) => c.quit()))
    }
  })
})

afterAll(() => {
  writeArtifact(
    'client-address.md',
    `# Rate limits × forged client addresses\n\nGenerated by tests/security/client-address.test.ts from cms/security/limits.ts.\n\n| endpoint | configuration | forged headers | result |\n|---|---|---|---|\n${rows.join('\n')}\n`,
  )
})
