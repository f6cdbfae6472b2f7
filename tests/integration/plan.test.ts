import type { Payload } from 'payload'
import { computeIndicator } from '@cms/plan/computedIndicators'
import { buildSnapshot } from '@cms/plan/snapshot'
import { countView, flushViews } from '@cms/usage/countView'
import { diffEditions, type PlanSnapshot } from '@shared/planEditions'
import { setupWorld, type Role } from './helpers/setup'
import type { World } from './helpers/world'

let payload: Payload
let cleanup: () => Promise<void>
let world: World
let api: Awaited<ReturnType<typeof setupWorld>>['api']
let tokens: Record<Role, string>
let field: string

beforeAll(async () => {
  ;({ payload, cleanup, world, api, tokens } = await setupWorld())
  const res = await api.request<{ doc: { id: string } }>('POST', '/action-fields', { token: tokens.editor1, json: { title: 'Gesundheit', municipality: world.towns.town1 } })
  expect(res.status).toBe(201)
  field = res.body.doc.id
})
afterAll(async () => cleanup?.())

type Measure = { id: string; status: string; progress: number; statusHistory: { status: string; date: string }[] }

const createMeasure = async (json: Record<string, unknown>, token = tokens.editor1) =>
  api.request<{ doc: Measure }>('POST', '/measures', { token, json: { actionField: field, municipality: world.towns.town1, ...json } })

test('a parent measure’s progress is the weighted mean of its sub-measures', async () => {
  const parent = (await createMeasure({ title: 'Gesundheitsinformation', status: 'ongoing', progress: 5 })).body.doc
  await createMeasure({ title: 'Klinikum', status: 'completed', parent: parent.id, weight: 3 })
  await createMeasure({ title: 'Pflegeheime', status: 'ongoing', progress: 20, parent: parent.id, weight: 1 })
  await createMeasure({ title: 'Verworfen', status: 'dropped', progress: 0, parent: parent.id, weight: 5 })
  const snapshot = await buildSnapshot(payload, world.towns.town1)
  expect(snapshot.measures.find((m) => m.id === parent.id)?.progress).toBe(80)
})

test('status changes are recorded with their date; completed means 100 %', async () => {
  const m = (await createMeasure({ title: 'Sprachcafé', status: 'planned' })).body.doc
  expect(m.statusHistory.map((h) => h.status)).toEqual(['planned'])
  const started = await api.request<{ doc: Measure }>('PATCH', `/measures/${m.id}`, { token: tokens.editor1, json: { status: 'started' } })
  expect(started.body.doc.statusHistory.map((h) => h.status)).toEqual(['planned', 'started'])
  expect(Date.now() - Date.parse(started.body.doc.statusHistory[1]!.date)).toBeLessThan(60_000)
  const done = await api.request<{ doc: Measure }>('PATCH', `/measures/${m.id}`, { token: tokens.editor1, json: { status: 'completed', progress: 40 } })
  expect(done.body.doc.progress).toBe(100)
  expect(done.body.doc.statusHistory.map((h) => h.status)).toEqual(['planned', 'started', 'completed'])
  const ongoing = (await createMeasure({ title: 'Laufend', status: 'ongoing', progress: 10 })).body.doc
  expect((await api.request('PATCH', `/measures/${ongoing.id}`, { token: tokens.editor1, json: { progress: 140 } })).status).toBe(400)
  const bad = await createMeasure({ title: 'Zu viel', progress: 140 })
  expect([bad.status, JSON.stringify(bad.body)]).toEqual([400, expect.stringMatching(/progress/i)])
})

test('providers read the plan; only the responsible organisation’s providers add reports, and nothing else', async () => {
  const m = (await createMeasure({ title: 'Frauenfrühstück', status: 'ongoing', responsibleOrganization: world.orgs.A })).body.doc
  expect((await api.request('GET', `/measures/${m.id}`)).status).toBe(200)
  expect((await createMeasure({ title: 'x' }, tokens.providerA)).status).toBe(403)
  const report = { reports: [{ date: '2026-11-01T12:00:00.000Z', text: null }] }
  const other = await api.request('PATCH', `/measures/${m.id}`, { token: tokens.providerC, json: report })
  expect(other.status).toBe(403)
  const own = await api.request<{ doc: Measure & { reports: unknown[] } }>('PATCH', `/measures/${m.id}`, { token: tokens.providerA, json: { ...report, status: 'completed', title: 'Umbenannt' } })
  expect(own.status).toBe(200)
  expect(own.body.doc.reports).toHaveLength(1)
  // Field rules keep the rest of the measure as the editors wrote it.
  expect(own.body.doc.status).toBe('ongoing')
  expect((own.body.doc as unknown as { title: string }).title).toBe('Frauenfrühstück')
  expect((await api.request('PATCH', `/measures/${m.id}`, { token: tokens.editor2, json: { status: 'paused' } })).status).toBe(403)
  expect((await api.request('DELETE', `/measures/${m.id}`, { token: tokens.providerA })).status).toBe(403)
  expect((await api.request('POST', '/indicators', { token: tokens.providerA, json: { name: 'x', municipality: world.towns.town1 } })).status).toBe(403)
})

test('working groups are public, their members’ contact data is not', async () => {
  const res = await api.request<{ doc: { id: string } }>('POST', '/working-groups', {
    token: tokens.editor1,
    json: { name: 'AG Gesundheit', municipality: world.towns.town1, members: [{ organization: world.orgs.A, contactName: 'Erika Muster', contactEmail: 'erika@example.org' }] },
  })
  expect(res.status).toBe(201)
  for (const token of [undefined, tokens.providerA]) {
    const read = await api.request<{ members: Record<string, unknown>[] }>('GET', `/working-groups/${res.body.doc.id}?depth=0`, { token })
    expect(read.status).toBe(200)
    expect(read.body.members[0]).not.toHaveProperty('contactName')
    expect(read.body.members[0]).not.toHaveProperty('contactEmail')
  }
  const staff = await api.request<{ members: Record<string, unknown>[] }>('GET', `/working-groups/${res.body.doc.id}?depth=0`, { token: tokens.editor1 })
  expect(staff.body.members[0]).toMatchObject({ contactName: 'Erika Muster', contactEmail: 'erika@example.org' })
})

