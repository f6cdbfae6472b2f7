import { type CollectionSpec, MATRIX_ROLES, type MatrixRole, type Operation, OPERATIONS, PRIVATE_MARK, SPECS } from './helpers/collections'
import { graphqlClient, listQueryName } from './helpers/graphql'
import { type Cell, type Expected, matrixMarkdown, writeMatrix } from './helpers/matrix'
import { countDocs, setupSecurityWorld, type SecurityWorld, type Targets, tokenOf, unique, uploadFile, uploadForm } from './helpers/securityWorld'

/*
 * Who may do what, collection by collection, derived from the access code (cms/access,
 * cms/collections/<Name>/access.ts) and the README's roles:
 * - the multi-tenant plugin confines every logged-in account except admins to its own towns,
 *   public collections included: town 2's editor neither reads nor writes town 1's documents;
 * - anonymous readers see published documents of public collections only;
 * - providers keep their organisations' documents (org A's provider the targets, org B's the drafts).
 */
const PUBLIC: readonly MatrixRole[] = ['anonymous', 'providerA', 'providerB', 'editor1', 'admin']
const STAFF: readonly MatrixRole[] = ['editor1', 'admin']
const ADMIN: readonly MatrixRole[] = ['admin']
const OWNER_A: readonly MatrixRole[] = ['providerA', 'editor1', 'admin']
const OWNER_B: readonly MatrixRole[] = ['providerB', 'editor1', 'admin']
const NOBODY: readonly MatrixRole[] = []

/** Public vocabulary and plan collections: everyone reads, the town's staff keep them. */
const publicStaffKept: Expected = { create: STAFF, read: PUBLIC, update: STAFF, delete: STAFF }
/** Services, locations, events: public when published, kept by their organisation and the town. */
const organizationOwned: Expected = { create: OWNER_A, read: PUBLIC, readDrafts: OWNER_B, update: OWNER_A, delete: OWNER_A, readVersions: OWNER_A }
/** Guides and news: public when published, written by staff only. */
const staffWritten: Expected = { create: STAFF, read: PUBLIC, readDrafts: STAFF, update: STAFF, delete: STAFF, readVersions: STAFF }
/** Written only by the system (hooks), read by the town's staff. */
const systemWritten: Expected = { create: NOBODY, read: STAFF, update: NOBODY, delete: NOBODY }

const EXPECTED: Record<string, Expected> = {
  // A town's page is public (name, contact, imprint); editors keep their own town's; only admins
  // add or remove towns. The plugin shows a logged-in account only its own towns, this one too.
  municipalities: { create: ADMIN, read: PUBLIC, update: STAFF, delete: ADMIN },
  // Editors manage their town's provider accounts; a provider sees only itself (the target is another provider).
  users: { create: STAFF, read: STAFF, update: STAFF, delete: STAFF },
  // Only staff add or remove organisations; a provider edits and reads the drafts of its own.
  organizations: { create: STAFF, read: PUBLIC, readDrafts: OWNER_B, update: OWNER_A, delete: STAFF, readVersions: OWNER_A },
  media: { create: OWNER_A, read: PUBLIC, update: OWNER_A, delete: OWNER_A },
  districts: publicStaffKept,
  topics: publicStaffKept,
  audiences: publicStaffKept,
  locations: organizationOwned,
  services: organizationOwned,
  events: organizationOwned,
  pages: staffWritten,
  news: staffWritten,
  'action-fields': publicStaffKept,
  goals: publicStaffKept,
  // The responsible organisation's providers add progress reports. Versions have Payload's
  // default (any account of the town): a measure has no drafts and every field is public.
  measures: { ...publicStaffKept, update: OWNER_A, readVersions: ['providerA', 'providerB', 'editor1', 'admin'] },
  indicators: publicStaffKept,
  'working-groups': publicStaffKept,
  // An edition freezes the plan: only an admin removes one.
  'plan-editions': { ...publicStaffKept, delete: ADMIN },
  // Spreadsheet imports hold other organisations' data: the town's staff only.
  imports: { create: STAFF, read: STAFF, update: STAFF, delete: STAFF },
  // Barrier reports come in through the form's endpoint only; the town's staff answer them.
  'accessibility-feedback': { create: NOBODY, read: STAFF, update: STAFF, delete: STAFF },
  'page-views': systemWritten,
  // A town's search synonyms: its editors and admins keep them; providers and the public neither read nor write.
  'search-synonyms': { create: STAFF, read: STAFF, update: STAFF, delete: STAFF },
  // Searches without results are written by the server only; the town's staff read them and may remove a row.
  'search-misses': { create: NOBODY, read: STAFF, update: NOBODY, delete: STAFF },
  'translation-states': systemWritten,
  // Append-only: the server writes entries, the retention job deletes them; admins read all, editors their towns'.
  'audit-log': { create: NOBODY, read: STAFF, update: NOBODY, delete: NOBODY },
}

