import crypto from 'node:crypto'
import { jwtSign } from 'payload'
import { usersCollection } from '@cms/collections/Users'
import { PASSWORD_HASH } from '@cms/collections/Users/hooks/equalLoginWork'
import { afterResponseSettled } from '@cms/security/afterResponse'
import { LIMITS } from '@cms/security/limits'
import { markPeerStamping, PEER_HEADER } from '@web/lib/peerAddress.mjs'
import { setupWorld } from '../integration/helpers/setup'
import { PASSWORD } from '../integration/helpers/world'
import { writeArtifact } from '../helpers/artifact'

/**
 * Class "logins reveal who has an account": every auth endpoint × account state answers the
 * same for an e-mail with an account and one without, does the same work, and nobody can lock
 * another person out. Writes tests/.artifacts/auth-enumeration.md.
 */

// As behind web/server.mjs: each request's socket address arrives in the internal header.
markPeerStamping()

let ctx: Awaited<ReturnType<typeof setupWorld>>
const mails: { to: string; subject: string; text: string }[] = []
beforeAll(async () => {
  ctx = await setupWorld()
  // Record what goes through the configured adapter (the console one here), then send as usual.
  // (Payload's forgot-password calls the adapter; payload.sendEmail wraps the adapter's original.)
  const adapter = ctx.payload.email
  const record = <T extends (message: Parameters<typeof adapter.sendEmail>[0]) => Promise<unknown>>(send: T) =>
    (async (message: Parameters<typeof adapter.sendEmail>[0]) => {
      mails.push({ to: String(message.to), subject: String(message.subject), text: String(message.text ?? message.html ?? '') })
      return send(message)
    }) as T
  adapter.sendEmail = record(adapter.sendEmail.bind(adapter))
  ctx.payload.sendEmail = record(ctx.payload.sendEmail)
}, 120000)
afterAll(async () => {
  await afterResponseSettled()
  await ctx?.cleanup()
})

type Auth = { maxLoginAttempts?: number; lockTime?: number; cookies?: { secure?: boolean; sameSite?: unknown } }
const authWith = (env: Record<string, string | undefined>): Auth => {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k]
  try {
    return usersCollection('users', 'organizations').auth as Auth
  } finally {
    process.env = saved
  }
}

let addresses = 0
/** A fresh client address (each test case its own, so limits meet only where a case wants). */
const fresh = () => ({ [PEER_HEADER]: `192.0.2.${++addresses}` })

const KNOWN = 'provider-b@test.example'
const UNKNOWN = 'nobody-here@test.example'

type Reply = Awaited<ReturnType<typeof ctx.api.request>>
/** What a client can compare: status, Retry-After presence, the body's keys and messages. */
const shape = (r: Reply) => {
  const body = r.body as { errors?: { message?: string }[]; message?: string } | string
  return {
    status: r.status,
    retryAfter: r.headers.has('retry-after'),
    keys: typeof body === 'object' && body ? Object.keys(body).sort() : typeof body,
    messages: typeof body === 'object' && body ? [body.message, ...(body.errors ?? []).map((e) => e.message)] : [body],
  }
}

interface AuthEndpoint {
  name: string
  /** One attempt for the account `email` ('known' or 'unknown' decides which) from `from`. */
  attempt: (which: 'known' | 'unknown', from: Record<string, string>) => Promise<Reply>
  /** Attempts one address may make before it is throttled (none: the endpoint is not throttled per account). */
  allowance?: number
}

const expiredTokenOf = async (email: string) => {
  const token = crypto.randomBytes(20).toString('hex')
  const user = await ctx.payload.db.findOne<{ id: string }>({ collection: 'users', where: { email: { equals: email } } })
  if (user) await ctx.payload.db.updateOne({ collection: 'users', id: user.id, data: { resetPasswordToken: token, resetPasswordExpiration: new Date(Date.now() - 60000).toISOString() } })
  return token
}
const forgedToken = async (id: string) => (await jwtSign({ fieldsToSign: { id, collection: 'users', email: KNOWN }, secret: crypto.randomBytes(32).toString('hex'), tokenExpiration: 3600 })).token