test('an edition freezes the plan; the next one shows what changed', async () => {
  const m = (await createMeasure({ title: 'Netzwerk-Website', status: 'planned' })).body.doc
  const indicator = await api.request<{ doc: { id: string } }>('POST', '/indicators', {
    token: tokens.editor1,
    json: { name: 'Teilnehmende', municipality: world.towns.town1, values: [{ year: 2024, value: 10 }, { year: 2024, value: 4, legalGroup: 'sgb-ii' }] },
  })
  expect(indicator.status).toBe(201)
  const first = await api.request<{ doc: { id: string; snapshot: PlanSnapshot } }>('POST', '/plan-editions', {
    token: tokens.editor1,
    json: { name: 'Konzept 2025', municipality: world.towns.town1, snapshot: { measures: [], indicators: [] } },
  })
  expect(first.status).toBe(201)
  // The snapshot is taken by the system, whatever the request says.
  expect(first.body.doc.snapshot.measures.some((x) => x.id === m.id && x.status === 'planned')).toBe(true)
  expect(first.body.doc.snapshot.indicators.find((i) => i.id === indicator.body.doc.id)?.values).toEqual({ '2024': 10 })
  await api.request('PATCH', `/measures/${m.id}`, { token: tokens.editor1, json: { status: 'started', progress: 30 } })
  await api.request('PATCH', `/indicators/${indicator.body.doc.id}`, { token: tokens.editor1, json: { values: [{ year: 2024, value: 10 }, { year: 2025, value: 14 }] } })
  const added = (await createMeasure({ title: 'Engagementfonds', status: 'planned' })).body.doc
  const second = await api.request<{ doc: { id: string; snapshot: PlanSnapshot } }>('POST', '/plan-editions', { token: tokens.editor1, json: { name: 'Fortschreibung 2026', municipality: world.towns.town1 } })
  const diff = diffEditions(first.body.doc.snapshot, second.body.doc.snapshot)
  expect(diff.added.map((x) => x.id)).toEqual([added.id])
  expect(diff.statusChanged.find((c) => c.measure.id === m.id)).toMatchObject({ from: 'planned', to: 'started' })
  expect(diff.indicatorValues.map((c) => [c.year, c.from, c.to])).toEqual([['2025', null, 14]])
  const edit = await api.request<{ doc: { snapshot: PlanSnapshot } }>('PATCH', `/plan-editions/${first.body.doc.id}`, { token: tokens.editor1, json: { snapshot: { measures: [], indicators: [] } } })
  expect(edit.body.doc.snapshot.measures.length).toBe(first.body.doc.snapshot.measures.length)
  expect((await api.request('DELETE', `/plan-editions/${first.body.doc.id}`, { token: tokens.editor1 })).status).toBe(403)
  expect((await api.request('POST', '/plan-editions', { token: tokens.providerA, json: { name: 'x', municipality: world.towns.town1 } })).status).toBe(403)
})

test('computed indicators follow the directory: counselling per language, verified share, usage per language', async () => {
  const service = async (title: string, kind: string, languages: string[]) =>
    api.request('POST', '/services', { token: tokens.editor1, json: { title, kind, languages, organization: world.orgs.A, _status: 'published' } })
  expect((await service('Migrationsberatung', 'counselling', ['de', 'ar'])).status).toBe(201)
  expect((await service('Sprachkurs', 'language-course', ['de', 'uk'])).status).toBe(201)
  const perLanguage = Object.fromEntries((await computeIndicator(payload, 'counselling-per-language', world.towns.town1)).map((r) => [r.key, r.value]))
  expect(perLanguage).toMatchObject({ de: 1, ar: 1, uk: 0 })
  expect(await computeIndicator(payload, 'services-total', world.towns.town1)).toEqual([{ key: 'total', value: 2 }])
  expect(await computeIndicator(payload, 'verified-share', world.towns.town1)).toEqual([{ key: 'share', value: 100 }])
  const day = new Date().toISOString().slice(0, 10)
  for (const locale of ['ar', 'ar', 'uk']) countView(payload, { townID: world.towns.town1, kind: 'service', path: '/town-one/services/x', locale, day })
  await flushViews(payload)
  countView(payload, { townID: world.towns.town1, kind: 'service', path: '/town-one/services/x', locale: 'ar', day })
  await flushViews(payload)
  expect(await computeIndicator(payload, 'portal-views-per-locale', world.towns.town1)).toEqual([
    { key: 'ar', value: 3 },
    { key: 'uk', value: 1 },
  ])
  // Usage counts are for staff of the town only, and nobody writes them through the API.
  expect((await api.request('GET', '/page-views')).status).toBe(403)
  expect((await api.request('GET', '/page-views', { token: tokens.providerA })).status).toBe(403)
  expect((await api.request<{ docs: unknown[] }>('GET', '/page-views', { token: tokens.editor2 })).body.docs).toHaveLength(0)
  expect((await api.request<{ docs: unknown[] }>('GET', '/page-views', { token: tokens.editor1 })).body.docs).toHaveLength(2)
  expect((await api.request('POST', '/page-views', { token: tokens.admin, json: { key: 'x', day, kind: 'home', path: '/', locale: 'de', count: 5 } })).status).toBe(403)
})
