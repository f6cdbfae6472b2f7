import { PORTAL_TRANSLATIONS } from '@cms/i18n/index'
import { setupMailWorld } from './helpers/mailWorld'

/*
 * The editor's review and the provider's side of it, through Payload's real REST handlers: in a
 * reviewing town (town one) a provider's "Publish" is a submission that leaves the live version
 * alone; the editor of the town approves it or sends it back with a comment, the provider hears
 * of it by e-mail (a real SMTP server), and "Still correct" never publishes nor hides a change.
 */
let ctx: Awaited<ReturnType<typeof setupMailWorld>>['ctx']
let smtp: Awaited<ReturnType<typeof setupMailWorld>>['smtp']
let stop: (() => Promise<void>) | undefined
beforeAll(async () => {
  ;({ ctx, smtp, stop } = await setupMailWorld())
}, 120000)
afterAll(async () => stop?.())

type Doc = { id: string; phone?: string; _status?: string; pendingReview?: boolean; reviewState?: string | null; reviewComment?: string | null; lastVerifiedAt?: string; updatedAt?: string }
type Answer = { message?: string; errors?: { message: string; path?: string }[]; doc?: Doc; state?: string }

let n = 0
/** A published service of organisation A (town one) with a phone number. */
async function liveService(phone = '+49 361 1000') {
  n += 1
  const doc = await ctx.payload.create({
    collection: 'services',
    overrideAccess: true,
    data: { title: `Beratung ${n}`, slug: `beratung-${n}`, organization: ctx.world.orgs.A, municipality: ctx.world.towns.town1, kind: 'counselling', status: 'active', cost: { type: 'free' }, appointment: { required: 'recommended' }, phone, _status: 'published' },
  })
  return String(doc.id)
}

const publicPhone = async (id: string) => (await ctx.api.request<Doc>('GET', `/services/${id}?depth=0`)).body.phone
const pendingOf = async (id: string) => ctx.payload.findByID({ collection: 'services', id, draft: true, depth: 0, overrideAccess: true })
const submit = (id: string, phone: string) => ctx.api.request<Answer>('PATCH', `/services/${id}`, { token: ctx.tokens.providerA, json: { phone, _status: 'published' } })
const act = (id: string, action: 'approve' | 'send-back', token: string | undefined, json?: unknown, headers: Record<string, string> = {}) =>
  ctx.api.request<Answer>('POST', `/review/services/${id}/${action}`, { token, json, headers })

test('a provider’s "Publish" in a reviewing town is a submission: saved, pending, the portal keeps the live version', async () => {
  const id = await liveService()
  const res = await submit(id, '+49 361 2000')
  expect(res.status).toBe(200)
  expect(res.body.errors).toBeUndefined()
  expect(res.body.doc?._status).toBe('draft')
  expect(res.body.doc?.pendingReview).toBe(true)
  expect(await publicPhone(id)).toBe('+49 361 1000')
  // The portal's Local API read (no user, access applied) sees the live version too.
  const portal = await ctx.payload.find({ collection: 'services', where: { id: { equals: id } }, overrideAccess: false, depth: 0 })
  expect(portal.docs[0]?.phone).toBe('+49 361 1000')
  expect((await pendingOf(id)).phone).toBe('+49 361 2000')
})

test('only editors of the document’s town review it: another town’s editor and providers get 403, nobody logged in 401; nothing changes', async () => {
  const id = await liveService()
  await submit(id, '+49 361 2001')
  expect((await act(id, 'approve', ctx.tokens.editor2)).status).toBe(403)
  expect((await act(id, 'send-back', ctx.tokens.editor2, { comment: 'no' })).status).toBe(403)
  expect((await act(id, 'approve', ctx.tokens.providerA)).status).toBe(403)
  expect((await act(id, 'approve', undefined)).status).toBe(401)
  expect((await ctx.api.request<Answer>('POST', `/review/pages/${id}/approve`, { token: ctx.tokens.editor1 })).status).toBe(400)
  expect((await act('00000000-0000-4000-8000-000000000000', 'approve', ctx.tokens.editor1)).status).toBe(404)
  expect(await publicPhone(id)).toBe('+49 361 1000')
  expect((await pendingOf(id)).pendingReview).toBe(true)
})

