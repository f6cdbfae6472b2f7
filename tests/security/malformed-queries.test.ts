import type { FlattenedField } from 'payload'
import { queryKindOf, WHERE_OPERATORS } from '@shared/whereRules'
import { graphqlClient, listQueryName } from './helpers/graphql'
import { setupSecurityWorld, type SecurityWorld } from './helpers/securityWorld'
import { writeArtifact } from '../helpers/artifact'

/*
 * Class: malformed queries crash. Every collection the config has (Payload's own included),
 * every kind of field it has, every operator Payload knows plus made-up and MongoDB ones, with
 * values of every wrong kind; then malformed structures, sorting, paging and GraphQL. Nothing
 * may answer 5xx; a 400 must say why. Last, a real server error answers with a request ID and
 * nothing internal.
 */

let ctx: SecurityWorld
beforeAll(async () => {
  ctx = await setupSecurityWorld()
}, 180_000)
afterAll(async () => {
  await ctx?.cleanup().catch(() => undefined)
})

const OPERATORS = [...WHERE_OPERATORS, '$gt', '$ne', 'bogus', 'EQUALS', '']
const VALUES: Record<string, string> = {
  word: 'abc',
  date: '2020-01-01',
  number: '12',
  list: 'a,b',
  boolean: 'true',
  empty: '',
  huge: '1e400',
  coordinates: '10.3,50.9,1000,0',
  long: 'x'.repeat(20_000),
}
/** Structural oddities appended to a collection's URL. */
const SHAPES = [
  'where[or]=x',
  'where[and][0]=x',
  'where[and][30][id][equals]=1',
  'where[{field}]=plain',
  'where[$where]=1',
  'where[{field}][equals][$ne]=1',
  'where[{field}][in][0][$gt]=1',
  'where[or][0][or][0][or][0][or][0][{field}][near]=x',
  'where[{field}.nope][equals]=1',
  'where[nope][equals]=1',
  'where[id][equals]=%00',
  'sort={field}.nope',
  'sort=nope',
  'sort=-',
  'limit=-5',
  'limit=abc',
  'page=abc',
  'page=-1',
  'depth=999',
  'locale=xx',
  'fallback-locale=xx',
  'select[nope]=true',
  'populate[nope][x]=true',
  'draft=maybe',
  'joins[x][limit]=abc',
]

interface Cell {
  collection: string
  probe: string
  status: number
  ok: boolean
}

const fieldsByKind = (fields: FlattenedField[]) => {
  const out = new Map<string, string>()
  const walk = (list: FlattenedField[], prefix: string) => {
    for (const f of list) {
      if ('hidden' in f && f.hidden) continue
      const p = prefix ? `${prefix}.${f.name}` : f.name
      const kind = `${queryKindOf(f.type)}${'hasMany' in f && f.hasMany ? '[]' : ''}${prefix ? ' (nested)' : ''}`
      if (!out.has(kind)) out.set(kind, p)
      if ((f.type === 'group' || f.type === 'array') && !prefix) walk(f.flattenedFields, p)
    }
  }
  walk(fields, '')
  return out
}

