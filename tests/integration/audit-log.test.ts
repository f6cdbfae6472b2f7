import type { Where } from 'payload'
import type { AuditLog } from '@cms/payload-types'
import { afterResponseSettled } from '@cms/security/afterResponse'
import { deleteExpiredAuditEntries } from '@cms/audit/retention'
import { auditRow, recordAudit, writeAuditRow } from '@cms/audit/record'
import { auditedImport } from '@cms/audit/imports'
import type { ImportSummary } from '@cms/import/types'
import { PASSWORD } from './helpers/world'
import { setupWorld } from './helpers/setup'

/**
 * The audit log (issue #18): logins, publishing, deletes, restored versions, role and town
 * changes, settings, invitations and exports are recorded as they happen through the real REST
 * API; the town's editors read their town's entries, admins all, nobody else any; nobody, an
 * admin neither, writes, changes or deletes an entry through any API; the CSV download is
 * scoped like the list; the retention deletes what is older than AUDIT_RETENTION_MONTHS.
 */
let ctx: Awaited<ReturnType<typeof setupWorld>>
beforeAll(async () => {
  ctx = await setupWorld()
}, 120000)
afterAll(async () => {
  await afterResponseSettled()
  await ctx?.cleanup()
})

/** The entries as stored, after every deferred write is done. */
async function entries(where: Where): Promise<AuditLog[]> {
  await afterResponseSettled()
  return (await ctx.payload.find({ collection: 'audit-log', where, depth: 0, limit: 0, pagination: false, sort: 'at', overrideAccess: true })).docs
}
const townsOf = (e: AuditLog) => (e.towns ?? []).map((t) => (typeof t === 'string' ? t : t.id))