test('sending back needs a comment (400 in the editor’s language, nothing written); with one the draft stays, the provider is told and sees it', async () => {
  const id = await liveService()
  await submit(id, '+49 361 2002')
  const empty = await act(id, 'send-back', ctx.tokens.editor1, { comment: '   ' }, { 'Accept-Language': 'de' })
  expect(empty.status).toBe(400)
  expect(empty.body.errors?.[0]?.message).toBe('Bitte schreiben Sie, was der Anbieter ändern soll (bis zu 2000 Zeichen).')
  expect((await act(id, 'send-back', ctx.tokens.editor1, { comment: 'x'.repeat(2001) })).status).toBe(400)
  expect((await ctx.api.request<Answer>('POST', `/review/services/${id}/send-back`, { token: ctx.tokens.editor1, body: '{not json', headers: { 'Content-Type': 'application/json' } })).status).toBe(400)
  expect((await pendingOf(id)).pendingReview).toBe(true)

  const back = await act(id, 'send-back', ctx.tokens.editor1, { comment: 'Die Vorwahl fehlt.' })
  expect(back.status).toBe(200)
  const mail = await smtp.waitFor((m) => m.to.includes('provider-a@test.example') && m.text.includes('Die Vorwahl fehlt.'))
  expect(mail.subject).toContain('Beratung')
  expect(mail.text).toContain(`https://portal.test.example/admin/collections/services/${id}`)
  // The provider reads the comment on the document; the draft (with the new number) is kept, the portal unchanged.
  const own = await ctx.api.request<Doc>('GET', `/services/${id}?draft=true&depth=0`, { token: ctx.tokens.providerA })
  expect(own.body).toMatchObject({ phone: '+49 361 2002', reviewState: 'sentBack', reviewComment: 'Die Vorwahl fehlt.', pendingReview: false })
  expect(own.body).not.toHaveProperty('reviewedBy')
  expect(await publicPhone(id)).toBe('+49 361 1000')
  // Nothing waits any more: approving now is refused.
  expect((await act(id, 'approve', ctx.tokens.editor1)).status).toBe(409)

  // The provider fixes it and submits again: pending, the comment gone.
  await submit(id, '+49 361 2003')
  expect(await pendingOf(id)).toMatchObject({ phone: '+49 361 2003', pendingReview: true, reviewState: null, reviewComment: null })
})

test('approving publishes the pending version as the editor and tells the provider', async () => {
  const id = await liveService()
  await submit(id, '+49 361 2004')
  const res = await act(id, 'approve', ctx.tokens.editor1)
  expect(res.status).toBe(200)
  expect(await publicPhone(id)).toBe('+49 361 2004')
  expect(await pendingOf(id)).toMatchObject({ _status: 'published', pendingReview: false, reviewState: 'approved' })
  const mail = await smtp.waitFor((m) => m.to.includes('provider-a@test.example') && m.subject.includes('Beratung') && m.text.includes(`/services/${id}`) && !m.text.includes('Vorwahl'))
  expect(mail.subject).toMatch(/sichtbar/)
})