let ctx: SecurityWorld
const cells: Cell[] = []
beforeAll(async () => {
  ctx = await setupSecurityWorld()
}, 180000)
afterAll(async () => {
  if (cells.length) {
    const file = writeMatrix(cells)
    console.log(`${matrixMarkdown(cells)}\n(written to ${file})`)
  }
  await ctx?.cleanup()
})

const classify = (status: number): Cell['actual'] => (status >= 200 && status < 300 ? 'allow' : status >= 400 && status < 500 ? 'deny' : 'error')

const count = (slug: string, id?: string) => countDocs(ctx.payload, slug, id)

const lastChange = async (slug: string, id: string) =>
  String(((await ctx.payload.findByID({ collection: slug as 'pages', id, draft: true, depth: 0, overrideAccess: true })) as { updatedAt?: string }).updatedAt)

/** Runs one cell through REST and checks that a refusal wrote nothing. */
async function runCell(spec: CollectionSpec, targets: Targets, operation: Operation, role: MatrixRole): Promise<Pick<Cell, 'actual' | 'status' | 'note'>> {
  const token = tokenOf(ctx.tokens, role)
  const draft = spec.drafts ? '?draft=true' : ''
  const asDraft = spec.drafts ? { _status: 'draft' } : {}
  switch (operation) {
    case 'create': {
      const before = await count(spec.slug)
      const n = unique(`${spec.slug}-${role}`)
      const data = { ...spec.data(ctx.refs, n, ctx.world.orgs.A), ...asDraft }
      const res = spec.upload
        ? await ctx.api.request('POST', `/${spec.slug}`, { token, body: ((f) => uploadForm(f.data, f.name, f.mimetype, data))(uploadFile(spec, ctx.png, n)) })
        : await ctx.api.request('POST', `/${spec.slug}${draft}`, { token, json: data })
      const actual = classify(res.status)
      if (actual === 'deny' && (await count(spec.slug)) !== before) return { actual: 'error', status: res.status, note: 'refused but written' }
      return { actual, status: res.status }
    }
    case 'read':
    case 'readDrafts': {
      const id = operation === 'read' ? targets.published : (targets.draft as string)
      const res = await ctx.api.request<{ id?: string }>('GET', `/${spec.slug}/${id}?depth=0${operation === 'readDrafts' ? '&draft=true' : ''}`, { token })
      const actual = classify(res.status)
      return { actual: actual === 'allow' && res.body.id !== id ? 'error' : actual, status: res.status }
    }
    case 'update': {
      const before = await lastChange(spec.slug, targets.published)
      const res = await ctx.api.request('PATCH', `/${spec.slug}/${targets.published}${draft}`, { token, json: { ...spec.patch, ...asDraft } })
      const actual = classify(res.status)
      if (actual === 'deny' && (await lastChange(spec.slug, targets.published)) !== before) return { actual: 'error', status: res.status, note: 'refused but changed' }
      return { actual, status: res.status }
    }
    case 'delete': {
      const id = targets.disposable[role]
      const res = await ctx.api.request('DELETE', `/${spec.slug}/${id}`, { token })
      const actual = classify(res.status)
      const left = await count(spec.slug, id)
      if ((actual === 'deny' && left !== 1) || (actual === 'allow' && left !== 0)) return { actual: 'error', status: res.status, note: 'delete status and database disagree' }
      return { actual, status: res.status }
    }
    case 'readVersions': {
      const res = await ctx.api.request<{ totalDocs?: number }>('GET', `/${spec.slug}/versions?depth=0&where[parent][equals]=${targets.published}`, { token })
      const actual = classify(res.status)
      // An empty list is a refusal too: access returned a query that matches nothing.
      return { actual: actual === 'allow' && !res.body.totalDocs ? 'deny' : actual, status: res.status }
    }
  }
}

describe('access matrix: every collection × operation × role through REST', () => {
  test('every collection of the plugin has expectations', () => {
    const plugin = ctx.payload.config.collections.map((c) => c.slug).filter((slug) => !slug.startsWith('payload-'))
    expect(Object.keys(EXPECTED).sort()).toEqual(plugin.sort())
    expect(ctx.specs.map((s) => s.slug).sort()).toEqual(plugin.sort())
  })

  test.each(Object.keys(EXPECTED))('%s', async (slug) => {
    const spec = ctx.specs.find((s) => s.slug === slug) as CollectionSpec
    const expected = EXPECTED[slug] as Expected
    const targets = await ctx.targets(spec)
    const mine: Cell[] = []
    for (const operation of OPERATIONS) {
      const allowed = expected[operation]
      if (!allowed) continue
      for (const role of MATRIX_ROLES) {
        const result = await runCell(spec, targets, operation, role)
        mine.push({ collection: slug, operation, role, expected: allowed.includes(role) ? 'allow' : 'deny', ...result })
      }
    }
    cells.push(...mine)
    const wrong = mine.filter((c) => c.actual !== c.expected).map((c) => `${c.operation} as ${c.role}: ${c.actual} (${c.status}${c.note ? `, ${c.note}` : ''}), expected ${c.expected}`)
    expect(wrong).toEqual([])
  })
})

