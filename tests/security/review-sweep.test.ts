import { type CollectionSpec, SPECS } from './helpers/collections'
import { setupSecurityWorld, type SecurityWorld, unique, uploadFile, uploadForm } from './helpers/securityWorld'
import { dataIn, type TownCast, townOneCast, townTwoCast } from './helpers/townCast'
import { writeArtifact } from '../helpers/artifact'

/*
 * Class 6 of issue #12: where a town reviews provider changes, no write path may put a
 * provider's change in front of the public before an editor approves it; where it does not,
 * the change goes live. The collections a provider can write are found by trying (create and
 * update as organisation A's provider), so a new collection is swept without anyone listing it.
 * For each: every write path × a reviewing town (town 1, provider A) and a town where providers
 * publish themselves (town 2, provider C); "public" is an anonymous REST read and the portal's
 * Local API read (`overrideAccess: false`, no user), for uploads also the file itself.
 */

const PATHS = ['create', 'update _status=published', 'update ?draft=false', 'bulk PATCH where', 'GraphQL update', 'verify', 'restore version', 'duplicate'] as const
type WritePath = (typeof PATHS)[number]
type Mode = 'review' | 'direct'

interface Outcome {
  /** What happened: 'n/a' when the path does not exist here, 'refused' when the provider was turned away. */
  result: 'hidden' | 'visible' | 'refused' | 'n/a' | 'error'
  status?: number
  /** In a reviewing town: whether the change showed once an editor approved it. */
  approved?: boolean
  note?: string
}

interface Row {
  collection: string
  path: WritePath
  review: Outcome
  direct: Outcome
}

let ctx: SecurityWorld
const providerEditable: string[] = []
const rows: Row[] = []

/** Each town's cast and its provider. */
interface ProviderCast extends TownCast {
  provider: 'providerA' | 'providerC'
}
const casts = {} as Record<Mode, ProviderCast>

beforeAll(async () => {
  ctx = await setupSecurityWorld()
  const { towns } = ctx.world
  await ctx.payload.update({ collection: 'municipalities', id: towns.town1, overrideAccess: true, data: { directory: { providerPublishing: 'review' } } })
  await ctx.payload.update({ collection: 'municipalities', id: towns.town2, overrideAccess: true, data: { directory: { providerPublishing: 'direct' } } })
  casts.review = { ...townOneCast(ctx), provider: 'providerA' }
  casts.direct = { ...(await townTwoCast(ctx)), provider: 'providerC' }
}, 180000)

afterAll(async () => {
  if (rows.length) {
    const file = writeArtifact('review-sweep.md', sweepMarkdown())
    console.log(`${sweepMarkdown()}\n(written to ${file})`)
  }
  await ctx?.cleanup()
})

const specOf = (slug: string) => SPECS.find((s) => s.slug === slug)

/** A rich-text value holding one paragraph. */
const richText = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }] }],
  },
})

/**
 * A change a provider may make that carries `marker`: the spec's patch with its text set to the
 * marker (for measures, a progress report whose text is the marker).
 */
function marked(spec: CollectionSpec, marker: string): Record<string, unknown> {
  const [key, value] = Object.entries(spec.patch)[0] ?? []
  if (typeof key === 'string' && typeof value === 'string') return { [key]: marker }
  if (typeof key === 'string' && Array.isArray(value)) return { [key]: value.map((row: Record<string, unknown>) => ({ ...row, text: richText(marker) })) }
  throw new Error(`${spec.slug}: no way to mark a change (give its spec a text patch)`)
}

/** A document of the cast's town, owned by its organisation, published. */
async function seedIn(spec: CollectionSpec, cast: ProviderCast): Promise<string> {
  // A provider cannot create organisations: the one it may change is its own.
  if (spec.slug === 'organizations') return cast.org
  return ctx.seed(spec, { org: cast.org, extra: dataIn(ctx, spec, cast, unique(spec.slug)) })
}

/**
 * Whether the public sees the change: `marker` in the document through anonymous REST or the
 * portal's Local API read, or for a new document (create, duplicate) the document at all, an
 * upload's file included.
 */