const ENDPOINTS: AuthEndpoint[] = [
  {
    name: 'POST /users/login',
    allowance: LIMITS.loginAccount.max,
    attempt: (which, from) => ctx.api.request('POST', '/users/login', { headers: from, json: { email: which === 'known' ? KNOWN : UNKNOWN, password: 'wrong-password-1' } }),
  },
  {
    name: 'POST /users/forgot-password',
    allowance: LIMITS.forgotAccount.max,
    attempt: (which, from) => ctx.api.request('POST', '/users/forgot-password', { headers: from, json: { email: which === 'known' ? KNOWN : UNKNOWN } }),
  },
  {
    name: 'POST /users/reset-password',
    allowance: LIMITS.tokenAddress.max,
    attempt: async (which, from) =>
      ctx.api.request('POST', '/users/reset-password', { headers: from, json: { token: which === 'known' ? await expiredTokenOf(KNOWN) : crypto.randomBytes(20).toString('hex'), password: 'new-password-123' } }),
  },
  {
    name: 'POST /users/unlock (editor)',
    attempt: (which, from) => ctx.api.request('POST', '/users/unlock', { headers: from, token: ctx.tokens.editor1, json: { email: which === 'known' ? KNOWN : UNKNOWN } }),
  },
  {
    name: 'PATCH own e-mail (address taken / free)',
    allowance: LIMITS.emailChange.max,
    attempt: (which, from) =>
      ctx.api.request('PATCH', `/users/${ctx.world.users.providerA}`, { headers: from, token: ctx.tokens.providerA, json: { email: which === 'known' ? 'editor1@test.example' : `free-${++addresses}@test.example` } }),
  },
  {
    name: 'POST /users/refresh-token (forged token)',
    attempt: async (which, from) =>
      ctx.api.request('POST', '/users/refresh-token', { headers: { ...from, Authorization: `JWT ${await forgedToken(which === 'known' ? String(ctx.world.users.providerB) : crypto.randomUUID())}` } }),
  },
]

const STATES = ['first attempt', 'account attacked from elsewhere', 'throttled'] as const
const rows: string[] = []

/** Brings the account into `state`; returns the address the compared attempt comes from. */
async function prepare(endpoint: AuthEndpoint, which: 'known' | 'unknown', state: (typeof STATES)[number]): Promise<Record<string, string> | null> {
  if (state === 'first attempt') return fresh()
  if (state === 'account attacked from elsewhere') {
    const attacker = fresh()
    for (let i = 0; i <= (endpoint.allowance ?? 5); i++) await endpoint.attempt(which, attacker)
    return fresh()
  }
  if (!endpoint.allowance) return null
  const from = fresh()
  for (let i = 0; i < endpoint.allowance; i++) await endpoint.attempt(which, from)
  return from
}

describe.each(ENDPOINTS.map((e) => [e.name, e] as const))('%s', (_name, endpoint) => {
  test.each(STATES.map((s) => [s]))('%s: the same answer for an account and for none', async (state) => {
    const known = await prepare(endpoint, 'known', state)
    const unknown = await prepare(endpoint, 'unknown', state)
    if (!known || !unknown) {
      rows.push(`| ${endpoint.name} | ${state} | – (not throttled per account) | – | – |`)
      return
    }
    const a = shape(await endpoint.attempt('known', known))
    const b = shape(await endpoint.attempt('unknown', unknown))
    rows.push(`| ${endpoint.name} | ${state} | ${a.status} | ${b.status} | ${JSON.stringify(a) === JSON.stringify(b) ? 'same' : 'DIFFERENT'} |`)
    expect(a).toEqual(b)
    if (state === 'throttled') expect(a.status).toBe(429)
    if (state === 'throttled') expect(a.retryAfter).toBe(true)
  }, 60000)
})

