import { MATRIX_ROLES, type MatrixRole } from './helpers/collections'
import { setupSecurityWorld, type SecurityWorld, tokenOf } from './helpers/securityWorld'
import { writeArtifact } from '../helpers/artifact'

/*
 * Class: Payload's own collections and globals (locks, preferences, jobs, migrations, the
 * key-value store, the job statistics) follow the same town isolation and role rules as the
 * portal's. The list comes from the running config: a `payload-*` collection or global that
 * this file has no expectation for fails the test, so whatever Payload adds later is decided
 * on, not forgotten.
 */

let ctx: SecurityWorld
const asUser = async (id: string) => ({ ...(await ctx.payload.findByID({ collection: 'users', id, overrideAccess: true })), collection: 'users' as const })
const ids = {} as Record<'lockA' | 'lockTown1Page' | 'lockTown2' | 'prefEditor1' | 'prefProviderA' | 'jobTown1' | 'jobTown2' | 'jobReminder' | 'migration', string>

beforeAll(async () => {
  ctx = await setupSecurityWorld()
  const { payload, world, seed, specs } = ctx
  const spec = (slug: string) => specs.find((s) => s.slug === slug)!
  const serviceA = await seed(spec('services'))
  const pageTown1 = ctx.refs.page
  const pageTown2 = await seed(spec('pages'), { extra: { municipality: world.towns.town2 } })
  const newsTown1 = await seed(spec('news'), { status: 'draft' })
  const newsTown2 = await seed(spec('news'), { status: 'draft', extra: { municipality: world.towns.town2 } })
  const user = (id: string) => ({ relationTo: 'users' as const, value: id })
  const lock = async (relationTo: 'services' | 'pages', value: string, by: string) =>
    String((await payload.create({ collection: 'payload-locked-documents', overrideAccess: true, data: { document: { relationTo, value }, user: user(by) } })).id)
  ids.lockA = await lock('services', serviceA, world.users.providerA)
  ids.lockTown1Page = await lock('pages', pageTown1, world.users.editor1)
  ids.lockTown2 = await lock('pages', pageTown2, world.users.editor2)
  // A preference's owner is set from the request's user (Payload's own hook).
  const pref = async (by: string) =>
    String((await payload.create({ collection: 'payload-preferences', overrideAccess: true, user: await asUser(by), data: { key: `k-${by}`, value: { a: 1 }, user: user(by) } })).id)
  ids.prefEditor1 = await pref(world.users.editor1)
  ids.prefProviderA = await pref(world.users.providerA)
  const publishAt = new Date(Date.now() + 86_400_000).toISOString()
  const schedule = async (value: string, by: string) =>
    String((await payload.jobs.queue({ task: 'schedulePublish', waitUntil: new Date(publishAt), input: { type: 'publish', doc: { relationTo: 'news', value }, user: user(by) } })).id)
  ids.jobTown1 = await schedule(newsTown1, world.users.editor1)
  ids.jobTown2 = await schedule(newsTown2, world.users.editor2)
  ids.jobReminder = String((await payload.jobs.queue({ task: 'remindStaleEntries', input: {}, waitUntil: new Date(publishAt) })).id)
  ids.migration = String((await payload.create({ collection: 'payload-migrations', overrideAccess: true, data: { name: 'sweep-migration', batch: 99 } })).id)
}, 180_000)
afterAll(async () => {
  await ctx?.cleanup()
})

type Op = 'list' | 'read' | 'create' | 'update' | 'delete'
interface Expectation {
  /** The documents each role finds in the list (keys of `ids`); absent role: refused. */
  list: Partial<Record<MatrixRole, (keyof typeof ids)[]>>
  /** Roles allowed to read / change / delete the probe document, create a new one. */
  read: MatrixRole[]
  create: MatrixRole[]
  update: MatrixRole[]
  delete: MatrixRole[]
  /** The document the single-document cells act on. */
  probe?: keyof typeof ids
  /** A valid body for create/update cells. */
  body?: (c: SecurityWorld) => Record<string, unknown>
  /** Payload gives the collection no REST routes: every request must answer 501 and change nothing. */
  noApi?: true
}