async function publicSees(slug: string, id: string, marker: string, isNew: boolean): Promise<boolean> {
  const shows = (status: number, body: unknown) => status === 200 && (isNew || JSON.stringify(body).includes(marker))
  const rest = await ctx.api.request('GET', `/${slug}/${id}?depth=1`)
  const { docs } = await ctx.payload.find({ collection: slug as 'pages', where: { id: { equals: id } }, overrideAccess: false, depth: 1 })
  let file = false
  if (ctx.payload.collections[slug as 'media']?.config.upload) {
    const stored = (await ctx.payload.findByID({ collection: slug as 'media', id, overrideAccess: true, depth: 0 })) as { filename?: string }
    const res = await ctx.api.request('GET', `/${slug}/file/${stored.filename}`)
    // The file carries no marker: it counts for new documents, and for changed ones with their document.
    file = res.status === 200 && (isNew || JSON.stringify(stored).includes(marker))
  }
  return shows(rest.status, rest.body) || (docs.length > 0 && shows(200, docs)) || file
}

/** An editor of the town approves: publishes the latest draft, or (no drafts) saves the document. */
async function approve(slug: string, id: string, drafts: boolean): Promise<number> {
  const token = ctx.tokens.editor1
  const res = drafts
    ? await ctx.api.request('PATCH', `/${slug}/${id}?draft=false`, { token, json: { _status: 'published' } })
    : await ctx.api.request('PATCH', `/${slug}/${id}`, { token, json: {} })
  return res.status
}

const ok = (status: number) => status >= 200 && status < 300
const docID = (body: unknown): string | undefined => {
  const b = body as { doc?: { id?: unknown }; docs?: { id?: unknown }[]; id?: unknown }
  const id = b?.doc?.id ?? b?.docs?.[0]?.id ?? b?.id
  return id === undefined ? undefined : String(id)
}

/** Without nulls (GraphQL input types refuse `null` for required sub-fields) and row ids. */
function cleaned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleaned)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k, v]) => v !== null && k !== 'id').map(([k, v]) => [k, cleaned(v)]))
  return value
}

/**
 * A GraphQL update through Payload's real handler, with the data as variables. GraphQL's input
 * types require a document's required groups in full, so their current values go along.
 */
async function graphqlUpdate(slug: string, id: string, change: Record<string, unknown>, token: string) {
  const { formatNames } = await import('payload')
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const singular = formatNames(slug).singular
  const stored = (await ctx.payload.findByID({ collection: slug as 'pages', id, depth: 0, draft: true, overrideAccess: true })) as unknown as Record<string, unknown>
  const groups = ctx.payload.collections[slug as 'pages'].config.fields.filter((f) => f.type === 'group' && 'name' in f).map((f) => ('name' in f ? f.name : ''))
  const data = { ...Object.fromEntries(groups.filter((g) => stored[g]).map((g) => [g, cleaned(stored[g])])), ...change }
  const query = `mutation($data: mutation${singular}UpdateInput!) { update${singular}(id: ${JSON.stringify(id)}, data: $data) { id } }`
  const handler = GRAPHQL_POST(ctx.payload.config) as unknown as (req: Request) => Promise<Response>
  const res = await handler(
    new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body: JSON.stringify({ query, variables: { data } }) }),
  )
  const body = (await res.json()) as { errors?: { message: string }[] }
  return { status: res.status === 200 && body.errors?.length ? 400 : res.status, errors: body.errors }
}