describe('what is recorded', () => {
  test('a login, a failed login (the e-mail tried, never the password) and a logout', async () => {
    const token = await ctx.api.login('editor1@test.example', PASSWORD)
    const wrong = 'not-the-password-1234'
    expect((await ctx.api.request('POST', '/users/login', { json: { email: 'Editor1@test.example', password: wrong } })).status).toBe(401)
    expect((await ctx.api.request('POST', '/users/login', { json: { email: 'nobody@test.example', password: wrong } })).status).toBe(401)
    expect((await ctx.api.request('POST', '/users/logout', { token })).status).toBe(200)

    const editor1 = ctx.world.users.editor1
    const [login] = (await entries({ action: { equals: 'login' }, userId: { equals: editor1 } })).slice(-1)
    expect(login).toMatchObject({ actor: 'editor1@test.example', role: 'editor', collectionSlug: 'users', documentId: editor1 })
    expect(townsOf(login as AuditLog)).toEqual([ctx.world.towns.town1])
    expect(login?.address).toBeTruthy()

    const failed = await entries({ action: { equals: 'loginFailed' } })
    // A known account's failure belongs to its towns (its editors see attempts on it); an unknown address to nobody's.
    expect(failed.map((e) => [e.actor, e.documentId ?? null, townsOf(e)])).toEqual([
      ['editor1@test.example', editor1, [ctx.world.towns.town1]],
      ['nobody@test.example', null, []],
    ])
    expect(failed.every((e) => !e.userId)).toBe(true)
    const all = await entries({})
    expect(JSON.stringify(all)).not.toContain(wrong)
    expect(JSON.stringify(all)).not.toContain(PASSWORD)

    expect(await entries({ action: { equals: 'logout' }, userId: { equals: editor1 } })).toHaveLength(1)
  })

  test('create, publish, a draft save, unpublish, restore of a version and delete of a page, with the fields changed', async () => {
    const token = ctx.tokens.editor1
    const created = await ctx.api.request<{ doc: { id: string } }>('POST', '/pages?draft=true', { token, json: { title: 'Audit page', municipality: ctx.world.towns.town1, _status: 'draft' } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await ctx.api.request('PATCH', `/pages/${id}`, { token, json: { _status: 'published' } })).status).toBe(200)
    expect((await ctx.api.request('PATCH', `/pages/${id}?draft=true`, { token, json: { title: 'Audit page, draft', _status: 'draft' } })).status).toBe(200)
    expect((await ctx.api.request('PATCH', `/pages/${id}`, { token, json: { _status: 'draft' } })).status).toBe(200)
    const versions = await ctx.payload.findVersions({ collection: 'pages', where: { parent: { equals: id }, 'version._status': { equals: 'published' } }, sort: 'createdAt', depth: 0, overrideAccess: true })
    const published = versions.docs[0]
    expect(published).toBeDefined()
    expect((await ctx.api.request('POST', `/pages/versions/${published?.id}`, { token })).status).toBe(200)
    expect((await ctx.api.request('DELETE', `/pages/${id}`, { token })).status).toBe(200)

    const trail = await entries({ collectionSlug: { equals: 'pages' }, documentId: { equals: id } })
    expect(trail.map((e) => e.action)).toEqual(['create', 'publish', 'update', 'unpublish', 'restoreVersion', 'delete'])
    for (const e of trail) {
      expect(e).toMatchObject({ actor: 'editor1@test.example', userId: ctx.world.users.editor1, role: 'editor' })
      expect(townsOf(e)).toEqual([ctx.world.towns.town1])
    }
    // What the editor changed (and the search text the server derives from it); not the town, which stayed.
    expect(trail[2]?.changedFields?.split(', ')).toContain('title')
    expect(trail[2]?.changedFields).not.toContain('municipality')
    expect(trail[2]?.title).toBe('Audit page, draft')
    expect(trail[5]?.title).toBe('Audit page')
  })

  test('role and town changes of an account are their own entries, with the roles and towns (not other values)', async () => {
    const person = await ctx.payload.create({ collection: 'users', overrideAccess: true, data: { email: 'moving@test.example', password: PASSWORD, role: 'editor', tenants: [{ municipality: ctx.world.towns.town1 }] } })
    const token = ctx.tokens.admin
    expect((await ctx.api.request('PATCH', `/users/${person.id}`, { token, json: { tenants: [{ municipality: ctx.world.towns.town2 }], name: 'Moving Person' } })).status).toBe(200)
    expect((await ctx.api.request('PATCH', `/users/${person.id}`, { token, json: { role: 'admin' } })).status).toBe(200)
    const trail = await entries({ collectionSlug: { equals: 'users' }, documentId: { equals: person.id }, actor: { equals: 'admin@test.example' } })
    expect(trail.map((e) => [e.action, e.detail])).toEqual([
      ['townChange', { added: [ctx.world.towns.town2], removed: [ctx.world.towns.town1] }],
      ['roleChange', { from: 'editor', to: 'admin' }],
    ])
    // Both towns' editors see that the account moved; the name changed, its value is not kept.
    expect(townsOf(trail[0] as AuditLog).sort()).toEqual([ctx.world.towns.town1, ctx.world.towns.town2].sort())
    expect(trail[0]?.changedFields).toBe('name, tenants')
    expect(JSON.stringify(trail)).not.toContain('Moving Person')
  })

  test('a town’s settings, an invitation and a public HSDS download', async () => {
    const town1 = ctx.world.towns.town1
    expect((await ctx.api.request('PATCH', `/municipalities/${town1}`, { token: ctx.tokens.editor1, json: { welcome: 'Willkommen im Audit' } })).status).toBe(200)
    const [settings] = await entries({ action: { equals: 'settingsChange' } })
    expect(settings).toMatchObject({ actor: 'editor1@test.example', collectionSlug: 'municipalities', documentId: town1, changedFields: 'welcome' })

    const invited = await ctx.api.request<{ id: string }>('POST', '/users/invite', { token: ctx.tokens.editor1, json: { email: 'invited@test.example', organizations: [ctx.world.orgs.A] } })
    expect(invited.status).toBe(201)
    const [invite] = await entries({ action: { equals: 'invite' } })
    expect(invite).toMatchObject({ actor: 'editor1@test.example', documentId: invited.body.id, title: 'invited@test.example', detail: { role: 'provider', resent: false } })
    expect(townsOf(invite as AuditLog)).toEqual([town1])

    expect((await ctx.api.request('GET', '/hsds/town-one/export.json')).status).toBe(200)
    expect((await ctx.api.request('GET', '/hsds/town-one/export/services.csv')).status).toBe(200)
    expect((await ctx.api.request('GET', '/hsds/town-one/export/nothing.csv')).status).toBe(404)
    const exports = await entries({ action: { equals: 'export' }, collectionSlug: { exists: false } })
    expect(exports.map((e) => [e.actor, e.title, townsOf(e)])).toEqual([
      ['anonymous', 'hsds-json', [town1]],
      ['anonymous', 'services.csv', [town1]],
    ])
  })

  test('deleting a town is recorded, although the entry can no longer refer to the town', async () => {
    const town = await ctx.payload.create({ collection: 'municipalities', overrideAccess: true, data: { name: 'Abrisshausen', slug: 'abrisshausen', defaultLocale: 'de', enabledLocales: ['de'], timeZone: 'Europe/Berlin' } as never })
    expect((await ctx.api.request('DELETE', `/municipalities/${town.id}`, { token: ctx.tokens.admin })).status).toBe(200)
    const [deleted] = await entries({ action: { equals: 'delete' }, collectionSlug: { equals: 'municipalities' }, documentId: { equals: String(town.id) } })
    expect(deleted).toMatchObject({ role: 'admin', title: 'Abrisshausen' })
    expect(townsOf(deleted as AuditLog)).toEqual([])
    // Written after the town is gone (the entry is written after the response): the entry is kept,
    // and so is the town's id: in its detail where the database refuses the reference to a town
    // that is gone (the insert failed and the entry was lost), else as it was.
    await writeAuditRow(ctx.payload, auditRow(null, { action: 'delete', collection: 'municipalities', documentId: String(town.id), title: 'Abrisshausen, später', towns: [String(town.id), ctx.world.towns.town1] }))
    const late = await entries({ title: { equals: 'Abrisshausen, später' } })
    expect(late.length).toBe(1)
    const entry = late[0] as AuditLog
    const deletedTowns = (entry.detail as { deletedTowns?: string[] } | null)?.deletedTowns ?? []
    expect([...townsOf(entry), ...deletedTowns].sort()).toEqual([String(town.id), ctx.world.towns.town1].sort())
    expect(townsOf(entry)).toContain(ctx.world.towns.town1)
  })

  test('an import is one entry with its counts, not one per document it writes; a check is none', async () => {
    const summary = (dryRun: boolean): ImportSummary => ({
      rows: 1,
      create: 1,
      update: 0,
      unchanged: 0,
      skip: 0,
      reasons: {},
      documents: { organizations: { create: 0, update: 0, unchanged: 0 }, locations: { create: 0, update: 0, unchanged: 0 }, services: { create: 0, update: 0, unchanged: 0 } },
      dryRun,
      area: { minLat: 47, maxLat: 55, minLng: 5, maxLng: 15, source: 'germany' },
      millis: 1,
    })
    const write = (term: string) => ctx.payload.create({ collection: 'search-synonyms', overrideAccess: true, data: { locale: 'de', term, synonyms: ['Beratung'], municipality: ctx.world.towns.town1 } })
    await auditedImport(ctx.payload, { town: 'town-one', format: 'spreadsheet', file: 'liste.csv' }, async () => {
      await write('Importbegriff')
      return { summary: summary(false) }
    })
    await auditedImport(ctx.payload, { town: 'town-one', format: 'spreadsheet', file: 'check.csv' }, async () => ({ summary: summary(true) }))
    const imports = await entries({ action: { equals: 'import' } })
    expect(imports.map((e) => [e.actor, e.title, townsOf(e), (e.detail as { rows?: number }).rows])).toEqual([['system', 'liste.csv', [ctx.world.towns.town1], 1]])
    expect(await entries({ collectionSlug: { equals: 'search-synonyms' }, title: { equals: 'Importbegriff' } })).toEqual([])
    // Outside an import the same write is recorded.
    await write('Handbegriff')
    expect(await entries({ collectionSlug: { equals: 'search-synonyms' }, action: { equals: 'create' }, title: { equals: 'Handbegriff' } })).toHaveLength(1)
  })

  test('a failing audit write never fails the user’s write: it is logged', async () => {
    const errors: unknown[] = []
    const original = ctx.payload.logger.error
    ctx.payload.logger.error = ((obj: unknown) => void errors.push(obj)) as typeof original
    try {
      // The entry cannot be written (here: its look-up after the response fails, as a database that went away would).
      recordAudit(ctx.payload, { action: 'login' }, async () => {
        throw new Error('the database went away')
      })
      await afterResponseSettled()
    } finally {
      ctx.payload.logger.error = original
    }
    expect(errors).toHaveLength(1)
  })
})