test('each provider hears of the decision in the language of their account, chosen by themselves; the town’s without one', async () => {
  const me = ctx.world.users.providerA
  const choose = (language: string | null) => ctx.api.request('PATCH', `/users/${me}`, { token: ctx.tokens.providerA, json: { language } })
  expect((await choose('ar')).status).toBe(200)
  try {
    const id = await liveService()
    await submit(id, '+49 361 2005')
    expect((await act(id, 'approve', ctx.tokens.editor1)).status).toBe(200)
    const mail = await smtp.waitFor((m) => m.to.includes('provider-a@test.example') && m.text.includes(`/services/${id}`))
    expect(mail.subject).toBe(PORTAL_TRANSLATIONS.ar['review.mail.approvedSubject'].replace(/\{\{(\w+)\}\}/g, (_, name: string) => ({ town: 'town-one', title: mail.subject.match(/Beratung \d+/)?.[0] ?? '' })[name] ?? ''))
  } finally {
    expect((await choose(null)).status).toBe(200)
  }
  // A language the admin does not speak is refused with a reason, and nothing changes.
  const wrong = await choose('xx')
  expect(wrong.status).toBe(400)
})

test('"Still correct" with a change waiting keeps the change waiting, publishes nothing, and dates the live version', async () => {
  const id = await liveService()
  await ctx.payload.db.updateOne({ collection: 'services', id, data: { lastVerifiedAt: '2025-01-01T00:00:00.000Z' } })
  await submit(id, '+49 361 2005')
  const before = await pendingOf(id)
  const verified = await ctx.api.request<{ lastVerifiedAt?: string }>('POST', `/services/${id}/verify`, { token: ctx.tokens.providerA })
  expect(verified.status).toBe(200)
  expect(await publicPhone(id)).toBe('+49 361 1000')
  const after = await pendingOf(id)
  expect(after).toMatchObject({ phone: '+49 361 2005', pendingReview: true, _status: 'draft' })
  // The live version is dated, but not newer than the draft: the admin still counts the draft as unpublished.
  const live = await ctx.payload.findByID({ collection: 'services', id, depth: 0, overrideAccess: true })
  expect(live.lastVerifiedAt).toBe(verified.body.lastVerifiedAt)
  expect(Date.parse(String(live.updatedAt))).toBeLessThan(Date.parse(String(before.updatedAt)))
  const unpublished = await ctx.payload.countVersions({ collection: 'services', where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'draft' } }, { updatedAt: { greater_than: live.updatedAt } }] } })
  expect(unpublished.totalDocs).toBeGreaterThan(0)
  // Approved later, the entry keeps the newer confirmation.
  await act(id, 'approve', ctx.tokens.editor1)
  const published = await ctx.payload.findByID({ collection: 'services', id, depth: 0, overrideAccess: true })
  expect(published).toMatchObject({ phone: '+49 361 2005', lastVerifiedAt: verified.body.lastVerifiedAt })
})

test('where providers publish themselves (town two) "Publish" goes live at once', async () => {
  await ctx.payload.update({ collection: 'municipalities', id: ctx.world.towns.town2, overrideAccess: true, data: { directory: { providerPublishing: 'direct' } } })
  const doc = await ctx.payload.create({ collection: 'locations', overrideAccess: true, data: { name: 'Treff', organization: ctx.world.orgs.C, municipality: ctx.world.towns.town2, address: { street: 'Weg 1', postalCode: '99817', city: 'Eisenach' }, latitude: 50.97, longitude: 10.32, _status: 'published' } })
  const res = await ctx.api.request<Answer>('PATCH', `/locations/${doc.id}`, { token: ctx.tokens.providerC, json: { name: 'Treff neu', _status: 'published' } })
  expect(res.status).toBe(200)
  expect((await ctx.api.request<{ name?: string }>('GET', `/locations/${doc.id}?depth=0`)).body.name).toBe('Treff neu')
})

