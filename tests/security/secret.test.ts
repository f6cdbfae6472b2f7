import { createHash, randomUUID } from 'node:crypto'
import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import { MISSING_SECRET, payloadSecret, SECRET_FILE, secretFileOf } from '@cms/security/secret'
import { restClient } from '../integration/helpers/rest'

/*
 * Class 9 of issue #12: no secret in the source. The old fallback is spelt in pieces here so
 * that this file does not hold it either.
 */
const OLD_DEFAULT = ['development', 'secret', 'change', 'me'].join('-')
const root = process.cwd()
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs')
const run = promisify(execFile)

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'portal-secret-'))
const modeOf = (file: string) => fs.statSync(file).mode & 0o777

/** Runs a TypeScript snippet in a new Node process (a new "start"), with `env` only. */
async function inProcess(code: string, env: Record<string, string>) {
  const dir = tempDir()
  const file = path.join(dir, 'probe.mts')
  fs.writeFileSync(file, code)
  try {
    const childEnv: NodeJS.ProcessEnv = { ...env, PATH: process.env.PATH ?? '', NODE_OPTIONS: '--no-deprecation --conditions=production', NODE_ENV: env.NODE_ENV === 'production' ? 'production' : 'development' }
    const { stdout } = await run(process.execPath, [tsx, file], { cwd: root, env: childEnv })
    return { code: 0, stdout: stdout.trim(), stderr: '' }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? 1, stdout: String(e.stdout ?? ''), stderr: String(e.stderr ?? '') }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('no secret in the source', () => {
  const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|tsx|mjs|js|json|md|yml|yaml|sh|conf)$/.test(f) && fs.existsSync(path.join(root, f)))
  const text = (f: string) => fs.readFileSync(path.join(root, f), 'utf8')

  test('no tracked file holds the old fallback secret', () => {
    expect(tracked.length).toBeGreaterThan(100)
    expect(tracked.filter((f) => text(f).includes(OLD_DEFAULT))).toEqual([])
  })

  test('no tracked file assigns a literal string to a secret option or PAYLOAD_SECRET', () => {
    const literal = /\bsecret\s*:\s*['"`]|PAYLOAD_SECRET\s*[:=]\s*['"`][^'"`]/
    expect(tracked.filter((f) => literal.test(text(f)))).toEqual([])
  })
})

describe('the generated secret (demo, development: no PAYLOAD_SECRET on a file: database)', () => {
  test('the first start writes it beside the database, mode 0600; later starts reuse it', async () => {
    const dir = tempDir()
    const env = { DATABASE_URI: `file:${path.join(dir, 'portal.db')}`, NODE_ENV: 'production', DEMO: 'true' }
    const probe = `import { payloadSecret } from ${JSON.stringify(path.join(root, 'cms/security/secret.ts'))}\nconsole.log(payloadSecret(process.env.DATABASE_URI as string))`
    const first = await inProcess(probe, env)
    const second = await inProcess(probe, env)
    expect(first.code).toBe(0)
    const file = path.join(dir, SECRET_FILE)
    expect(first.stdout.split('\n').pop()).toMatch(/^[0-9a-f]{64}$/)
    expect(second.stdout).toBe(first.stdout.split('\n').pop())
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(second.stdout)
    expect(modeOf(file)).toBe(0o600)
    fs.rmSync(dir, { recursive: true, force: true })
  }, 60000)

  test('starts at the same moment agree on one secret', async () => {
    const dir = tempDir()
    const env = { DATABASE_URI: `file:${path.join(dir, 'portal.db')}` }
    const probe = `import { payloadSecret } from ${JSON.stringify(path.join(root, 'cms/security/secret.ts'))}\nconsole.log(payloadSecret(process.env.DATABASE_URI as string))`
    const results = await Promise.all([1, 2, 3].map(() => inProcess(probe, env)))
    const secrets = new Set(results.map((r) => r.stdout.split('\n').pop()))
    expect(secrets.size).toBe(1)
    expect(fs.readdirSync(dir)).toEqual([SECRET_FILE])
    fs.rmSync(dir, { recursive: true, force: true })
  }, 60000)

  test('a copy that others may read is made private again', () => {
    const dir = tempDir()
    const file = path.join(dir, SECRET_FILE)
    fs.writeFileSync(file, 'kept-value\n', { mode: 0o644 })
    fs.chmodSync(file, 0o644)
    expect(payloadSecret(`file:${path.join(dir, 'portal.db')}`, {})).toBe('kept-value')
    expect(modeOf(file)).toBe(0o600)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('an empty secret file is refused with a message, not replaced', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, SECRET_FILE), '', { mode: 0o600 })
    expect(() => payloadSecret(`file:${path.join(dir, 'portal.db')}`, {})).toThrow(/is empty/)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('where the file goes: beside the database, for relative and file:// URIs; none for MongoDB', () => {
    expect(secretFileOf('file:./data/portal.db')).toBe(path.resolve('data', SECRET_FILE))
    expect(secretFileOf('file:///var/lib/portal/portal.db')).toBe(`/var/lib/portal/${SECRET_FILE}`)
    expect(secretFileOf('mongodb://db/portal')).toBeNull()
  })

  test('MongoDB outside production: random per process; next build: a throw-away value, nothing written', () => {
    const mongo = payloadSecret('mongodb://db/portal', {})
    expect(mongo).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret('mongodb://db/portal', {})).not.toBe(mongo)
    const dir = tempDir()
    const build = payloadSecret(`file:${path.join(dir, 'portal.db')}`, { NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })
    expect(build).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.readdirSync(dir)).toEqual([])
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('PAYLOAD_SECRET wins everywhere', () => {
    const given = randomUUID()
    expect(payloadSecret('file:/nonexistent/portal.db', { PAYLOAD_SECRET: given, NODE_ENV: 'production' })).toBe(given)
  })
})

describe('production without PAYLOAD_SECRET', () => {
  test('payloadSecret refuses with the message', () => {
    expect(() => payloadSecret('file:/nonexistent/portal.db', { NODE_ENV: 'production' })).toThrow(MISSING_SECRET)
    expect(() => payloadSecret('mongodb://db/portal', { NODE_ENV: 'production' })).toThrow(MISSING_SECRET)
  })

  test('the app refuses to start: loading the config fails with the message', async () => {
    const dir = tempDir()
    const result = await inProcess(`await import(${JSON.stringify(path.join(root, 'cms/payload.config.ts'))})\nconsole.log('started')`, {
      NODE_ENV: 'production',
      DATABASE_URI: `file:${path.join(dir, 'portal.db')}`,
    })
    expect(result.code).not.toBe(0)
    expect(result.stdout).not.toContain('started')
    expect(result.stderr).toContain(MISSING_SECRET)
    expect(fs.readdirSync(dir)).toEqual([])
    fs.rmSync(dir, { recursive: true, force: true })
  }, 60000)
})

describe('a real start without PAYLOAD_SECRET', () => {
  let payload: Payload
  let dir: string
  beforeAll(async () => {
    dir = tempDir()
    process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
    process.env.MEDIA_DIR = path.join(dir, 'media')
    delete process.env.PAYLOAD_SECRET
    const { default: config } = await import('@payload-config')
    const { getPayload } = await import('payload')
    payload = await getPayload({ config })
  }, 120000)
  afterAll(async () => {
    await payload?.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('signs with the secret generated beside its database', () => {
    const file = path.join(dir, SECRET_FILE)
    expect(modeOf(file)).toBe(0o600)
    expect(payload.config.secret).toBe(fs.readFileSync(file, 'utf8').trim())
  })

  test('a token signed with the old default secret is refused; the same claims signed with the real one are accepted', async () => {
    const { jwtSign } = await import('payload')
    await payload.create({ collection: 'users', overrideAccess: true, data: { email: 'admin@secret.example', password: 'a-long-password-1', role: 'admin' } as never })
    const api = await restClient(payload.config)
    const token = await api.login('admin@secret.example', 'a-long-password-1')
    const claims = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')) as Record<string, unknown>
    const { exp: _exp, iat: _iat, ...fieldsToSign } = claims
    // Payload signs with a hash of the configured secret (BasePayload.init).
    const key = (secret: string) => createHash('sha256').update(secret).digest('hex').slice(0, 32)
    const sign = async (secret: string) => (await jwtSign({ fieldsToSign, secret: key(secret), tokenExpiration: 3600 })).token
    const me = async (t: string) => (await api.request<{ user: { email?: string } | null }>('GET', '/users/me', { token: t })).body.user?.email ?? null

    expect(await me(await sign(payload.config.secret))).toBe('admin@secret.example')
    expect(await me(await sign(OLD_DEFAULT))).toBeNull()
    const write = await api.request('POST', '/topics', { token: await sign(OLD_DEFAULT), json: { name: 'forged' } })
    expect(write.status).toBe(403)
  })
})
