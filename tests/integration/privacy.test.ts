import type { Payload } from 'payload'
import { DEFAULT_SLUGS } from '@cms/defaults'
import { DEFAULT_RETENTION } from '@shared/retention'
import { FORMER_USER } from '@cms/privacy/settings'
import { applyRetention } from '@cms/privacy/retention/apply'
import { retentionKinds } from '@cms/privacy/retention/registry'
import { setupMailWorld } from './helpers/mailWorld'
import { PASSWORD } from './helpers/world'

/**
 * Data protection by design (issue 18): every retention rule with a moved clock (`now` passed
 * in), the Art. 15 download and the Art. 17 erasure per role, the record of processing
 * activities with the configured periods. E-mail through a real SMTP server.
 */
let ctx: Awaited<ReturnType<typeof setupMailWorld>>['ctx']
let smtp: Awaited<ReturnType<typeof setupMailWorld>>['smtp']
let stop: (() => Promise<void>) | undefined
let payload: Payload
beforeAll(async () => {
  ;({ ctx, smtp, stop } = await setupMailWorld())
  payload = ctx.payload
}, 120000)
afterAll(async () => stop?.())

const DAY = 24 * 60 * 60 * 1000
const later = (from: Date, days: number) => new Date(from.getTime() + days * DAY)
/** One kind's rule at a moved clock (all kinds at once would erase the world's accounts a year ahead). */
const retain = (kind: string, now: Date) => applyRetention(payload, DEFAULT_SLUGS, retentionKinds().filter((k) => k.id === kind), now)
const exists = async (collection: 'users' | 'search-misses' | 'accessibility-feedback' | 'services', id: string) =>
  Boolean(await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true, draft: true }))

async function provider(email: string, org: string, extra: Record<string, unknown> = {}) {
  const doc = await payload.create({ collection: 'users', overrideAccess: true, data: { email, password: PASSWORD, role: 'provider', organizations: [org], ...extra } })
  return String(doc.id)
}