/** Runs one write path as the cast's provider; returns the HTTP status and the document the marker went to. */
async function write(spec: CollectionSpec, cast: ProviderCast, writePath: WritePath, marker: string): Promise<{ status: number; id?: string } | 'n/a'> {
  const token = ctx.tokens[cast.provider]
  const drafts = Boolean(spec.drafts)
  const publish = drafts ? { _status: 'published' } : {}
  const change = { ...marked(spec, marker), ...publish }
  const collection = ctx.payload.collections[spec.slug as 'pages'].config
  switch (writePath) {
    case 'create': {
      const n = unique(spec.slug)
      const data = { ...dataIn(ctx, spec, cast, n), ...change }
      const res = spec.upload
        ? await ctx.api.request('POST', `/${spec.slug}`, { token, body: ((f) => uploadForm(f.data, f.name, f.mimetype, data))(uploadFile(spec, ctx.png, n)) })
        : await ctx.api.request('POST', `/${spec.slug}?draft=false`, { token, json: data })
      return { status: res.status, id: docID(res.body) }
    }
    case 'update _status=published': {
      const id = await seedIn(spec, cast)
      return { status: (await ctx.api.request('PATCH', `/${spec.slug}/${id}`, { token, json: change })).status, id }
    }
    case 'update ?draft=false': {
      const id = await seedIn(spec, cast)
      return { status: (await ctx.api.request('PATCH', `/${spec.slug}/${id}?draft=false`, { token, json: marked(spec, marker) })).status, id }
    }
    case 'bulk PATCH where': {
      const id = await seedIn(spec, cast)
      const res = await ctx.api.request<{ docs?: unknown[]; errors?: unknown[] }>('PATCH', `/${spec.slug}?where[id][equals]=${id}`, { token, json: change })
      // A bulk update answers 200 with the failures listed: count it refused when nothing was updated.
      return { status: res.status === 200 && !res.body.docs?.length ? 400 : res.status, id }
    }
    case 'GraphQL update': {
      const id = await seedIn(spec, cast)
      const res = await graphqlUpdate(spec.slug, id, change, token)
      return { status: res.status, id }
    }
    case 'verify': {
      if (!collection.endpoints || !collection.endpoints.some((e) => e.path === '/:id/verify')) return 'n/a'
      const id = await seedIn(spec, cast)
      // The change is saved as a draft first (all a reviewing town allows), then confirmed as still correct.
      await ctx.api.request('PATCH', `/${spec.slug}/${id}?draft=true`, { token, json: { ...marked(spec, marker), ...(drafts ? { _status: 'draft' } : {}) } })
      return { status: (await ctx.api.request('POST', `/${spec.slug}/${id}/verify`, { token })).status, id }
    }
    case 'restore version': {
      if (!collection.versions) return 'n/a'
      const id = await seedIn(spec, cast)
      // The marked change the furthest the provider gets (published, else a draft), then another change on top.
      const first = await ctx.api.request('PATCH', `/${spec.slug}/${id}`, { token, json: change })
      if (!ok(first.status)) await ctx.api.request('PATCH', `/${spec.slug}/${id}?draft=true`, { token, json: { ...marked(spec, marker), _status: 'draft' } })
      // Read as an admin: what other readers see of a version may leave pending parts out.
      const versions = await ctx.api.request<{ docs: { id: string; version: unknown }[] }>('GET', `/${spec.slug}/versions?where[parent][equals]=${id}&sort=-updatedAt&depth=0&limit=20`, { token: ctx.tokens.admin })
      const version = versions.body.docs.find((v) => JSON.stringify(v.version).includes(marker))
      if (!version) return { status: 0, id }
      await ctx.api.request('PATCH', `/${spec.slug}/${id}${drafts ? '?draft=true' : ''}`, { token, json: { ...marked(spec, `other ${marker.slice(0, 4)}`), ...(drafts ? { _status: 'draft' } : {}) } })
      return { status: (await ctx.api.request('POST', `/${spec.slug}/versions/${version.id}`, { token })).status, id }
    }
    case 'duplicate': {
      const id = await seedIn(spec, cast)
      const res = await ctx.api.request('POST', `/${spec.slug}/${id}/duplicate?draft=false`, { token, json: change })
      return { status: res.status, id: docID(res.body) }
    }
  }
}

/** One cell: the write, what the public sees, and (in a reviewing town) what it sees after approval. */
async function cell(spec: CollectionSpec, mode: Mode, writePath: WritePath): Promise<Outcome> {
  const marker = `REVIEW-${unique(mode)}`
  const written = await write(spec, casts[mode], writePath, marker)
  if (written === 'n/a') return { result: 'n/a' }
  const { status, id } = written
  if (status >= 500 || status === 0) return { result: 'error', status, note: 'server error or no version to restore' }
  const isNew = writePath === 'create' || writePath === 'duplicate'
  if (!ok(status) && id && !isNew && (await publicSees(spec.slug, id, marker, false))) return { result: 'error', status, note: 'refused but live' }
  if (!ok(status) || !id) return { result: 'refused', status }
  const sees = await publicSees(spec.slug, id, marker, isNew)
  if (mode === 'direct' || sees) return { result: sees ? 'visible' : 'hidden', status }
  const approval = await approve(spec.slug, id, Boolean(spec.drafts))
  return { result: 'hidden', status, approved: ok(approval) && (await publicSees(spec.slug, id, marker, isNew)) }
}

