import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import type { Endpoint, SanitizedCollectionConfig } from 'payload'
import { integrationPortal } from '@cms/index'
import { sqliteDatabase } from '@cms/database'
import { PASSWORD } from '../integration/helpers/world'
import { type CollectionSpec, SPECS } from './helpers/collections'
import { ANON_REF, type Encoding, ENCODINGS, encodeBody, type FilePart, judge, type Sender, SENDERS, type SweepCell, sweepMarkdown, TOKEN_REF, writeSweep } from './helpers/csrf'
import { graphqlClient } from './helpers/graphql'
import { markPeerStamping, PEER_HEADER } from '@web/lib/peerAddress.mjs'
import { countDocs, setupSecurityWorld, type SecurityWorld, unique, uploadFile } from './helpers/securityWorld'

/*
 * Class 8 of issue #12: a write with the login cookie must count only when it comes from the
 * app itself. Generated from the config: every collection's create, update and delete, every
 * write endpoint the plugin adds (and the login endpoints of the users collection: logout,
 * refresh, unlock, …), and GraphQL mutations; each from every sender (helpers/csrf.ts) in every
 * encoding, with the database checked after every refusal.
 */

// The own origin of the tests is the default of an app without SERVER_URL and PORT.
delete process.env.SERVER_URL
delete process.env.PORT

let ctx: SecurityWorld
const cells: SweepCell[] = []
beforeAll(async () => {
  ctx = await setupSecurityWorld()
}, 180000)
afterAll(async () => {
  if (cells.length) {
    const file = writeSweep(cells)
    console.log(`${sweepMarkdown(cells)}\n(written to ${file})`)
  }
  await ctx?.cleanup()
})

const ADMIN_EMAIL = 'admin@test.example'
const FOREIGN = { Origin: 'https://attacker.example' }

type Method = 'POST' | 'PATCH' | 'DELETE'
/** Who sends: a sender with the admin's cookie, the admin's token (from a foreign origin), or nobody. */
type Who = Sender | 'token' | 'anonymous'

interface Probe {
  target: string
  operation: string
  encoding: Encoding | '–'
  /** Sends the request as `who` with `login` and returns the status. */
  send: (who: Who, login: string) => Promise<number>
  /** A fingerprint of what the request could change. */
  state: () => Promise<string>
  /** Called before each own sender and the token (a delete needs a document of its own). */
  fresh?: () => Promise<void>
  /** A new login for each request (logout ends the session it is sent with). */
  freshLogin?: boolean
}

const headersOf = (who: Who, login: string): { headers: Record<string, string>; token?: string; cookie?: string } =>
  who === 'anonymous' ? { headers: FOREIGN } : who === 'token' ? { headers: FOREIGN, token: login } : { headers: who.headers, cookie: login }

/** Runs a probe from every sender and both references, refusals first, and records the cells. */
async function sweep(probe: Probe): Promise<SweepCell[]> {
  const mine: SweepCell[] = []
  // The state read after one request is the state before the next when nothing ran in between
  // (no new document, no new login): read once, not twice. Work a request leaves running would
  // show at the next request instead of nowhere.
  let last: string | undefined
  const run = async (who: Who) => {
    const login = probe.freshLogin ? await ctx.api.login(ADMIN_EMAIL, PASSWORD) : ctx.tokens.admin
    const fresh = probe.fresh && (who === 'token' || (who !== 'anonymous' && who.own))
    if (fresh) await probe.fresh?.()
    const before = last !== undefined && !fresh && !probe.freshLogin ? last : await probe.state()
    const status = await probe.send(who, login)
    last = await probe.state()
    return { status, changed: last !== before }
  }
  const anonymous = await run('anonymous')
  const results = new Map<Who, { status: number; changed: boolean }>()
  for (const sender of [...SENDERS.filter((s) => !s.own), ...SENDERS.filter((s) => s.own)]) results.set(sender, await run(sender))
  const token = await run('token')
  const refs = { token: token.status, anonymous: anonymous.status }
  const cell = (sender: string, status: number, problem: string): SweepCell => ({ target: probe.target, operation: probe.operation, encoding: probe.encoding, sender, status, problem })
  for (const [sender, r] of results) mine.push(cell((sender as Sender).name, r.status, judge(sender as Sender, r.status, refs, r.changed, anonymous.changed)))
  mine.push(cell(TOKEN_REF, token.status, judge('token', token.status, refs, token.changed, anonymous.changed)))
  mine.push(cell(ANON_REF, anonymous.status, ''))
  cells.push(...mine)
  return mine
}

const problems = (mine: SweepCell[]) => mine.filter((c) => c.problem).map((c) => `${c.target} ${c.operation} (${c.encoding}) from ${c.sender}: ${c.problem}`)

// This sweep is about origins, not rate limits: every request comes from its own client
// address (as web/server.mjs would stamp it), so the login and reset limits never answer 429.
markPeerStamping()
let clients = 0
const ownAddress = () => ({ [PEER_HEADER]: `198.51.${Math.floor(++clients / 250) % 250}.${(clients % 250) + 1}` })