describe('retention: one job, each kind with its rule', () => {
  test('the job is registered and runs through the queue', async () => {
    await payload.jobs.queue({ task: 'applyRetention', input: {}, queue: 'reminders' })
    await payload.jobs.run({ queue: 'reminders' })
    const { docs } = await payload.find({ collection: 'payload-jobs', overrideAccess: true, where: { taskSlug: { equals: 'applyRetention' } } })
    expect(docs.filter((j) => !j.completedAt || j.hasError)).toEqual([])
  })

  test('search terms: 13 months, then deleted; a configured period counts instead', async () => {
    const row = (day: string) =>
      payload.db.create({ collection: 'search-misses', data: { key: `t|de|${day}|wohngeld`, day, term: 'wohngeld', locale: 'de', count: 2, municipality: ctx.world.towns.town1 } })
    const old = String((await row('2025-10-01')).id)
    const young = String((await row('2026-01-15')).id)
    const now = new Date('2026-12-06T03:00:00Z')
    expect((await retain('searchTerms', now)).searchTerms).toBe(1)
    expect(await exists('search-misses', old)).toBe(false)
    expect(await exists('search-misses', young)).toBe(true)
    process.env.RETENTION_SEARCH_TERMS_MONTHS = '6'
    try {
      expect((await retain('searchTerms', now)).searchTerms).toBe(1)
    } finally {
      delete process.env.RETENTION_SEARCH_TERMS_MONTHS
    }
    expect(await exists('search-misses', young)).toBe(false)
  })

  test('barrier reports: kept while open, deleted 12 months after they were answered', async () => {
    const report = async (description: string) =>
      String((await payload.create({ collection: 'accessibility-feedback', overrideAccess: true, data: { municipality: ctx.world.towns.town1, description, name: 'Amal', email: 'amal@test.example', status: 'new' } })).id)
    const open = await report('Kontrast zu schwach')
    const answered = await report('Formular ohne Beschriftung')
    // The editor closes it through the API: the closing day is stamped, not typed.
    const res = await ctx.api.request<{ doc: { closedAt?: string } }>('PATCH', `/accessibility-feedback/${answered}`, { token: ctx.tokens.editor1, json: { status: 'answered', closedAt: '2020-01-01T00:00:00Z' } })
    expect(res.status).toBe(200)
    const closedAt = new Date(String(res.body.doc.closedAt))
    expect(Math.abs(closedAt.getTime() - Date.now())).toBeLessThan(60_000)

    expect((await retain('barrierReports', later(closedAt, 360))).barrierReports).toBe(0)
    expect(await exists('accessibility-feedback', answered)).toBe(true)
    expect((await retain('barrierReports', later(closedAt, 370))).barrierReports).toBe(1)
    expect(await exists('accessibility-feedback', answered)).toBe(false)
    // Open reports stay however old they are.
    expect((await retain('barrierReports', later(closedAt, 3000))).barrierReports).toBe(0)
    expect(await exists('accessibility-feedback', open)).toBe(true)

    // Reopened: the day is cleared, the report is in work again.
    const again = await report('Video ohne Untertitel')
    await ctx.api.request('PATCH', `/accessibility-feedback/${again}`, { token: ctx.tokens.editor1, json: { status: 'answered' } })
    const reopened = await ctx.api.request<{ doc: { closedAt?: string | null } }>('PATCH', `/accessibility-feedback/${again}`, { token: ctx.tokens.editor1, json: { status: 'in-progress' } })
    expect(reopened.body.doc.closedAt ?? null).toBeNull()
  })

  test('invitations: an unaccepted one goes with its account after 7 days; an accepted one stays', async () => {
    const invite = (email: string) => ctx.api.request<{ id?: string }>('POST', '/users/invite', { token: ctx.tokens.editor1, json: { email, organizations: [ctx.world.orgs.A] } })
    const unaccepted = String((await invite('never-came@test.example')).body.id)
    const accepted = String((await invite('came@test.example')).body.id)
    const mail = await smtp.waitFor((m) => m.to.includes('came@test.example'))
    const token = /\/admin\/invite\/(\w+)/.exec(mail.text)?.[1]
    expect((await ctx.api.request('POST', '/users/reset-password', { json: { token, password: 'her-own-password-2026' } })).status).toBe(200)

    const now = new Date()
    expect((await retain('invitations', later(now, 6))).invitations).toBe(0)
    expect(await exists('users', unaccepted)).toBe(true)
    expect((await retain('invitations', later(now, 8))).invitations).toBe(1)
    expect(await exists('users', unaccepted)).toBe(false)
    expect(await exists('users', accepted)).toBe(true)
    // Resending to an account in use never puts it up for deletion.
    await invite('editor-made@test.example')
    const inUse = (await ctx.api.request<{ id?: string }>('POST', '/users/invite', { token: ctx.tokens.editor1, json: { email: 'provider-a@test.example' } })).body.id
    expect((await retain('invitations', later(now, 30))).invitations).toBe(1)
    expect(await exists('users', String(inUse))).toBe(true)
  })

  test('providers who left: a notice in their language, erasure 30 days later unless they log in; their entries stay', async () => {
    const now = new Date()
    const gone = await provider('gone@test.example', ctx.world.orgs.A, { language: 'ar', name: 'Samir Gone' })
    const back = await provider('back@test.example', ctx.world.orgs.A)
    const active = await provider('active@test.example', ctx.world.orgs.A)
    const longAgo = later(now, -400).toISOString()
    for (const id of [gone, back]) await payload.db.updateOne({ collection: 'users', id, data: { lastLoginAt: longAgo } })
    await payload.db.updateOne({ collection: 'users', id: active, data: { lastLoginAt: now.toISOString() } })
    // An entry the leaving provider confirmed (the reference is kept as a document, not a person).
    const service = String(
      (await payload.create({ collection: 'services', overrideAccess: true, data: { organization: ctx.world.orgs.A, title: 'Sprachcafé', kind: 'counselling', _status: 'published' } as never })).id,
    )
    await payload.db.updateOne({ collection: 'services', id: service, data: { lastVerifiedBy: gone } })

    const before = smtp.mails.length
    expect((await retain('providerAccounts', now)).providerAccounts).toBe(0)
    const notices = smtp.mails.slice(before)
    expect(notices.map((m) => m.to.join(',')).sort()).toEqual(['back@test.example', 'gone@test.example'])
    const arabic = notices.find((m) => m.to.includes('gone@test.example'))
    expect(arabic?.subject).toBe('سيُحذف حسابك في بوابة الاندماج')
    expect(arabic?.text).toContain('gone@test.example')
    // The town's language (German) for the one without a language of their own.
    expect(notices.find((m) => m.to.includes('back@test.example'))?.subject).toBe('Ihr Konto im Integrationsportal wird gelöscht')
    // No second notice on the next night.
    expect((await retain('providerAccounts', later(now, 1))).providerAccounts).toBe(0)
    expect(smtp.mails.length).toBe(before + 2)

    // One of them logs in in the meantime.
    await ctx.api.login('back@test.example', PASSWORD)
    expect((await retain('providerAccounts', later(now, 20))).providerAccounts).toBe(0)
    expect((await retain('providerAccounts', later(now, 31))).providerAccounts).toBe(1)
    expect(await exists('users', gone)).toBe(false)
    expect(await exists('users', back)).toBe(true)
    expect(await exists('users', active)).toBe(true)
    const kept = await payload.findByID({ collection: 'services', id: service, depth: 0, overrideAccess: true })
    expect(kept.title).toBe('Sprachcafé')
    expect(kept.lastVerifiedBy ?? null).toBeNull()
    const stored = await payload.findByID({ collection: 'users', id: back, depth: 0, overrideAccess: true })
    expect(stored.leaveNoticeAt ?? null).toBeNull()
  })

  test('a provider whose organisation is gone gets the notice although they logged in lately', async () => {
    const org = String((await payload.create({ collection: 'organizations', overrideAccess: true, data: { name: 'Closing e.V.', slug: 'closing', municipality: ctx.world.towns.town1, kind: 'counselling', _status: 'published' } })).id)
    const id = await provider('orphan@test.example', org)
    await ctx.api.login('orphan@test.example', PASSWORD)
    await payload.delete({ collection: 'organizations', id: org, overrideAccess: true })
    const before = smtp.mails.length
    await retain('providerAccounts', new Date())
    expect(smtp.mails.slice(before).map((m) => m.to.join(','))).toEqual(['orphan@test.example'])
    expect(await exists('users', id)).toBe(true)
  })

  test('page views hold no personal data: counts per day, page and language only, never deleted', async () => {
    const fields = payload.collections['page-views'].config.flattenedFields.map((f) => f.name).sort()
    // A new field here (an address, a browser, a visitor id) would need a retention rule: this fails first.
    expect(fields).toEqual(['count', 'createdAt', 'day', 'documentID', 'key', 'kind', 'locale', 'municipality', 'path', 'updatedAt'])
    const kind = retentionKinds().find((k) => k.id === 'pageViews')
    expect(kind?.apply).toBeUndefined()
    expect(kind?.record(DEFAULT_RETENTION).data.join(' ')).toContain('keine personenbezogenen Daten')
  })

  test('the audit log plugs into the same job (registration point)', async () => {
    const seen: Date[] = []
    const kinds = retentionKinds({ audit: { deleteExpired: async (_payload, at) => (seen.push(at), 4) } })
    const at = new Date('2027-01-01T00:00:00Z')
    expect((await applyRetention(payload, DEFAULT_SLUGS, kinds, at)).auditEntries).toBe(4)
    expect(seen).toEqual([at])
  })
})