/*
 * Leak probes: every way of reading (depth, where, draft, locale=all, versions, GraphQL,
 * relationship population) searched for text a role must never see. Hidden drafts carry
 * DRAFT-HIDDEN (only staff of town 1 and, for owned documents, organisation B may see them),
 * newer drafts of organisation A's documents DRAFT-OWN-A; private fields carry PRIVATE-.
 */
const ALWAYS_HIDDEN = ['DRAFT-HIDDEN', PRIVATE_MARK, 'secret of org-a', 'secret of org-b', 'provider-b@test.example', 'editor1@test.example', 'admin@test.example', '"hash"', '"salt"']
const FORBIDDEN: Record<'anonymous' | 'providerA' | 'editor2', string[]> = {
  anonymous: [...ALWAYS_HIDDEN, 'DRAFT-OWN-A', 'provider-a@test.example'],
  providerA: ALWAYS_HIDDEN,
  editor2: [...ALWAYS_HIDDEN, 'DRAFT-OWN-A', 'provider-a@test.example'],
}
const PROBE_ROLES = Object.keys(FORBIDDEN) as (keyof typeof FORBIDDEN)[]
const INTERNAL = ['payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-migrations', 'payload-kv']
const VARIANTS = ['?depth=2&limit=300', '?depth=2&limit=300&draft=true', '?depth=2&limit=300&draft=true&locale=all']

// Case-insensitive: search texts keep folded (lower-case) copies of titles and names.
const leaksIn = (text: string, role: keyof typeof FORBIDDEN) => FORBIDDEN[role].filter((s) => text.toLowerCase().includes(s.toLowerCase()))
const titleField = (spec: CollectionSpec) => (['organizations', 'locations'].includes(spec.slug) ? 'name' : 'title')