describe('the same work for an account and for none', () => {
  test('a login costs one password hash and the same lookups, known or unknown', async () => {
    const counts = async (email: string) => {
      // Earlier tests' mails and tokens are still being written; they are not this attempt's work.
      await afterResponseSettled()
      const pbkdf2 = crypto.pbkdf2
      const findOne = ctx.payload.db.findOne
      const seen = { pbkdf2: 0, findOne: 0 }
      crypto.pbkdf2 = ((...args: Parameters<typeof pbkdf2>) => {
        seen.pbkdf2++
        return pbkdf2(...args)
      }) as typeof pbkdf2
      ctx.payload.db.findOne = (async (...args: Parameters<typeof findOne>) => {
        seen.findOne++
        return findOne.apply(ctx.payload.db, args)
      }) as typeof findOne
      try {
        const res = await ctx.api.request('POST', '/users/login', { headers: fresh(), json: { email, password: 'wrong-password-2' } })
        return { ...seen, status: res.status, body: res.body }
      } finally {
        crypto.pbkdf2 = pbkdf2
        ctx.payload.db.findOne = findOne
      }
    }
    const known = await counts(KNOWN)
    const unknown = await counts(UNKNOWN)
    expect(known.pbkdf2).toBe(1)
    expect(unknown).toEqual(known)
  })

  test('the decoy hash uses Payload’s own parameters (it recomputes a stored hash)', async () => {
    const user = await ctx.payload.db.findOne<{ id: string; hash: string; salt: string }>({ collection: 'users', where: { email: { equals: KNOWN } } })
    const [prefix, stored] = String(user?.hash).split(':')
    expect(prefix).toBe('pbkdf2-sha256-v1')
    const mine = crypto.pbkdf2Sync(PASSWORD, String(user?.salt), PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, PASSWORD_HASH.digest).toString('hex')
    expect(mine).toBe(stored)
  })

  test('a reset request answers before any lookup; only then does the known account get its mail', async () => {
    const calls = async (email: string) => {
      const db = ctx.payload.db
      const originals = { findOne: db.findOne, updateOne: db.updateOne, find: db.find }
      let before = 0
      let answered = false
      for (const name of ['findOne', 'updateOne', 'find'] as const) {
        const original = originals[name]
        Object.assign(db, { [name]: (...args: unknown[]) => ((before += answered ? 0 : 1), Reflect.apply(original, db, args)) })
      }
      const sent = mails.length
      try {
        const res = await ctx.api.request('POST', '/users/forgot-password', { headers: fresh(), json: { email } })
        answered = true
        await afterResponseSettled()
        return { before, status: res.status, body: res.body, mails: mails.slice(sent).map((m) => m.to) }
      } finally {
        Object.assign(db, originals)
      }
    }
    const known = await calls('editor2@test.example')
    const unknown = await calls('no-account@test.example')
    expect(known.before).toBe(0)
    expect(unknown.before).toBe(0)
    expect({ ...known, mails: [] }).toEqual({ ...unknown, mails: [] })
    expect(known.mails).toEqual(['editor2@test.example'])
    expect(unknown.mails).toEqual([])
  })
})