describe('Art. 15: what the portal holds about me', () => {
  const download = (id: string, token?: string) => ctx.api.request<Record<string, unknown>>('GET', `/users/${id}/personal-data`, { token })

  test('each role downloads its own account: fields, towns, organisations, sessions, no secrets', async () => {
    for (const [role, id] of [['admin', ctx.world.users.admin], ['editor1', ctx.world.users.editor1], ['providerA', ctx.world.users.providerA]] as const) {
      const res = await download(id, ctx.tokens[role])
      expect([role, res.status]).toEqual([role, 200])
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="personal-data-\d{4}-\d{2}-\d{2}\.json"$/)
      const text = JSON.stringify(res.body)
      for (const secret of ['hash', 'salt', 'resetPasswordToken', 'password']) expect([role, text.includes(`"${secret}":`)]).toEqual([role, false])
    }
    const mine = (await download(ctx.world.users.providerA, ctx.tokens.providerA)).body as { account: { email: string; organizations: { name: string }[]; towns: { name: string }[] }; documents: unknown[] }
    expect(mine.account.email).toBe('provider-a@test.example')
    expect(mine.account.organizations.map((o) => o.name)).toEqual(['org-a'])
    expect(mine.account.towns.map((t) => t.name)).toEqual(['town-one'])
    expect(Array.isArray(mine.documents)).toBe(true)
  })

  test('the documents that name the person are listed', async () => {
    const service = String((await payload.create({ collection: 'services', overrideAccess: true, data: { organization: ctx.world.orgs.A, title: 'Mütterberatung', kind: 'counselling', _status: 'published' } as never })).id)
    await payload.db.updateOne({ collection: 'services', id: service, data: { lastVerifiedBy: ctx.world.users.providerA } })
    const mine = (await download(ctx.world.users.providerA, ctx.tokens.providerA)).body as { documents: { collection: string; id: string; title: string; field: string }[] }
    expect(mine.documents).toContainEqual({ collection: 'services', id: service, title: 'Mütterberatung', field: 'lastVerifiedBy' })
  })

  test('nobody else’s, except for admins; anonymous callers nothing', async () => {
    expect((await download(ctx.world.users.editor1)).status).toBe(401)
    expect((await download(ctx.world.users.editor1, ctx.tokens.providerA)).status).toBe(403)
    // Not even an editor for a provider of their own town.
    expect((await download(ctx.world.users.providerA, ctx.tokens.editor1)).status).toBe(403)
    expect((await download(ctx.world.users.providerA, ctx.tokens.admin)).status).toBe(200)
    expect((await download('no-such-account', ctx.tokens.admin)).status).toBe(404)
  })
})