describe('leak probes', () => {
  const hidden: Record<string, string> = {}
  let page: string
  beforeAll(async () => {
    for (const spec of ctx.specs.filter((s) => s.drafts)) {
      const label = titleField(spec)
      hidden[spec.slug] = await ctx.seed(spec, { status: 'draft', org: ctx.world.orgs.B, extra: { [label]: `DRAFT-HIDDEN ${spec.slug}` } })
      const withDraft = await ctx.seed(spec)
      const mark = spec.owned && spec.slug !== 'organizations' ? 'DRAFT-OWN-A' : 'DRAFT-HIDDEN'
      await ctx.payload.update({ collection: spec.slug as 'pages', id: withDraft, draft: true, overrideAccess: true, data: { [label]: `${mark} newer ${spec.slug}` } as never })
      hidden[`${spec.slug}:withDraft`] = withDraft
    }
    // A published service of a never-published organisation: the organisation's name is not public yet.
    const services = ctx.specs.find((s) => s.slug === 'services') as CollectionSpec
    await ctx.seed(services, { org: hidden.organizations as string })
    // Only hooks set who confirmed a service; staff identities must not leak through it.
    await ctx.payload.db.updateOne({ collection: 'services', id: hidden['services:withDraft'] as string, data: { lastVerifiedBy: ctx.world.users.admin } })
    // A public page pointing at hidden drafts: population must not reveal them.
    page = String(
      (
        await ctx.payload.create({
          collection: 'pages',
          overrideAccess: true,
          data: {
            title: 'Links',
            municipality: ctx.world.towns.town1,
            _status: 'published',
            relatedServices: [hidden.services, hidden['services:withDraft']],
            relatedOrganizations: [ctx.world.orgs.B, hidden.organizations],
          } as never,
        })
      ).id,
    )
  }, 120000)

  test.each([...SPECS.map((s) => s.slug), ...INTERNAL])('%s: no list variant shows a role what it must not see', async (slug) => {
    const found: string[] = []
    for (const role of PROBE_ROLES) {
      for (const variant of VARIANTS) {
        const res = await ctx.api.request('GET', `/${slug}${variant}`, { token: tokenOf(ctx.tokens, role) })
        // Payload's own migrations collection has no REST endpoints at all: 501, no data.
        expect(res.status).toBeLessThan(ctx.payload.collections[slug as 'pages'].config.endpoints === false ? 502 : 500)
        const leaks = leaksIn(JSON.stringify(res.body), role)
        if (leaks.length) found.push(`${role} ${variant}: ${leaks.join(', ')}`)
      }
    }
    expect(found).toEqual([])
  })

  test('relationship population shows neither hidden drafts nor staff e-mails', async () => {
    for (const role of PROBE_ROLES) {
      for (const query of ['?depth=2', '?depth=2&draft=true', '?depth=3&draft=true&locale=all']) {
        const res = await ctx.api.request('GET', `/pages/${page}${query}`, { token: tokenOf(ctx.tokens, role) })
        if (role !== 'editor2') expect(res.status).toBe(200)
        expect(leaksIn(JSON.stringify(res.body), role)).toEqual([])
        const service = await ctx.api.request('GET', `/services/${hidden['services:withDraft']}${query}`, { token: tokenOf(ctx.tokens, role) })
        expect(leaksIn(JSON.stringify(service.body), role)).toEqual([])
      }
    }
  })

  test.each([
    ['users by e-mail', '/users?where[email][like]=test.example'],
    ['users by password hash', '/users?where[hash][exists]=true'],
    ['organisations by internal notes', '/organizations?where[internalNotes][like]=secret'],
    ['services by who confirmed them', `/services?where[lastVerifiedBy][equals]=${'ADMIN'}`],
    ['working groups by member e-mail', '/working-groups?where[members.contactEmail][like]=private'],
    ['drafts by status', '/services?where[_status][equals]=draft'],
    ['drafts by status, draft mode', '/services?draft=true&where[_status][equals]=draft'],
    ['hidden organisations, draft mode', '/organizations?draft=true&where[_status][equals]=draft'],
    ['pages by draft title', '/pages?draft=true&where[title][like]=DRAFT'],
    ['versions by status', '/services/versions?where[version._status][equals]=draft'],
    ['page views', '/page-views?where[path][exists]=true'],
    ['search synonyms', '/search-synonyms?where[term][exists]=true'],
    ['searches without results', '/search-misses?where[term][exists]=true'],
  ])('anonymous where on %s finds nothing', async (_, query) => {
    const res = await ctx.api.request<{ docs?: unknown[] }>('GET', query.replace('ADMIN', ctx.world.users.admin))
    expect(res.status).toBeLessThan(500)
    // Either refused, or a query that finds nothing: never an oracle that matches hidden values.
    if (res.status === 200) expect(res.body.docs).toEqual([])
  })

  test('a provider’s where on users finds only itself, also by private fields', async () => {
    for (const query of ['/users?where[email][like]=test.example', '/users?where[hash][exists]=true', '/users?where[role][equals]=admin']) {
      const res = await ctx.api.request<{ docs: { id: string }[] }>('GET', `${query}&limit=100`, { token: ctx.tokens.providerA })
      expect(res.status).toBeLessThan(500)
      expect((res.body.docs ?? []).every((d) => d.id === ctx.world.users.providerA)).toBe(true)
    }
  })

  test('GraphQL shows nothing the REST API hides', async () => {
    const gql = await graphqlClient(ctx.payload.config)
    const queries = [
      '{ Users(limit: 100) { docs { id email } } }',
      '{ Organizations(draft: true, limit: 300) { docs { id name internalNotes } } }',
      '{ Services(draft: true, limit: 300) { docs { id title searchText lastVerifiedBy { email } organization { name internalNotes } } } }',
      '{ versionsServices(limit: 300) { docs { version { title } } } }',
      '{ versionsPages(limit: 300) { docs { version { title } } } }',
      '{ Pages(draft: true, limit: 300) { docs { title relatedServices { title } relatedOrganizations { name internalNotes } } } }',
      '{ WorkingGroups(limit: 300) { docs { name members { contactName contactEmail } } } }',
      '{ PageViews { docs { path } } TranslationStates { docs { title } } }',
    ]
    for (const role of PROBE_ROLES) {
      for (const source of queries) {
        const res = await gql(source, tokenOf(ctx.tokens, role))
        expect(res.status).toBeLessThan(500)
        expect({ source, role, leaks: leaksIn(res.text, role) }).toEqual({ source, role, leaks: [] })
      }
    }
  })

  test('GraphQL lists of every collection return only what REST returns to the public', async () => {
    const gql = await graphqlClient(ctx.payload.config)
    for (const spec of ctx.specs) {
      const list = await listQueryName(spec.slug)
      const res = await gql(`{ ${list}(draft: true, limit: 500) { docs { id } } }`)
      const viaGraphQL = ((res.body.data?.[list] as { docs?: { id: string }[] } | null)?.docs ?? []).map((d) => d.id)
      const rest = await ctx.api.request<{ docs?: { id: string }[] }>('GET', `/${spec.slug}?draft=true&limit=500&depth=0`)
      const viaRest = (rest.body.docs ?? []).map((d) => d.id)
      expect({ slug: spec.slug, extra: viaGraphQL.filter((id) => !viaRest.includes(id)) }).toEqual({ slug: spec.slug, extra: [] })
    }
  })
})