/** A REST request as `who`, its body in `encoding`. */
async function rest(method: Method, url: string, who: Who, login: string, encoding?: Encoding, data: Record<string, unknown> = {}, file?: FilePart) {
  const { headers, token, cookie } = headersOf(who, login)
  const encoded = encoding ? encodeBody(encoding, data, file) : undefined
  const res = await ctx.api.request(method, url, { token, cookie, body: encoded?.body, headers: { ...headers, ...encoded?.headers, ...ownAddress() } })
  return res.status
}

const lastChange = async (slug: string, id: string) =>
  JSON.stringify(await ctx.payload.findByID({ collection: slug as 'pages', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true }))

/** Every document of a collection (drafts included, hidden fields such as login sessions too), as text: any change shows. */
const everything = async (slug: string) =>
  JSON.stringify((await ctx.payload.find({ collection: slug as 'pages', draft: true, depth: 0, limit: 0, overrideAccess: true, showHiddenFields: true })).docs)

/**
 * What an endpoint could change: the document it names, how many its collection has, the queued
 * jobs; for the login endpoints every account (sessions, lock state).
 */
async function endpointState(collection: string | undefined, id: string | undefined): Promise<string> {
  if (!collection) return String(await countDocs(ctx.payload, 'payload-jobs'))
  if (collection === 'users') return everything(collection)
  return [id ? await lastChange(collection, id) : '', await countDocs(ctx.payload, collection), await countDocs(ctx.payload, 'payload-jobs')].join('|')
}

describe('CSRF sweep: collections × create/update/delete × sender × encoding', () => {
  test('every collection of the plugin is swept', () => {
    const plugin = ctx.payload.config.collections.map((c) => c.slug).filter((slug) => !slug.startsWith('payload-'))
    expect(ctx.specs.map((s) => s.slug).sort()).toEqual(plugin.sort())
  })

  test.each(SPECS.map((s) => s.slug))('%s', async (slug) => {
    const spec = ctx.specs.find((s) => s.slug === slug) as CollectionSpec
    const draft = spec.drafts ? '?draft=true' : ''
    const asDraft = spec.drafts ? { _status: 'draft' } : {}
    const mine: SweepCell[] = []
    for (const encoding of ENCODINGS) {
      mine.push(
        ...(await sweep({
          target: `\`${slug}\``,
          operation: 'create',
          encoding,
          state: async () => String(await countDocs(ctx.payload, slug)),
          send: (who, login) => {
            const n = unique(slug)
            const file = spec.upload ? uploadFile(spec, ctx.png, n) : undefined
            return rest('POST', `/${slug}${draft}`, who, login, encoding, { ...spec.data(ctx.refs, n, ctx.world.orgs.A), ...asDraft }, file)
          },
        })),
      )
      const target = await ctx.seed(spec)
      mine.push(
        ...(await sweep({
          target: `\`${slug}\``,
          operation: 'update',
          encoding,
          state: () => lastChange(slug, target),
          send: (who, login) => rest('PATCH', `/${slug}/${target}${draft}`, who, login, encoding, { ...spec.patch, ...asDraft }),
        })),
      )
    }
    let doomed = await ctx.seed(spec)
    mine.push(
      ...(await sweep({
        target: `\`${slug}\``,
        operation: 'delete',
        encoding: '–',
        fresh: async () => {
          doomed = await ctx.seed(spec)
        },
        state: async () => String(await countDocs(ctx.payload, slug, doomed)),
        send: (who, login) => rest('DELETE', `/${slug}/${doomed}`, who, login),
      })),
    )
    expect(problems(mine)).toEqual([])
  })
})

/** The write endpoints the plugin adds, read from the plugin's own config (before Payload adds its defaults). */
function pluginEndpoints(): { collection?: string; endpoint: Endpoint }[] {
  const config = integrationPortal()({ secret: randomUUID(), db: sqliteDatabase(`file:${path.join(os.tmpdir(), 'unused.db')}`, os.tmpdir()), collections: [], endpoints: [] })
  const writes = (list: Endpoint[] | false | undefined) => (list || []).filter((e) => e.method !== 'get')
  return [
    ...writes(config.endpoints).map((endpoint) => ({ endpoint })),
    ...(config.collections ?? []).flatMap((c) => writes(c.endpoints).map((endpoint) => ({ collection: c.slug, endpoint }))),
  ]
}

/** The endpoints only collections with logins have (logout, refresh, unlock, …): Payload's, absent from other collections. */
function authEndpoints(collections: SanitizedCollectionConfig[]): { collection: string; endpoint: Endpoint }[] {
  const shared = new Set(collections.filter((c) => !c.auth).flatMap((c) => (c.endpoints || []).map((e) => `${e.method} ${e.path}`)))
  return collections
    .filter((c) => c.auth)
    .flatMap((c) => (c.endpoints || []).filter((e) => e.method !== 'get' && !shared.has(`${e.method} ${e.path}`)).map((endpoint) => ({ collection: c.slug, endpoint })))
}

