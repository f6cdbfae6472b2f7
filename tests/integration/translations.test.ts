import type { Payload } from 'payload'
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

type State = { id: string; locale: string; state: string }

async function states(id: string, token = tokens.editor1): Promise<Record<string, State>> {
  const res = await api.request<{ docs: State[] }>('GET', `/translation-states?where[document.value][equals]=${id}&limit=50`, { token })
  expect(res.status).toBe(200)
  return Object.fromEntries(res.body.docs.map((d) => [d.locale, d]))
}

/** A published guide page written in German and translated into English and Arabic, as editor1 would. */
async function translatedPage(slug: string) {
  const created = await api.request<{ doc: { id: string } }>('POST', '/pages?locale=de', {
    token: tokens.editor1,
    json: { title: 'Wohnung suchen', summary: 'So finden Sie eine Wohnung.', slug, municipality: world.towns.town1, _status: 'published' },
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  for (const [locale, title] of [['en', 'Finding a flat'], ['ar', 'البحث عن شقة']]) {
    const res = await api.request('PATCH', `/pages/${id}?locale=${locale}`, { token: tokens.editor1, json: { title, summary: `${title}.`, _status: 'published' } })
    expect(res.status).toBe(200)
  }
  return id
}

test('a new document has a state per town language: source, current where translated, missing elsewhere', async () => {
  const id = await translatedPage('wohnung-a')
  const s = await states(id)
  expect(Object.keys(s)).toHaveLength(12)
  expect(s.de?.state).toBe('source')
  expect(s.en?.state).toBe('current')
  expect(s.ar?.state).toBe('current')
  expect(s.uk?.state).toBe('missing')
})

test('editing the source marks the translations outdated; the missing stay missing', async () => {
  const id = await translatedPage('wohnung-b')
  const res = await api.request('PATCH', `/pages/${id}?locale=de`, { token: tokens.editor1, json: { summary: 'So finden Sie eine Wohnung in der Stadt.' } })
  expect(res.status).toBe(200)
  const s = await states(id)
  expect(s.de?.state).toBe('source')
  expect(s.en?.state).toBe('outdated')
  expect(s.ar?.state).toBe('outdated')
  expect(s.uk?.state).toBe('missing')
})

test('a minor edit of the source leaves the translations current', async () => {
  const id = await translatedPage('wohnung-c')
  const res = await api.request('PATCH', `/pages/${id}?locale=de`, { token: tokens.editor1, json: { summary: 'So finden Sie eine Wohnung!', minorEdit: true } })
  expect(res.status).toBe(200)
  const s = await states(id)
  expect(s.en?.state).toBe('current')
  expect(s.ar?.state).toBe('current')
  // …and the next real change still outdates them (the minor edit moved their base along).
  await api.request('PATCH', `/pages/${id}?locale=de`, { token: tokens.editor1, json: { title: 'Eine Wohnung finden' } })
  expect((await states(id)).en?.state).toBe('outdated')
})

test('saving a changed translation makes it current; unchanged saves change nothing', async () => {
  const id = await translatedPage('wohnung-d')
  await api.request('PATCH', `/pages/${id}?locale=de`, { token: tokens.editor1, json: { title: 'Wohnung mieten' } })
  await api.request('PATCH', `/pages/${id}?locale=en`, { token: tokens.editor1, json: { order: 3 } })
  expect((await states(id)).en?.state).toBe('outdated')
  await api.request('PATCH', `/pages/${id}?locale=en`, { token: tokens.editor1, json: { title: 'Renting a flat' } })
  expect((await states(id)).en?.state).toBe('current')
})

test('"still current" confirms one language, for staff of the town only', async () => {
  const id = await translatedPage('wohnung-e')
  await api.request('PATCH', `/pages/${id}?locale=de`, { token: tokens.editor1, json: { title: 'Wohnen' } })
  const ar = (await states(id)).ar as State
  expect(ar.state).toBe('outdated')
  expect((await api.request('POST', `/translation-states/${ar.id}/confirm`, { token: tokens.providerA })).status).toBe(404)
  expect((await api.request('POST', `/translation-states/${ar.id}/confirm`, { token: tokens.editor2 })).status).toBe(404)
  expect((await api.request('POST', `/translation-states/${ar.id}/confirm`)).status).toBe(401)
  const ok = await api.request('POST', `/translation-states/${ar.id}/confirm`, { token: tokens.editor1 })
  expect(ok.status).toBe(200)
  const after = await states(id)
  expect(after.ar?.state).toBe('current')
  expect(after.en?.state).toBe('outdated')
  const source = after.de as State
  expect((await api.request('POST', `/translation-states/${source.id}/confirm`, { token: tokens.editor1 })).status).toBe(400)
})

test('translation states are staff-only and cannot be written through the API', async () => {
  const id = await translatedPage('wohnung-f')
  expect((await api.request<{ docs: unknown[] }>('GET', `/translation-states?where[document.value][equals]=${id}`, { token: tokens.providerA })).status).toBe(403)
  expect((await api.request<{ docs: unknown[] }>('GET', `/translation-states?where[document.value][equals]=${id}`)).status).toBe(403)
  expect((await api.request<{ docs: unknown[] }>('GET', `/translation-states?where[document.value][equals]=${id}`, { token: tokens.editor2 })).body.docs).toHaveLength(0)
  const row = (await states(id)).en as State
  expect((await api.request('PATCH', `/translation-states/${row.id}`, { token: tokens.editor1, json: { state: 'current' } })).status).toBe(403)
  expect((await api.request('DELETE', `/translation-states/${row.id}`, { token: tokens.admin })).status).toBe(403)
})

test('machine translation fills missing languages as unreviewed; editing it makes it current', async () => {
  const id = await translatedPage('wohnung-g')
  const off = await api.request('POST', `/pages/${id}/machine-translate`, { token: tokens.editor1, json: { locales: ['uk'] } })
  expect(off.status).toBe(501)
  process.env.TRANSLATION_PROVIDER = 'dev'
  try {
    expect((await api.request('POST', `/pages/${id}/machine-translate`, { token: tokens.providerA, json: { locales: ['uk'] } })).status).toBe(403)
    expect((await api.request('POST', `/pages/${id}/machine-translate`, { token: tokens.editor1, json: { locales: ['xx'] } })).status).toBe(400)
    const res = await api.request<{ results: Record<string, string> }>('POST', `/pages/${id}/machine-translate`, { token: tokens.editor1, json: { locales: ['uk', 'de-x-ls'] } })
    expect(res.status).toBe(207)
    expect(res.body.results.uk).toBe('translated')
    expect(res.body.results['de-x-ls']).toMatch(/cannot/)
  } finally {
    delete process.env.TRANSLATION_PROVIDER
  }
  const page = await payload.findByID({ collection: 'pages', id, locale: 'uk', fallbackLocale: false, overrideAccess: true })
  expect(page.title).toBe('[uk] Wohnung suchen')
  expect((await states(id)).uk?.state).toBe('machine')
  await api.request('PATCH', `/pages/${id}?locale=uk`, { token: tokens.editor1, json: { title: 'Пошук житла' } })
  expect((await states(id)).uk?.state).toBe('current')
})

test('deleting a document deletes its translation states', async () => {
  const id = await translatedPage('wohnung-h')
  expect((await api.request('DELETE', `/pages/${id}`, { token: tokens.editor1 })).status).toBe(200)
  const { totalDocs } = await payload.count({ collection: 'translation-states', where: { 'document.value': { equals: id } } })
  expect(totalDocs).toBe(0)
})

test('a person’s translation is not replaced by a machine unless asked; drafts do not change the states', async () => {
  const id = await translatedPage('wohnung-i')
  process.env.TRANSLATION_PROVIDER = 'dev'
  try {
    const refused = await api.request<{ errors: { message: string }[] }>('POST', `/pages/${id}/machine-translate`, { token: tokens.editor1, json: { locales: ['en'] } })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0]?.message).toMatch(/overwrite/)
  } finally {
    delete process.env.TRANSLATION_PROVIDER
  }
  // A draft of the source is not what readers see: the translations stay current until it is published.
  await api.request('PATCH', `/pages/${id}?locale=de&draft=true`, { token: tokens.editor1, json: { title: 'Neuer Entwurf', _status: 'draft' } })
  expect((await states(id)).en?.state).toBe('current')
  await api.request('PATCH', `/pages/${id}?locale=de`, { token: tokens.editor1, json: { title: 'Neuer Entwurf', _status: 'published' } })
  expect((await states(id)).en?.state).toBe('outdated')
})