describe('nobody locks anybody out', () => {
  test('Payload’s per-account lock is off', () => {
    const auth = ctx.payload.collections.users.config.auth as Auth
    expect(auth.maxLoginAttempts).toBe(0)
  })

  test('after an attacker’s wrong passwords the attacker is throttled, the owner logs in from elsewhere', async () => {
    const attacker = fresh()
    const statuses: number[] = []
    for (let i = 0; i <= LIMITS.loginAccount.max; i++) statuses.push((await ctx.api.request('POST', '/users/login', { headers: attacker, json: { email: 'editor2@test.example', password: `guess-${i}` } })).status)
    expect(statuses.at(-1)).toBe(429)
    const owner = await ctx.api.request<{ token?: string }>('POST', '/users/login', { headers: fresh(), json: { email: 'editor2@test.example', password: PASSWORD } })
    expect(owner.status).toBe(200)
    expect(owner.body.token).toEqual(expect.any(String))
  })

  test('the 429 speaks the user’s language and says when to come back', async () => {
    const from = fresh()
    for (let i = 0; i < LIMITS.loginAccount.max; i++) await ctx.api.request('POST', '/users/login', { headers: from, json: { email: KNOWN, password: 'nope-nope' } })
    const de = await ctx.api.request<{ errors: { message: string }[] }>('POST', '/users/login', { headers: { ...from, 'Accept-Language': 'de' }, json: { email: KNOWN, password: 'nope' } })
    const uk = await ctx.api.request<{ errors: { message: string }[] }>('POST', '/users/login', { headers: { ...from, 'Accept-Language': 'uk' }, json: { email: KNOWN, password: 'nope' } })
    expect(de.status).toBe(429)
    expect(de.body.errors[0]?.message).toMatch(/Zu viele Versuche/)
    expect(uk.body.errors[0]?.message).toMatch(/Забагато спроб/)
    expect(Number(de.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('changing one’s e-mail', () => {
  const linkIn = (to: string) => {
    const mail = [...mails].reverse().find((m) => m.to === to)
    const url = /https?:\/\/\S+confirm-email\?token=([\w-]+)/.exec(mail?.text ?? '')
    return url?.[1] ?? null
  }

  test('takes effect only through the link sent to the new address', async () => {
    const res = await ctx.api.request<{ doc: { email: string }; message: string }>('PATCH', `/users/${ctx.world.users.providerC}`, { headers: fresh(), token: ctx.tokens.providerC, json: { email: 'c-new@test.example' } })
    expect(res.status).toBe(200)
    expect(res.body.doc.email).toBe('provider-c@test.example')
    await afterResponseSettled()
    const token = linkIn('c-new@test.example')
    expect(token).toBeTruthy()
    const page = await ctx.api.request('GET', `/users/confirm-email?token=${token}`)
    expect(page.status).toBe(200)
    expect(String(page.body)).toContain('<form method="post">')
    // Opening the page changed nothing; the button does.
    expect((await ctx.payload.findByID({ collection: 'users', id: ctx.world.users.providerC, overrideAccess: true })).email).toBe('provider-c@test.example')
    const done = await ctx.api.request('POST', '/users/confirm-email', { headers: { ...fresh(), 'Content-Type': 'application/x-www-form-urlencoded' }, body: `token=${token}` })
    expect(done.status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'users', id: ctx.world.users.providerC, overrideAccess: true })).email).toBe('c-new@test.example')
    // A link works once.
    const again = await ctx.api.request('POST', '/users/confirm-email', { headers: fresh(), json: { token } })
    expect(again.status).toBe(400)
  })

  test('to an address another account uses: the same answer, and the link cannot take it', async () => {
    const res = await ctx.api.request<{ doc: { email: string }; message: string }>('PATCH', `/users/${ctx.world.users.providerA}`, { headers: fresh(), token: ctx.tokens.providerA, json: { email: 'admin@test.example' } })
    expect(res.status).toBe(200)
    await afterResponseSettled()
    const token = linkIn('admin@test.example')
    const confirm = await ctx.api.request('POST', '/users/confirm-email', { headers: fresh(), json: { token } })
    expect(confirm.status).toBe(400)
    expect((await ctx.payload.findByID({ collection: 'users', id: ctx.world.users.providerA, overrideAccess: true })).email).toBe('provider-a@test.example')
  })
})

afterAll(() => {
  writeArtifact('auth-enumeration.md', `# Auth endpoints × account state: known vs unknown e-mail\n\nGenerated by tests/security/auth.test.ts.\n\n| endpoint | state | known | unknown | answers |\n|---|---|---|---|---|\n${rows.join('\n')}\n`)
})

describe('login cookies', () => {
  test('are secure in production, also for the running config', () => {
    expect(authWith({ NODE_ENV: 'production', INSECURE_COOKIES: undefined }).cookies).toMatchObject({ secure: true, sameSite: 'Lax' })
    // Only an explicit opt-out (testing over plain HTTP) turns it off.
    expect(authWith({ NODE_ENV: 'production', INSECURE_COOKIES: 'true' }).cookies?.secure).toBe(false)
    expect(authWith({ NODE_ENV: 'development', INSECURE_COOKIES: undefined }).cookies?.secure).toBe(false)
  })

  test('the login cookie is HttpOnly and SameSite', async () => {
    const routes = await import('@payloadcms/next/routes')
    const post = routes.REST_POST(ctx.payload.config) as unknown as (req: Request, c: { params: Promise<{ slug: string[] }> }) => Promise<Response>
    const res = await post(
      new Request('http://localhost/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'editor1@test.example', password: PASSWORD }) }),
      { params: Promise.resolve({ slug: ['users', 'login'] }) },
    )
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })
})