const ALL_LOCKS: (keyof typeof ids)[] = ['lockA', 'lockTown1Page', 'lockTown2']
const EXPECTED: Record<string, Expectation> = {
  // A lock is visible to its owner and to whoever may change the locked document.
  'payload-locked-documents': {
    list: { providerA: ['lockA'], providerB: [], editor1: ['lockA', 'lockTown1Page'], editor2: ['lockTown2'], admin: ALL_LOCKS },
    probe: 'lockTown1Page',
    read: ['editor1', 'admin'],
    // A new lock on the town-1 page, in one's own name: only who may change the page.
    create: ['editor1', 'admin'],
    update: ['editor1', 'admin'],
    delete: ['editor1', 'admin'],
    body: (c) => ({ document: { relationTo: 'pages', value: c.refs.page } }),
  },
  'payload-preferences': {
    list: { providerA: ['prefProviderA'], providerB: [], editor1: ['prefEditor1'], editor2: [], admin: [] },
    // Addressed by key (`/payload-preferences/:key`): the cells act on editor 1's preference.
    read: ['editor1'],
    create: ['providerA', 'providerB', 'editor1', 'editor2', 'admin'],
    update: ['editor1'],
    delete: ['editor1'],
    body: () => ({ key: 'sweep', value: { b: 2 } }),
  },
  'payload-jobs': {
    list: { editor1: ['jobTown1'], editor2: ['jobTown2'], admin: ['jobTown1', 'jobTown2', 'jobReminder'] },
    probe: 'jobTown1',
    read: ['editor1', 'admin'],
    create: [],
    update: ['admin'],
    delete: ['admin'],
    body: () => ({ taskSlug: 'remindStaleEntries', input: {} }),
  },
  // `endpoints: false` in Payload: no REST route at all (Payload answers 501 Not Implemented); the rules cover the Local API.
  'payload-migrations': { noApi: true, list: {}, read: [], create: [], update: [], delete: [] },
  'payload-kv': { list: {}, read: [], create: [], update: [], delete: [], body: () => ({ key: 'x', data: { a: 1 } }) },
}
const EXPECTED_GLOBALS: Record<string, { read: MatrixRole[]; update: MatrixRole[] }> = {
  'payload-jobs-stats': { read: ['admin'], update: ['admin'] },
}

interface Cell {
  slug: string
  op: Op | 'read global' | 'update global'
  role: MatrixRole
  expected: string
  actual: string
}

/** Deletes what a create cell made; returns the owner it was stored with. */
async function removeCreated(slug: string, body: unknown): Promise<unknown> {
  const id = (body as { doc?: { id?: string } }).doc?.id
  if (!id) return undefined
  const stored = await ctx.payload.findByID({ collection: slug as 'payload-preferences', id, overrideAccess: true, depth: 0 })
  await ctx.payload.delete({ collection: slug as 'payload-preferences', id, overrideAccess: true })
  return (stored as { user?: { value?: unknown } }).user?.value
}

/** Preferences are read, written and deleted by key, always the requester's own: try editor 1's key as every role. */
async function preferenceCells(role: MatrixRole): Promise<Cell[]> {
  const { payload, api, tokens, world } = ctx
  const slug = 'payload-preferences'
  const token = tokenOf(tokens, role)
  const key = `k-${world.users.editor1}`
  const cell = (op: Op, allowed: boolean, status: number): Cell => ({ slug, op, role, expected: op === 'create' || role !== 'editor1' ? 'deny' : 'allow', actual: status >= 500 ? `💥${status}` : allowed ? 'allow' : 'deny' })
  const read = await api.request('GET', `/${slug}/${key}`, { token })
  const upd = await api.request('POST', `/${slug}/${key}`, { token, json: { value: { changedBy: role } } })
  const after = await payload.findByID({ collection: slug, id: ids.prefEditor1, overrideAccess: true })
  await payload.update({ collection: slug, id: ids.prefEditor1, overrideAccess: true, user: await asUser(world.users.editor1), data: { value: { a: 1 } } })
  // A POST by someone else made that someone's own preference under the same key: remove it.
  await payload.delete({ collection: slug, overrideAccess: true, where: { and: [{ key: { equals: key } }, { id: { not_equals: ids.prefEditor1 } }] } })
  const copy = await payload.create({ collection: slug, overrideAccess: true, user: await asUser(world.users.editor1), data: { key: `copy-${role}`, value: { a: 1 }, user: { relationTo: 'users', value: world.users.editor1 } } })
  const del = await api.request('DELETE', `/${slug}/copy-${role}`, { token })
  const gone = (await payload.count({ collection: slug, where: { id: { equals: copy.id } }, overrideAccess: true })).totalDocs === 0
  if (!gone) await payload.delete({ collection: slug, id: copy.id, overrideAccess: true })
  return [
    cell('read', read.status === 200 && JSON.stringify(read.body).includes('"a":1'), read.status),
    cell('update', JSON.stringify(after.value).includes(role), upd.status),
    cell('delete', gone, del.status),
  ]
}