/** What each cell must show: never live before approval in a reviewing town, live where providers publish. */
function expectedOf(row: Row): string[] {
  const wrong: string[] = []
  const { review, direct } = row
  if (review.result === 'visible' || review.result === 'error') wrong.push(`review town: ${review.result} (${review.status}${review.note ? `, ${review.note}` : ''})`)
  if (review.result === 'hidden' && row.path !== 'verify' && review.approved !== true) wrong.push('review town: not live after an editor approved')
  // "Still correct" saves no content: a draft stays a draft in every town.
  const live = row.path === 'verify' ? 'hidden' : 'visible'
  if (direct.result !== 'n/a' && direct.result !== 'refused' && direct.result !== live) wrong.push(`no-review town: ${direct.result} (${direct.status}), expected ${live}`)
  return wrong
}

const show = (o: Outcome) =>
  o.result === 'n/a'
    ? '–'
    : `${{ hidden: '🔒 hidden', visible: '🌐 live', refused: '⛔ refused', error: '💥 error' }[o.result]} ${o.status ?? ''}${o.approved === true ? ' → ✅ live after approval' : o.approved === false ? ' → ❗ not live after approval' : ''}${o.note ? ` (${o.note})` : ''}`

function sweepMarkdown(): string {
  const wrong = rows.filter((r) => expectedOf(r).length)
  return [
    '# Review sweep (issue #12, class 6)',
    '',
    'Every provider-writable collection (found by trying as a provider) × write path, as the provider of',
    'a town that reviews provider changes (town 1) and of a town where providers publish (town 2).',
    'Public = anonymous REST read + the portal’s Local API read (`overrideAccess: false`) + an upload’s file.',
    'In the reviewing town a hidden change must show once an editor approves it (publishes the draft,',
    'or saves a collection without drafts). "Still correct" saves no content, so it publishes nothing anywhere.',
    '',
    `Provider-writable: ${providerEditable.map((s) => `\`${s}\``).join(', ')}`,
    '',
    '| collection | write path | review town | no-review town |',
    '|---|---|---|---|',
    ...rows.map((r) => `| \`${r.collection}\` | ${r.path} | ${show(r.review)} | ${show(r.direct)} |${expectedOf(r).length ? ' ❗' : ''}`),
    '',
    `${rows.length} rows, ${wrong.length} not as expected.`,
    '',
  ].join('\n')
}

describe('review sweep: no provider change goes live unreviewed where the town reviews', () => {
  test('the collections a provider can write, found by trying', async () => {
    const slugs = ctx.payload.config.collections.map((c) => c.slug).filter((slug) => !slug.startsWith('payload-'))
    const token = ctx.tokens.providerA
    for (const slug of slugs) {
      const spec = specOf(slug)
      expect(spec).toBeDefined() // a new collection needs its data in tests/security/helpers/collections.ts
      if (!spec) continue
      const n = unique(slug)
      const data = { ...spec.data(ctx.refs, n, ctx.world.orgs.A), ...(spec.drafts ? { _status: 'draft' } : {}) }
      const created = spec.upload
        ? await ctx.api.request('POST', `/${slug}`, { token, body: ((f) => uploadForm(f.data, f.name, f.mimetype, data))(uploadFile(spec, ctx.png, n)) })
        : await ctx.api.request('POST', `/${slug}${spec.drafts ? '?draft=true' : ''}`, { token, json: data })
      const target = slug === 'organizations' ? ctx.world.orgs.A : await ctx.seed(spec)
      const updated = await ctx.api.request('PATCH', `/${slug}/${target}${spec.drafts ? '?draft=true' : ''}`, { token, json: { ...spec.patch, ...(spec.drafts ? { _status: 'draft' } : {}) } })
      if (ok(created.status) || ok(updated.status)) providerEditable.push(slug)
    }
    // The README's promise: providers keep organisations, services, locations, events, media and measure reports.
    expect(providerEditable).toEqual(expect.arrayContaining(['organizations', 'services', 'locations', 'events', 'media', 'measures']))
  }, 120000)

  test('every provider-writable collection × write path × town', async () => {
    expect(providerEditable.length).toBeGreaterThan(0)
    for (const slug of providerEditable) {
      const spec = specOf(slug) as CollectionSpec
      for (const writePath of PATHS) {
        const review = await cell(spec, 'review', writePath)
        const direct = await cell(spec, 'direct', writePath)
        rows.push({ collection: slug, path: writePath, review, direct })
      }
    }
    const wrong = rows.flatMap((r) => expectedOf(r).map((w) => `${r.collection} / ${r.path}: ${w}`))
    expect(wrong).toEqual([])
  }, 300000)
})