test('malformed queries on every collection answer 4xx with a reason, never 5xx', async () => {
  const { payload, api, tokens } = ctx
  const cells: Cell[] = []
  const kindsSwept = new Set<string>()
  const check = async (collection: string, probe: string, token?: string) => {
    const res = await api.request('GET', `/${collection}?${probe}`, { token })
    const message = (res.body as { errors?: { message?: string }[] }).errors?.[0]?.message
    const ok = res.status < 500 && (res.status !== 400 || Boolean(message))
    cells.push({ collection, probe: probe.length > 90 ? `${probe.slice(0, 90)}…` : probe, status: res.status, ok })
  }

  for (const { config } of Object.values(payload.collections)) {
    if (config.endpoints === false) continue
    const slug = config.slug
    const kinds = fieldsByKind(config.flattenedFields)
    const first = [...kinds.values()][0] ?? 'id'
    for (const [kind, field] of [...kinds, ['id', 'id'] as const]) {
      // Every operator × value once per field kind across the config; every operator once per collection.
      const values = kindsSwept.has(kind) ? { word: 'abc' } : VALUES
      kindsSwept.add(kind)
      for (const op of OPERATORS) for (const value of Object.values(values)) await check(slug, `where[${field}][${op}]=${encodeURIComponent(value)}`, tokens.admin)
    }
    for (const shape of SHAPES) await check(slug, shape.replaceAll('{field}', first), tokens.admin)
    // The public too: refusals must not depend on who asks.
    await check(slug, `where[${first}][near]=x`)
    await check(slug, `where[createdAt][greater_than]=yesterday`)
  }

  // GraphQL: the same wrong values through its where input.
  const gql = await graphqlClient(payload.config)
  for (const slug of ['services', 'news', 'pages', 'events']) {
    const list = await listQueryName(slug)
    for (const where of ['{ createdAt: { equals: "not a date" } }', '{ createdAt: { greater_than: "2020-13-45" } }', '{ id: { in: ["a", "b"] } }', '{ OR: [{ createdAt: { less_than: "x" } }] }']) {
      const res = await gql(`{ ${list}(where: ${where}) { docs { id } } }`, tokens.admin)
      const internal = /SQLITE|drizzle|Failed query|at .*\.js:\d+/i.test(res.text)
      cells.push({ collection: slug, probe: `GraphQL ${where}`, status: res.status, ok: res.status < 500 && !internal })
    }
  }

  const bad = cells.filter((c) => !c.ok)
  const byStatus = new Map<string, number>()
  for (const c of cells) byStatus.set(`${c.collection} ${c.status}`, (byStatus.get(`${c.collection} ${c.status}`) ?? 0) + 1)
  writeArtifact(
    'malformed-queries.md',
    [
      '# Malformed queries',
      '',
      `${cells.length} requests over ${Object.keys(payload.collections).length} collections (field kinds swept: ${[...kindsSwept].join(', ')}); ${bad.length} answered 5xx or a 400 without a reason.`,
      '',
      '| collection | status | requests |',
      '|---|---|---|',
      ...[...byStatus].map(([key, n]) => `| ${key.split(' ')[0]} | ${key.split(' ')[1]} | ${n} |`),
      '',
      ...(bad.length ? ['## Failing', '', ...bad.slice(0, 200).map((c) => `- \`${c.collection}?${c.probe}\` → ${c.status}`)] : []),
      '',
    ].join('\n'),
  )
  console.log(`malformed queries: ${cells.length} requests, ${bad.length} failing (tests/.artifacts/malformed-queries.md)`)
  expect(bad.map((c) => `${c.collection}?${c.probe} → ${c.status}`).slice(0, 50)).toEqual([])
}, 900_000)

test('a server error answers with a request ID and nothing internal, and the log has the same ID', async () => {
  const { payload, api } = ctx
  const logged: string[] = []
  const original = payload.logger.error.bind(payload.logger)
  payload.logger.error = ((obj: unknown, msg?: string) => {
    logged.push(`${JSON.stringify(obj, (_k, v: unknown) => (v instanceof Error ? v.message : v))} ${msg ?? ''}`)
    return original(obj as object, msg)
  }) as typeof payload.logger.error
  // A real failure: the database connection goes away under the running app.
  const client = (payload.db as unknown as { client: { close: () => void } }).client
  client.close()
  const res = await api.request('GET', '/services?limit=1')
  payload.logger.error = original
  expect(res.status).toBeGreaterThanOrEqual(500)
  const body = res.body as { errors: { message: string; requestId?: string }[] }
  const requestId = body.errors[0]?.requestId
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
  expect(res.headers.get('x-request-id')).toBe(requestId)
  expect(JSON.stringify(body)).not.toMatch(/SQLITE|libsql|drizzle|select |\/work\/|node_modules|stack/i)
  expect(logged.some((line) => line.includes(requestId as string))).toBe(true)
})

test('routes Payload adds that this configuration does not use answer 404, not 500', async () => {
  const res = await ctx.api.request('POST', '/users/verify/not-a-token', { json: {} })
  expect(res.status).toBe(404)
})