test("Payload's own collections and globals: town isolation and roles, for every one the config has", async () => {
  const { payload, api, tokens } = ctx
  const cells: Cell[] = []
  const owned = Object.values(payload.collections)
    .map((c) => c.config.slug)
    .filter((s) => s.startsWith('payload-'))
  expect(owned.filter((s) => !EXPECTED[s])).toEqual([])
  const findIds = (body: unknown) => ((body as { docs?: { id: string }[] }).docs ?? []).map((d) => String(d.id))
  const nameOf = (id: string) => (Object.keys(ids) as (keyof typeof ids)[]).find((k) => ids[k] === id) ?? 'new'

  for (const slug of owned) {
    const e = EXPECTED[slug]
    if (!e) continue
    if (e.noApi) {
      const before = await payload.count({ collection: slug as 'payload-migrations', overrideAccess: true })
      for (const role of MATRIX_ROLES) {
        const token = tokenOf(tokens, role)
        for (const [op, method, url] of [['list', 'GET', `/${slug}`], ['read', 'GET', `/${slug}/${ids.migration}`], ['create', 'POST', `/${slug}`], ['update', 'PATCH', `/${slug}/${ids.migration}`], ['delete', 'DELETE', `/${slug}/${ids.migration}`]] as const) {
          const res = await api.request(method, url, { token, ...(method === 'GET' || method === 'DELETE' ? {} : { json: { name: 'forged', batch: 1 } }) })
          cells.push({ slug, op, role, expected: 'no route (501)', actual: res.status === 501 ? 'no route (501)' : `${res.status}` })
        }
      }
      const after = await payload.count({ collection: slug as 'payload-migrations', overrideAccess: true })
      expect(after.totalDocs).toBe(before.totalDocs)
      continue
    }
    for (const role of MATRIX_ROLES) {
      const token = tokenOf(tokens, role)
      const list = await api.request('GET', `/${slug}?depth=0&limit=100`, { token })
      const expectedList = e.list[role]
      const seen = list.status === 200 ? findIds(list.body).map(nameOf).filter((n) => n !== 'new').sort() : null
      cells.push({ slug, op: 'list', role, expected: expectedList ? `[${[...expectedList].sort().join(',')}]` : 'refused', actual: seen ? `[${seen.join(',')}]` : list.status >= 500 ? `💥${list.status}` : 'refused' })

      if (slug === 'payload-preferences') cells.push(...(await preferenceCells(role)))
      if (e.probe) {
        const id = ids[e.probe]
        const read = await api.request('GET', `/${slug}/${id}?depth=0`, { token })
        cells.push({ slug, op: 'read', role, expected: e.read.includes(role) ? 'allow' : 'deny', actual: read.status === 200 ? 'allow' : read.status >= 500 ? `💥${read.status}` : 'deny' })
        if (slug !== 'payload-locked-documents') {
          const upd = await api.request('PATCH', `/${slug}/${id}`, { token, json: e.body?.(ctx) ?? {} })
          cells.push({ slug, op: 'update', role, expected: e.update.includes(role) ? 'allow' : 'deny', actual: upd.status === 200 ? 'allow' : upd.status >= 500 ? `💥${upd.status}` : 'deny' })
        } else {
          // Handing a lock to someone else: never, not even for admins.
          const hand = await api.request('PATCH', `/${slug}/${id}`, { token, json: { user: { relationTo: 'users', value: ctx.world.users.providerB } } })
          const held = JSON.stringify(await payload.findByID({ collection: slug, id, overrideAccess: true, depth: 0 }))
          cells.push({ slug, op: 'update', role, expected: 'hand over: deny', actual: `hand over: ${hand.status >= 500 ? `💥${hand.status}` : held.includes(ctx.world.users.providerB) ? 'allow' : 'deny'}` })
          const take = await api.request('PATCH', `/${slug}/${id}`, { token, json: { user: { relationTo: 'users', value: role === 'anonymous' ? ctx.world.users.admin : ctx.world.users[role] } } })
          cells.push({ slug, op: 'update', role, expected: e.update.includes(role) ? 'take over: allow' : 'take over: deny', actual: `take over: ${take.status === 200 ? 'allow' : take.status >= 500 ? `💥${take.status}` : 'deny'}` })
          // Put the lock back in its owner's name for the next role.
          await payload.update({ collection: slug, id, overrideAccess: true, data: { user: { relationTo: 'users', value: ctx.world.users.editor1 } } })
        }
      }

      const created = await api.request('POST', `/${slug}`, { token, json: e.body?.(ctx) ?? {} })
      cells.push({ slug, op: 'create', role, expected: e.create.includes(role) ? 'allow' : 'deny', actual: created.status >= 500 ? `💥${created.status}` : created.status === 201 ? 'allow' : 'deny' })
      await removeCreated(slug, created.body)
      if (slug === 'payload-locked-documents' || slug === 'payload-preferences') {
        // In someone else's name (provider C, none of the roles): refused, or made the creator's own.
        const other = ctx.world.users.providerC
        const res = await api.request('POST', `/${slug}`, { token, json: { ...e.body?.(ctx), user: { relationTo: 'users', value: other } } })
        const owner = res.status === 201 ? await removeCreated(slug, res.body) : undefined
        cells.push({ slug, op: 'create', role, expected: 'never for another', actual: res.status >= 500 ? `💥${res.status}` : owner === other ? 'for another ❗' : 'never for another' })
      }
    }
    // Deletes last: one role at a time on a copy of the probe document.
    if (e.probe) {
      for (const role of MATRIX_ROLES) {
        const token = tokenOf(tokens, role)
        const source: Record<string, unknown> = { ...(await payload.findByID({ collection: slug as 'payload-preferences', id: ids[e.probe], overrideAccess: true, depth: 0 })) }
        const { id: _id, createdAt: _c, updatedAt: _u, ...data } = source
        const copy =
          slug === 'payload-jobs'
            ? String((await payload.jobs.queue({ task: 'schedulePublish', waitUntil: new Date(Date.now() + 86_400_000), input: data.input as never })).id)
            : String((await payload.create({ collection: slug as 'payload-preferences', overrideAccess: true, user: await asUser(ctx.world.users.editor1), data: data as never })).id)
        const del = await api.request('DELETE', `/${slug}/${copy}`, { token })
        const gone = (await payload.count({ collection: slug as 'payload-jobs', where: { id: { equals: copy } }, overrideAccess: true })).totalDocs === 0
        cells.push({ slug, op: 'delete', role, expected: e.delete.includes(role) ? 'allow' : 'deny', actual: del.status >= 500 ? `💥${del.status}` : gone ? 'allow' : 'deny' })
        if (!gone) await payload.delete({ collection: slug as 'payload-jobs', id: copy, overrideAccess: true })
      }
    }
  }

  const globals = payload.config.globals.map((g) => g.slug).filter((s) => s.startsWith('payload-'))
  expect(globals.filter((s) => !EXPECTED_GLOBALS[s])).toEqual([])
  for (const slug of globals) {
    const g = EXPECTED_GLOBALS[slug]
    if (!g) continue
    for (const role of MATRIX_ROLES) {
      const token = tokenOf(tokens, role)
      const read = await api.request('GET', `/globals/${slug}`, { token })
      cells.push({ slug, op: 'read global', role, expected: g.read.includes(role) ? 'allow' : 'deny', actual: read.status === 200 ? 'allow' : read.status >= 500 ? `💥${read.status}` : 'deny' })
      const upd = await api.request('POST', `/globals/${slug}`, { token, json: { stats: { forged: role } } })
      cells.push({ slug, op: 'update global', role, expected: g.update.includes(role) ? 'allow' : 'deny', actual: upd.status === 200 ? 'allow' : upd.status >= 500 ? `💥${upd.status}` : 'deny' })
    }
  }

  const wrong = cells.filter((c) => c.expected !== c.actual)
  const rows = new Map<string, Map<MatrixRole, Cell>>()
  for (const c of cells) {
    const key = `| \`${c.slug}\` | ${c.op} |`
    const byRole = rows.get(key) ?? new Map<MatrixRole, Cell>()
    // Two cells for one key (lock update and take over): keep both.
    const prior = byRole.get(c.role)
    byRole.set(c.role, prior ? { ...c, actual: `${prior.actual} / ${c.actual}`, expected: `${prior.expected} / ${c.expected}` } : c)
    rows.set(key, byRole)
  }
  const show = (c?: Cell) => (c ? `${c.actual}${c.actual === c.expected ? '' : ` ❗expected ${c.expected}`}` : '')
  writeArtifact(
    'payload-owned.md',
    [
      "# Payload's own collections and globals",
      '',
      'Town 1: a lock on a service of organisation A (held by its provider), a lock on a guide page (editor 1), a lock on a town-2 page (editor 2);',
      "preferences of editor 1 and provider A; scheduled publishing of a town-1 and a town-2 news item and the weekly reminder job; a migration record.",
      'List cells show which of these a role finds; ❗ marks a cell that differs from the expectation.',
      '',
      `| collection | operation | ${MATRIX_ROLES.join(' | ')} |`,
      `|---|---|${MATRIX_ROLES.map(() => '---').join('|')}|`,
      ...[...rows].map(([key, byRole]) => `${key} ${MATRIX_ROLES.map((r) => show(byRole.get(r))).join(' | ')} |`),
      '',
      `${cells.length} cells, ${wrong.length} not as expected.`,
      '',
    ].join('\n'),
  )
  expect(wrong.map((c) => `${c.slug} ${c.op} ${c.role}: ${c.actual} (expected ${c.expected})`)).toEqual([])
}, 300_000)
