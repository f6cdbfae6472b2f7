import { usersCollection } from '../../cms/collections/Users'
import { setupWorld } from '../integration/helpers/setup'
import { PASSWORD } from '../integration/helpers/world'

let ctx: Awaited<ReturnType<typeof setupWorld>>
beforeAll(async () => {
  ctx = await setupWorld()
}, 120000)
afterAll(async () => ctx?.cleanup())

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

describe('login lockout', () => {
  test('is configured: five attempts, fifteen minutes', () => {
    const auth = ctx.payload.collections.users.config.auth as Auth
    expect(auth.maxLoginAttempts).toBe(5)
    expect(auth.lockTime).toBe(15 * 60 * 1000)
  })

  test('five wrong passwords lock the account with a 401 and a message, even for the right password', async () => {
    const email = 'provider-b@test.example'
    for (let i = 0; i < 5; i++) {
      const res = await ctx.api.request<{ errors: { message: string }[] }>('POST', '/users/login', { json: { email, password: `wrong-${i}` } })
      expect(res.status).toBe(401)
      expect(res.body.errors[0]?.message).toBeTruthy()
    }
    const locked = await ctx.api.request<{ errors: { message: string }[]; token?: string }>('POST', '/users/login', { json: { email, password: PASSWORD } })
    expect(locked.status).toBe(401)
    expect(locked.body.token).toBeUndefined()
    expect(locked.body.errors[0]?.message).toMatch(/gesperrt|locked/i)
    const stored = await ctx.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true })
    expect(new Date(String((stored.docs[0] as { lockUntil?: string }).lockUntil)).getTime()).toBeGreaterThan(Date.now() + 14 * 60 * 1000)
  })

  test('an unknown e-mail gets the same answer as a wrong password (no account probing)', async () => {
    const unknown = await ctx.api.request('POST', '/users/login', { json: { email: 'nobody@test.example', password: 'x' } })
    const wrong = await ctx.api.request('POST', '/users/login', { json: { email: 'provider-a@test.example', password: 'x' } })
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.body).toEqual(wrong.body)
  })
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