describe('who reads it', () => {
  test('admins read all entries, editors their towns’, providers and the public none', async () => {
    await afterResponseSettled()
    const list = (token?: string) => ctx.api.request<{ docs?: AuditLog[]; totalDocs?: number }>('GET', '/audit-log?limit=0&depth=0', { token })
    const total = (await ctx.payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs
    expect((await list(ctx.tokens.admin)).body.totalDocs).toBe(total)
    for (const [role, town] of [['editor1', ctx.world.towns.town1], ['editor2', ctx.world.towns.town2]] as const) {
      const res = await list(ctx.tokens[role])
      expect(res.status).toBe(200)
      expect(res.body.docs?.length).toBeGreaterThan(0)
      expect(res.body.docs?.every((e) => townsOf(e).includes(town))).toBe(true)
    }
    // The page of town 1 is not in town 2's log.
    expect((await list(ctx.tokens.editor2)).body.docs?.some((e) => e.collectionSlug === 'pages')).toBe(false)
    for (const token of [ctx.tokens.providerA, undefined]) expect((await list(token)).status).toBe(403)
  })

  test('an editor reads what the administration did in their town, never an admin’s e-mail, account or address (list and CSV)', async () => {
    await afterResponseSettled()
    const byAdmin = await entries({ and: [{ role: { equals: 'admin' } }, { towns: { in: [ctx.world.towns.town1] } }] })
    expect(byAdmin.length).toBeGreaterThan(0)
    const list = await ctx.api.request<{ docs?: AuditLog[] }>('GET', `/audit-log?limit=0&depth=0&where[role][equals]=admin`, { token: ctx.tokens.editor1, headers: { 'Accept-Language': 'de' } })
    expect(list.body.docs?.length).toBe(byAdmin.length)
    for (const e of list.body.docs ?? []) expect([e.actor, e.userId ?? null, e.address ?? null]).toEqual(['Die Administration', null, null])
    const csv = await ctx.api.request('GET', '/audit-log/export.csv', { token: ctx.tokens.editor1 })
    expect(String(csv.body)).not.toContain('admin@test.example')
    // An admin still sees who it was.
    const own = await ctx.api.request<{ docs?: AuditLog[] }>('GET', `/audit-log?limit=1&depth=0&where[role][equals]=admin`, { token: ctx.tokens.admin })
    expect(own.body.docs?.[0]?.actor).toBe('admin@test.example')
  })
})

describe('append-only: nobody writes, changes or deletes an entry through any API', () => {
  const roles = ['admin', 'editor1', 'providerA', 'anonymous'] as const
  const tokenOf = (role: (typeof roles)[number]) => (role === 'anonymous' ? undefined : ctx.tokens[role])
  const userOf = async (role: (typeof roles)[number]) =>
    role === 'anonymous' ? undefined : await ctx.payload.findByID({ collection: 'users', id: ctx.world.users[role], depth: 0, overrideAccess: true })

  test.each(roles)('%s: REST create, update, bulk update, delete and bulk delete are refused and change nothing', async (role) => {
    const [entry] = await entries({ towns: { in: [ctx.world.towns.town1] } })
    if (!entry) throw new Error('no entry of town 1')
    const before = await ctx.payload.count({ collection: 'audit-log', overrideAccess: true })
    const token = tokenOf(role)
    const forged = { action: 'login', actor: 'forged@test.example', at: new Date().toISOString(), towns: [ctx.world.towns.town1] }
    const answers = [
      await ctx.api.request('POST', '/audit-log', { token, json: forged }),
      await ctx.api.request('PATCH', `/audit-log/${entry.id}`, { token, json: { actor: 'forged@test.example' } }),
      await ctx.api.request('PATCH', `/audit-log?where[id][equals]=${entry.id}`, { token, json: { actor: 'forged@test.example' } }),
      await ctx.api.request('DELETE', `/audit-log/${entry.id}`, { token }),
      await ctx.api.request('DELETE', `/audit-log?where[id][exists]=true`, { token }),
    ]
    for (const res of answers) expect([401, 403]).toContain(res.status)
    await afterResponseSettled()
    const after = await ctx.payload.findByID({ collection: 'audit-log', id: entry.id, depth: 0, overrideAccess: true })
    expect(after).toEqual(entry)
    expect((await ctx.payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs).toBeGreaterThanOrEqual(before.totalDocs)
    expect(await entries({ actor: { equals: 'forged@test.example' } })).toEqual([])
  })

  test.each(roles)('%s: the Local API with overrideAccess false refuses too', async (role) => {
    const [entry] = await entries({ towns: { in: [ctx.world.towns.town1] } })
    if (!entry) throw new Error('no entry of town 1')
    const user = await userOf(role)
    const as = { overrideAccess: false, user } as const
    await expect(ctx.payload.create({ collection: 'audit-log', data: { action: 'login', actor: 'forged@test.example', at: new Date().toISOString() }, ...as })).rejects.toThrow()
    await expect(ctx.payload.update({ collection: 'audit-log', id: entry.id, data: { actor: 'forged@test.example' }, ...as })).rejects.toThrow()
    await expect(ctx.payload.delete({ collection: 'audit-log', id: entry.id, ...as })).rejects.toThrow()
    // Bulk operations answer with the refused documents in `errors` instead of throwing (or throw).
    const bulkUpdate = await ctx.payload.update({ collection: 'audit-log', where: { id: { equals: entry.id } }, data: { actor: 'forged@test.example' }, ...as }).catch(() => null)
    expect(bulkUpdate?.docs ?? []).toEqual([])
    const bulkDelete = await ctx.payload.delete({ collection: 'audit-log', where: { id: { exists: true } }, ...as }).catch(() => null)
    expect(bulkDelete?.docs ?? []).toEqual([])
    expect(await ctx.payload.findByID({ collection: 'audit-log', id: entry.id, depth: 0, overrideAccess: true })).toEqual(entry)
  })
})

describe('the CSV download', () => {
  const download = (token: string | undefined, query = '') => ctx.api.request<string>('GET', `/audit-log/export.csv${query}`, { token })

  test('has the list’s filters and the reader’s towns, and is recorded itself', async () => {
    const mine = await download(ctx.tokens.editor1, '?action=publish')
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toContain('text/csv')
    expect(mine.headers.get('content-disposition')).toMatch(/attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"/)
    const lines = String(mine.body).replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('at,action,actor,userId,role,collectionSlug,documentId,title,changedFields,detail,towns,address,requestId')
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.slice(1).every((line) => line.split(',')[1] === 'publish')).toBe(true)
    expect(String(mine.body)).toContain('Audit page')

    // The admin list's own query string works the same.
    const listStyle = await download(ctx.tokens.editor1, '?where[action][equals]=publish')
    expect(listStyle.body).toBe(mine.body)
    // Town 2's editor: none of town 1's publishing.
    const theirs = await download(ctx.tokens.editor2, '?action=publish')
    expect(theirs.status).toBe(200)
    expect(String(theirs.body)).not.toContain('Audit page')

    await afterResponseSettled()
    const recorded = await entries({ action: { equals: 'export' }, collectionSlug: { equals: 'audit-log' }, actor: { equals: 'editor1@test.example' } })
    expect(recorded.at(-1)?.detail).toMatchObject({ format: 'csv', rows: lines.length - 1 })
  })

  test('providers and the public get none; a bad filter is a 400 with a reason', async () => {
    expect((await download(ctx.tokens.providerA)).status).toBe(403)
    expect((await download(undefined)).status).toBe(401)
    const bad = await download(ctx.tokens.admin, '?action=everything')
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('action')
    expect((await download(ctx.tokens.admin, '?from=yesterday')).status).toBe(400)
  })
})

describe('retention', () => {
  afterEach(() => {
    delete process.env.AUDIT_RETENTION_MONTHS
  })

  test('entries older than AUDIT_RETENTION_MONTHS (12 by default) are deleted, the rest stay', async () => {
    await afterResponseSettled()
    const count = async () => (await ctx.payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs
    const old = new Date()
    old.setUTCMonth(old.getUTCMonth() - 13)
    await writeAuditRow(ctx.payload, auditRow(null, { action: 'update', collection: 'pages', at: old }))
    const before = await count()
    expect(await deleteExpiredAuditEntries(ctx.payload)).toBe(1)
    expect(await count()).toBe(before - 1)

    // With the clock moved on: eleven months later everything stays, thirteen months later it is gone.
    const later = (months: number) => {
      const d = new Date()
      d.setUTCMonth(d.getUTCMonth() + months)
      return d
    }
    expect(await deleteExpiredAuditEntries(ctx.payload, later(11))).toBe(0)
    process.env.AUDIT_RETENTION_MONTHS = '1'
    expect(await deleteExpiredAuditEntries(ctx.payload, later(2))).toBe(before - 1)
    expect(await count()).toBe(0)
  })

  test('a retention that is not a whole number of months stops the job with a clear message', async () => {
    process.env.AUDIT_RETENTION_MONTHS = 'twelve'
    await expect(deleteExpiredAuditEntries(ctx.payload)).rejects.toThrow(/AUDIT_RETENTION_MONTHS/)
  })
})