test('the review queue lists the change for the town’s editors only; the comparison shows exactly what the provider changed, by language', async () => {
  const id = await liveService('+49 361 3000')
  await ctx.payload.update({ collection: 'services', id, locale: 'en', overrideAccess: true, data: { title: 'Counselling live' } })
  await ctx.api.request('PATCH', `/services/${id}?locale=en`, { token: ctx.tokens.providerA, json: { phone: '+49 361 3001', title: 'Counselling new', _status: 'published' } })
  const { createLocalReq } = await import('payload')
  const { reviewQueue } = await import('@cms/review/queue')
  const { compareVersions } = await import('@cms/review/compare')
  const userOf = async (id: string) => ({ ...(await ctx.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })), collection: 'users' as const })
  const editor1 = await userOf(ctx.world.users.editor1)
  const editor2 = await userOf(ctx.world.users.editor2)
  expect((await reviewQueue(ctx.payload, editor1)).map((i) => i.id)).toContain(id)
  expect((await reviewQueue(ctx.payload, editor2)).map((i) => i.id)).not.toContain(id)

  const req = await createLocalReq({ user: editor1, locale: 'en' }, ctx.payload)
  const comparison = await compareVersions(ctx.payload, 'services', id, req.i18n, editor1)
  const changed = comparison?.rows.filter((r) => r.changed).map((r) => ({ path: r.path, locale: r.locale, live: r.live, pending: r.pending }))
  expect(changed).toEqual([
    { path: 'title', locale: 'en', live: 'Counselling live', pending: 'Counselling new' },
    { path: 'phone', locale: null, live: '+49 361 3000', pending: '+49 361 3001' },
  ])
  // References by name, and the unchanged fields are there to unfold.
  expect(comparison?.rows.find((r) => r.path === 'organization')).toMatchObject({ live: 'org-a', changed: false })
  expect(comparison?.isNew).toBe(false)
})

test('"My listings" says each entry’s state in plain words: sent back with the comment, waiting, to confirm, live', async () => {
  const { myListings } = await import('@cms/review/listings')
  const sentBack = await liveService('+49 361 4000')
  await submit(sentBack, '+49 361 4001')
  await act(sentBack, 'send-back', ctx.tokens.editor1, { comment: 'Bitte prüfen.' })
  const waiting = await liveService('+49 361 4002')
  await submit(waiting, '+49 361 4003')
  const stale = await liveService('+49 361 4004')
  await ctx.payload.db.updateOne({ collection: 'services', id: stale, data: { lastVerifiedAt: '2020-01-01T00:00:00.000Z' } })
  const live = await liveService('+49 361 4005')
  const provider = { ...(await ctx.payload.findByID({ collection: 'users', id: ctx.world.users.providerA, depth: 0, overrideAccess: true })), collection: 'users' as const }
  const listings = await myListings(ctx.payload, provider)
  const stateOf = (id: string) => listings.find((l) => l.id === id)
  expect(stateOf(sentBack)).toMatchObject({ state: 'sentBack', comment: 'Bitte prüfen.' })
  expect(stateOf(waiting)?.state).toBe('pending')
  expect(stateOf(stale)?.state).toBe('stale')
  expect(stateOf(live)?.state).toBe('live')
  // Only the provider's own organisations' entries; what needs them comes first.
  expect(listings.every((l) => l.collection !== 'organizations' || l.id === ctx.world.orgs.A)).toBe(true)
  expect(listings[0]?.state).toBe('sentBack')
})

test('an editor who publishes a waiting change from the form approves it: the flag goes, the provider is told', async () => {
  const id = await liveService('+49 361 5000')
  await submit(id, '+49 361 5001')
  const res = await ctx.api.request<Answer>('PATCH', `/services/${id}`, { token: ctx.tokens.editor1, json: { _status: 'published' } })
  expect(res.status).toBe(200)
  expect(await publicPhone(id)).toBe('+49 361 5001')
  expect(await pendingOf(id)).toMatchObject({ pendingReview: false, reviewState: 'approved' })
  await smtp.waitFor((m) => m.to.includes('provider-a@test.example') && m.text.includes(`/services/${id}`))
  // Publishing again (nothing waiting) tells nobody.
  const before = smtp.mails.length
  await ctx.api.request<Answer>('PATCH', `/services/${id}`, { token: ctx.tokens.editor1, json: { contactPerson: 'Frau Test', _status: 'published' } })
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(smtp.mails.slice(before).filter((m) => m.text.includes(`/services/${id}`))).toEqual([])
})