describe('Art. 17: an admin erases an account and keeps its documents', () => {
  const erase = (id: string, token: string | undefined, confirm?: unknown) => ctx.api.request<{ message?: string; record?: Record<string, unknown>; errors?: { message: string }[] }>('POST', `/users/${id}/erase`, { token, json: { confirm } })

  test('only admins, never themselves, only with the typed address; a refusal erases nothing', async () => {
    const id = await provider('to-erase@test.example', ctx.world.orgs.A)
    expect((await erase(id, undefined, 'to-erase@test.example')).status).toBe(401)
    expect((await erase(id, ctx.tokens.providerA, 'to-erase@test.example')).status).toBe(403)
    // Editors may delete provider accounts of their town, but the erasure is the admins'.
    expect((await erase(id, ctx.tokens.editor1, 'to-erase@test.example')).status).toBe(403)
    const self = await erase(ctx.world.users.admin, ctx.tokens.admin, 'admin@test.example')
    expect(self.status).toBe(400)
    const wrong = await erase(id, ctx.tokens.admin, 'someone@test.example')
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors?.[0]?.message).toBe('Die E-Mail-Adresse passt nicht zu diesem Konto. Es wurde nichts gelöscht.')
    expect((await erase(id, ctx.tokens.admin, 42)).status).toBe(400)
    expect(await exists('users', id)).toBe(true)
    expect((await erase('no-such-account', ctx.tokens.admin, 'x@test.example')).status).toBe(404)
  })

  test('the reviewer’s name becomes "a former account" in documents and versions; links to the account are cleared; the record holds no personal data', async () => {
    const editor = String(
      (await payload.create({ collection: 'users', overrideAccess: true, data: { email: 'erika@test.example', name: 'Erika Muster', password: PASSWORD, role: 'editor', tenants: [{ municipality: ctx.world.towns.town1 }] } })).id,
    )
    const service = String(
      (await payload.create({ collection: 'services', overrideAccess: true, data: { organization: ctx.world.orgs.A, title: 'Jobcafé', summary: 'Bewerbungshilfe', kind: 'counselling', _status: 'published' } as never })).id,
    )
    // Reviewed by her twice: two versions and the live document name her.
    await payload.update({ collection: 'services', id: service, overrideAccess: true, data: { reviewedBy: 'Erika Muster', reviewState: 'approved' } })
    await payload.update({ collection: 'services', id: service, overrideAccess: true, data: { summary: 'Bewerbungshilfe und Lebenslauf', reviewedBy: 'Erika Muster' } })
    await payload.update({ collection: 'services', id: service, locale: 'ar', overrideAccess: true, data: { title: 'مقهى العمل' } })
    await payload.db.updateOne({ collection: 'services', id: service, data: { lastVerifiedBy: editor } })
    const importDoc = await payload.db.create({ collection: 'imports', data: { municipality: ctx.world.towns.town1, startedBy: editor, status: 'done' } })

    const res = await erase(editor, ctx.tokens.admin, ' ERIKA@test.example ')
    expect(res.status).toBe(200)
    expect(res.body.message).toBe('Das Konto und seine personenbezogenen Daten wurden gelöscht. Seine Einträge sind erhalten.')
    const record = JSON.stringify(res.body.record)
    for (const personal of ['erika', 'Erika', 'Muster', editor]) expect(record).not.toContain(personal)
    expect(res.body.record).toMatchObject({ event: 'account-erased', reason: 'admin', role: 'editor', by: ctx.world.users.admin })

    expect(await exists('users', editor)).toBe(false)
    const doc = await payload.findByID({ collection: 'services', id: service, depth: 0, overrideAccess: true, locale: 'all' as never })
    expect(doc.reviewedBy).toBe(FORMER_USER)
    expect(doc.lastVerifiedBy ?? null).toBeNull()
    // The document itself is untouched, every language of it.
    expect(doc.title).toMatchObject({ de: 'Jobcafé', ar: 'مقهى العمل' })
    expect(doc.summary).toMatchObject({ de: 'Bewerbungshilfe und Lebenslauf' })
    const versions = await payload.findVersions({ collection: 'services', where: { parent: { equals: service } }, overrideAccess: true, depth: 0, limit: 50 })
    const named = versions.docs.map((v) => v.version.reviewedBy).filter(Boolean)
    expect(named.length).toBeGreaterThan(0)
    expect(named.every((n) => n === FORMER_USER)).toBe(true)
    expect(JSON.stringify(versions.docs)).not.toContain('Erika')
    // The import she started stays, without her.
    const imp = await payload.findByID({ collection: 'imports', id: String(importDoc.id), depth: 0, overrideAccess: true })
    expect(imp.status).toBe('done')
    expect(imp.startedBy ?? null).toBeNull()
  })
})

