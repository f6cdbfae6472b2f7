import { idOf } from '@cms/access/ids'
import type { Payload } from 'payload'
import { timingOf, type StoredTiming } from '@shared/eventTiming'
import { expandOccurrences } from '@shared/recurrence'
import { setupWorld, type Role } from './helpers/setup'
import type { World } from './helpers/world'

let payload: Payload
let cleanup: () => Promise<void>
let world: World
let api: Awaited<ReturnType<typeof setupWorld>>['api']
let tokens: Record<Role, string>

beforeAll(async () => {
  ;({ payload, cleanup, world, api, tokens } = await setupWorld())
})
afterAll(async () => cleanup?.())

const breakfast = (organization: string) => ({
  title: 'Frauenfrühstück',
  organization,
  category: 'women',
  // 2nd Tuesday of the month, 09:30–11:30 Berlin time, from October 2026 (summer time) on.
  start: '2026-10-13T07:30:00.000Z',
  end: '2026-10-13T09:30:00.000Z',
  recurrence: { frequency: 'monthly', monthlyMode: 'nthWeekday', nth: '2', nthWeekday: 'tue', ends: 'count', count: 6, exceptions: [{ date: '2026-12-08T12:00:00.000Z' }] },
})

test('providers announce events for their own organisation only, as drafts the editors review', async () => {
  const own = await api.request<{ doc: { id: string; _status: string; pendingReview: boolean } }>('POST', '/events?draft=true', {
    token: tokens.providerA,
    json: { ...breakfast(world.orgs.A), _status: 'draft' },
  })
  expect(own.status).toBe(201)
  expect(own.body.doc.pendingReview).toBe(true)
  // "Publish" in a reviewing town is a submission: still a draft, still waiting.
  const publish = await api.request<{ doc: { _status: string; pendingReview: boolean } }>('PATCH', `/events/${own.body.doc.id}`, { token: tokens.providerA, json: { _status: 'published' } })
  expect(publish.status).toBe(200)
  expect(publish.body.doc).toMatchObject({ _status: 'draft', pendingReview: true })
  const foreign = await api.request('POST', '/events?draft=true', { token: tokens.providerA, json: { ...breakfast(world.orgs.C), _status: 'draft' } })
  expect(foreign.status).toBe(400)
  expect((await api.request('PATCH', `/events/${own.body.doc.id}`, { token: tokens.providerC, json: { title: 'x' } })).status).toBe(403)
  // A provider with one organisation need not choose it: a new event is that organisation's.
  const { organization: _org, ...withoutOrganiser } = breakfast(world.orgs.A)
  const implicit = await api.request<{ doc: { organization: { id: string } | string } }>('POST', '/events?draft=true', { token: tokens.providerA, json: { ...withoutOrganiser, title: 'Elterncafé', _status: 'draft' } })
  expect(implicit.status).toBe(201)
  expect(idOf(implicit.body.doc.organization)).toBe(world.orgs.A)
  // Nor can a provider hand its event to the town (no organiser) and so out of review.
  expect((await api.request('PATCH', `/events/${own.body.doc.id}?draft=true`, { token: tokens.providerA, json: { organization: null } })).status).toBe(400)
  // Anonymous readers do not see the draft; the editor publishes it.
  expect((await api.request<{ docs: unknown[] }>('GET', `/events?where[id][equals]=${own.body.doc.id}`)).body.docs).toHaveLength(0)
  expect((await api.request('PATCH', `/events/${own.body.doc.id}`, { token: tokens.editor2, json: { _status: 'published' } })).status).toBe(403)
  expect((await api.request('PATCH', `/events/${own.body.doc.id}`, { token: tokens.editor1, json: { _status: 'published' } })).status).toBe(200)
  expect((await api.request<{ docs: unknown[] }>('GET', `/events?where[id][equals]=${own.body.doc.id}`)).body.docs).toHaveLength(1)
})

test('the town announces events without an organiser; a series with a count gets its last date stored', async () => {
  const res = await api.request<{ doc: StoredTiming & { id: string; lastEnd: string | null } }>('POST', '/events', {
    token: tokens.editor1,
    json: { ...breakfast(''), title: 'Netzwerktreffen', organization: null, municipality: world.towns.town1, _status: 'published' },
  })
  expect(res.status).toBe(201)
  const doc = res.body.doc
  const timing = timingOf(doc)
  expect(timing).not.toBeNull()
  const dates = expandOccurrences(timing!, 'Europe/Berlin', new Date('2026-10-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z'))
  // Six dates counted by the rule, one of them (8 December) skipped; 09:30 local in summer and winter.
  expect(dates.map((d) => d.date)).toEqual(['2026-10-13', '2026-11-10', '2027-01-12', '2027-02-09', '2027-03-09'])
  expect(dates.map((d) => d.start.toISOString().slice(11, 16))).toEqual(['07:30', '08:30', '08:30', '08:30', '08:30'])
  expect(doc.lastEnd).not.toBeNull()
  expect(new Date(doc.lastEnd!).getTime()).toBeGreaterThan(dates.at(-1)!.end.getTime())
  const open = await api.request<{ doc: { lastEnd: string | null } }>('PATCH', `/events/${doc.id}`, {
    token: tokens.editor1,
    json: { recurrence: { ...breakfast('').recurrence, ends: 'never' } },
  })
  expect(open.body.doc.lastEnd).toBeNull()
})

test('impossible timing is refused with a reason and nothing is saved', async () => {
  const before = (await payload.count({ collection: 'events', overrideAccess: true })).totalDocs
  const backwards = await api.request<{ errors: { message: string; data?: { errors?: { message: string }[] } }[] }>('POST', '/events', {
    token: tokens.editor1,
    json: { ...breakfast(world.orgs.A), end: '2026-10-13T06:00:00.000Z' },
  })
  expect(backwards.status).toBe(400)
  expect(JSON.stringify(backwards.body)).toMatch(/end/i)
  const untilBeforeStart = await api.request('POST', '/events', {
    token: tokens.editor1,
    json: { ...breakfast(world.orgs.A), recurrence: { frequency: 'weekly', ends: 'until', until: '2026-01-01T12:00:00.000Z' } },
  })
  expect(untilBeforeStart.status).toBe(400)
  expect(JSON.stringify(untilBeforeStart.body)).toMatch(/until/i)
  const badCategory = await api.request('POST', '/events', { token: tokens.editor1, json: { ...breakfast(world.orgs.A), category: '<script>' } })
  expect(badCategory.status).toBe(400)
  expect((await payload.count({ collection: 'events', overrideAccess: true })).totalDocs).toBe(before)
})