describe('CSRF sweep: endpoints × sender × encoding', () => {
  const all = () => [...pluginEndpoints(), ...authEndpoints(ctx.payload.config.collections)]

  test('the plugin has write endpoints to sweep (verify, machine translation, imports, feedback, logout, …)', () => {
    const names = all().map((e) => `${e.collection ?? ''}${e.endpoint.path}`)
    for (const expected of ['services/:id/verify', 'pages/:id/machine-translate', 'translation-states/:id/confirm', 'imports/:id/start', 'accessibility-feedback/submit', 'users/logout', 'users/refresh-token']) {
      expect(names).toContain(expected)
    }
  })

  test('every write endpoint', async () => {
    const mine: SweepCell[] = []
    const ids = new Map<string, string>()
    for (const { collection, endpoint } of all()) {
      const spec = ctx.specs.find((s) => s.slug === collection)
      if (collection && !ids.has(collection) && spec) ids.set(collection, await ctx.seed(spec))
      const url = `${collection ? `/${collection}` : ''}${endpoint.path.replace(/:(\w+)\??/g, (_, name: string) => {
        // The review's endpoints name the kind of entry: services stand for every kind.
        if (name === 'collection') return 'services'
        if (name !== 'id') throw new Error(`No value for :${name} of ${endpoint.path}: add it to csrf.test.ts`)
        return collection ? (ids.get(collection) ?? randomUUID()) : randomUUID()
      })}`
      const method = endpoint.method.toUpperCase() as Method
      for (const encoding of ENCODINGS) {
        mine.push(
          ...(await sweep({
            target: `\`${url.replace(/[0-9a-f-]{36}/g, ':id')}\``,
            operation: method,
            encoding,
            // Logout (and leaving a pending two-factor login) ends the session it is sent with: a new login for every request.
            freshLogin: endpoint.path === '/logout' || endpoint.path === '/two-factor/cancel',
            state: () => endpointState(collection, ids.get(collection ?? '')),
            send: (who, login) => rest(method, url, who, login, encoding),
          })),
        )
      }
    }
    expect(problems(mine)).toEqual([])
  }, 300000)
})

describe('CSRF sweep: GraphQL mutations × sender × encoding', () => {
  test('update and delete through GraphQL, every collection without uploads', async () => {
    const { formatNames } = await import('payload')
    const query = await graphqlClient(ctx.payload.config)
    const mine: SweepCell[] = []
    // graphql-http takes JSON only (others get 415); the other encodings are swept on the first collection.
    for (const [index, spec] of ctx.specs.filter((s) => !s.upload).entries()) {
      const { singular } = formatNames(spec.slug)
      const send = (source: string, variables: Record<string, unknown>) => async (who: Who, login: string, encoding: Encoding) => {
        const { headers, token, cookie } = headersOf(who, login)
        const encoded = encodeBody(encoding, { query: source, variables })
        const res = await query(source, token, { body: encoded.body, headers: { ...headers, ...encoded.headers, ...(cookie ? { Cookie: `${ctx.payload.config.cookiePrefix}-token=${cookie}` } : {}) } })
        const error = res.body.errors?.[0] as { extensions?: { statusCode?: number } } | undefined
        return error ? (error.extensions?.statusCode ?? 400) : res.status
      }
      const target = await ctx.seed(spec)
      let doomed = await ctx.seed(spec)
      const update = send(`mutation ($id: String!, $data: mutation${singular}UpdateInput!) { update${singular}(id: $id, data: $data${spec.drafts ? ', draft: true' : ''}) { id } }`, {
        id: target,
        data: spec.patch,
      })
      for (const encoding of index === 0 ? ENCODINGS : (['json'] as const)) {
        mine.push(...(await sweep({ target: `GraphQL \`update${singular}\``, operation: 'mutation', encoding, state: () => lastChange(spec.slug, target), send: (who, login) => update(who, login, encoding) })))
        mine.push(
          ...(await sweep({
            target: `GraphQL \`delete${singular}\``,
            operation: 'mutation',
            encoding,
            fresh: async () => {
              doomed = await ctx.seed(spec)
            },
            state: async () => String(await countDocs(ctx.payload, spec.slug, doomed)),
            send: (who, login) => send(`mutation ($id: String!) { delete${singular}(id: $id) { id } }`, { id: doomed })(who, login, encoding),
          })),
        )
      }
    }
    expect(problems(mine)).toEqual([])
  }, 300000)
})

describe("the admin's server functions", () => {
  // handleServerFunctions (web/app/(payload)/layout.tsx) finds the user with initReq, which calls
  // executeAuthStrategies on the request's headers: the same check as REST. (Next.js refuses a
  // server action whose Origin differs from the host on its own, but lets one without Origin pass.)
  test.each(SENDERS.map((s) => [s.name, s] as const))('login cookie, %s', async (_, sender) => {
    const { executeAuthStrategies } = await import('payload')
    const headers = new Headers({ ...sender.headers, Cookie: `${ctx.payload.config.cookiePrefix}-token=${ctx.tokens.admin}` })
    const { user } = await executeAuthStrategies({ headers, payload: ctx.payload, canSetHeaders: false })
    expect(user?.email ?? null).toBe(sender.own ? ADMIN_EMAIL : null)
  })
})