describe('Art. 30: the record of processing activities of a town', () => {
  const record = (town: string, token?: string) => ctx.api.request<string>('GET', `/municipalities/${town}/processing-record`, { token })

  test('the town’s editors and admins download it; other towns’ editors, providers and the public not', async () => {
    expect((await record(ctx.world.towns.town1)).status).toBe(401)
    expect((await record(ctx.world.towns.town1, ctx.tokens.providerA)).status).toBe(403)
    expect((await record(ctx.world.towns.town1, ctx.tokens.editor2)).status).toBe(403)
    expect((await record(ctx.world.towns.town1, ctx.tokens.editor1)).status).toBe(200)
    expect((await record(ctx.world.towns.town2, ctx.tokens.admin)).status).toBe(200)
    expect((await record('no-such-town', ctx.tokens.admin)).status).toBe(404)
  })

  test('German, with the town, its officer, the configured periods and the e-mail server', async () => {
    await payload.update({
      collection: 'municipalities',
      id: ctx.world.towns.town1,
      overrideAccess: true,
      data: { dataProtectionOfficer: 'Datenschutzbeauftragte der Stadt, datenschutz@town-one.example', contact: { office: 'Integrationsbüro', city: 'Town One', postalCode: '99817' } },
    })
    const res = await record(ctx.world.towns.town1, ctx.tokens.editor1)
    expect(res.headers.get('content-type')).toContain('text/markdown')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="verarbeitungsverzeichnis-town-one.md"')
    const md = res.body
    expect(md).toContain('# Verzeichnis von Verarbeitungstätigkeiten – town-one')
    expect(md).toContain('Integrationsbüro')
    expect(md).toContain('Datenschutzbeauftragte der Stadt, datenschutz@town-one.example')
    expect(md).toContain('**Löschfrist:** 13 Monate nach dem Tag der Suche')
    expect(md).toContain('**Löschfrist:** 12 Monate nach Abschluss der Meldung')
    expect(md).toContain('nicht angenommene Einladungen 7 Tage nach dem Versand')
    expect(md).toContain('Seitenaufrufe')
    expect(md).toContain('SMTP-Server 127.0.0.1')

    process.env.RETENTION_BARRIER_REPORTS_MONTHS = '3'
    process.env.AUDIT_RETENTION_MONTHS = '24'
    try {
      const changed = (await record(ctx.world.towns.town1, ctx.tokens.editor1)).body
      expect(changed).toContain('**Löschfrist:** 3 Monate nach Abschluss der Meldung')
      expect(changed).toContain('**Löschfrist:** 24 Monate nach dem Ereignis')
    } finally {
      delete process.env.RETENTION_BARRIER_REPORTS_MONTHS
      delete process.env.AUDIT_RETENTION_MONTHS
    }
  })
})
