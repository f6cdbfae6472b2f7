import { uploadForm } from './helpers/rest'
import { setupWorld } from './helpers/setup'
import { de } from '@cms/i18n/de'

/**
 * The admin's import: upload a spreadsheet, match columns, check (dry run, a job), read the
 * rows and the report, import — as the town's editor, through the real REST handlers.
 */
let ctx: Awaited<ReturnType<typeof setupWorld>>
beforeAll(async () => {
  ctx = await setupWorld()
}, 120000)
afterAll(async () => ctx?.cleanup())

const CSV = [
  'Träger;Angebot;E-Mail;Straße;PLZ;Ort;Breitengrad;Längengrad',
  'Import-Caritas;Migrationsberatung;info@caritas.example;Markt 1;99817;Eisenach;50,97;10,32',
  'Import-Caritas;Deutschkurs am Abend;kaputt-at-example;Markt 1;99817;Eisenach;50,97;10,32',
  'Import-VHS;Integrationskurs;kurse@vhs.example;Wartburgallee 1;99817;Eisenach;50,98;10,31',
].join('\r\n')

type State = { status: string; processed: number; total: number; summary: { rows: number; create: number; skip: number; unchanged: number; reasons: Record<string, number> }; error?: string }
type Req = typeof ctx.api.request

const request: Req = (...args) => ctx.api.request(...args)
const upload = (token: string, name = 'angebote.csv', municipality = ctx.world.towns.town1) =>
  request<{ doc: { id: string; status: string } }>('POST', '/imports', { token, body: uploadForm(CSV, name, 'text/csv', { municipality }) })
const orgsNamed = async (name: string) => (await ctx.payload.count({ collection: 'organizations', where: { name: { equals: name } }, overrideAccess: true })).totalDocs

async function finished(id: string, token: string): Promise<State> {
  for (let i = 0; i < 150; i++) {
    const res = await request<State>('GET', `/imports/${id}?depth=0`, { token })
    if (!['checking', 'importing'].includes(res.body.status)) return res.body
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('the run did not finish in 30 s')
}

describe('imports in the admin', () => {
  let id: string
  let mapping: Record<string, string>

  test('only staff upload; the import belongs to the editor’s town', async () => {
    expect((await upload(ctx.tokens.providerA)).status).toBe(403)
    expect((await request('POST', '/imports', { body: uploadForm(CSV, 'a.csv', 'text/csv', { municipality: ctx.world.towns.town1 }) })).status).toBe(403)
    expect((await upload(ctx.tokens.editor1, 'fremd.csv', ctx.world.towns.town2)).status).toBeGreaterThanOrEqual(400)
    const res = await upload(ctx.tokens.editor1)
    expect(res.status).toBe(201)
    id = res.body.doc.id
    const stored = await ctx.payload.findByID({ collection: 'imports', id, depth: 0, overrideAccess: true })
    expect(stored.municipality).toBe(ctx.world.towns.town1)
    expect(stored.status).toBe('new')
  })

  test('a file that is no spreadsheet is refused', async () => {
    const res = await request('POST', '/imports', { token: ctx.tokens.editor1, body: uploadForm('<html><script>alert(1)</script></html>', 'liste.html', 'text/html', { municipality: ctx.world.towns.town1 }) })
    expect(res.status).toBe(400)
  })

  test('other towns’ editors, providers and the public see nothing of it', async () => {
    for (const token of [ctx.tokens.editor2, ctx.tokens.providerA, undefined]) {
      expect((await request('GET', `/imports/${id}/columns`, { token })).status).toBeGreaterThanOrEqual(401)
      expect((await request('GET', `/imports/${id}/report`, { token })).status).toBeGreaterThanOrEqual(401)
      expect((await request('POST', `/imports/${id}/start`, { token, json: { mode: 'check', mapping: {} } })).status).toBeGreaterThanOrEqual(401)
    }
    const list = await request<{ docs: unknown[] }>('GET', '/imports', { token: ctx.tokens.editor2 })
    expect(list.body.docs).toHaveLength(0)
  })

  test('the columns are detected from the headers', async () => {
    const res = await request<{ headers: string[]; mapping: Record<string, string>; fields: { name: string; required: boolean }[] }>('GET', `/imports/${id}/columns`, { token: ctx.tokens.editor1 })
    expect(res.status).toBe(200)
    expect(res.body.headers).toContain('Träger')
    expect(res.body.mapping).toMatchObject({ organization: 'Träger', title: 'Angebot', email: 'E-Mail', latitude: 'Breitengrad' })
    expect(res.body.fields.filter((f) => f.required).map((f) => f.name).sort()).toEqual(['organization', 'title'])
    mapping = res.body.mapping
  })

  test('a bad mapping or an import before the check is refused with the reason', async () => {
    const bad = await request<{ errors: { message: string }[] }>('POST', `/imports/${id}/start`, { token: ctx.tokens.editor1, json: { mode: 'check', mapping: { ...mapping, title: 'Gibt es nicht' } } })
    expect(bad.status).toBe(400)
    // In the editor's admin language (German by default), naming the field and the missing column.
    expect(bad.body.errors[0]?.message).toBe(de['server.mapping.noColumn'].replace('{{field}}', de['field.title']).replace('{{header}}', 'Gibt es nicht'))
    const noMode = await request('POST', `/imports/${id}/start`, { token: ctx.tokens.editor1, json: { mapping } })
    expect(noMode.status).toBe(400)
    const early = await request('POST', `/imports/${id}/start`, { token: ctx.tokens.editor1, json: { mode: 'import', mapping } })
    expect(early.status).toBe(409)
  })

  test('the check decides every row and saves nothing', async () => {
    const res = await request('POST', `/imports/${id}/start`, { token: ctx.tokens.editor1, json: { mode: 'check', mapping } })
    expect(res.status).toBe(202)
    const state = await finished(id, ctx.tokens.editor1)
    expect(state.status).toBe('checked')
    expect(state).toMatchObject({ processed: 3, total: 3 })
    expect(state.summary).toMatchObject({ rows: 3, create: 2, skip: 1, reasons: { 'bad-email': 1 } })
    expect(await orgsNamed('Import-Caritas')).toBe(0)

    const skipped = await request<{ docs: { row: number; problems: { code: string }[] }[]; totalDocs: number }>('GET', `/imports/${id}/rows?action=skip`, { token: ctx.tokens.editor1 })
    expect(skipped.body.totalDocs).toBe(1)
    expect(skipped.body.docs[0]).toMatchObject({ row: 3, problems: [{ code: 'bad-email' }] })
    const all = await request<{ totalDocs: number }>('GET', `/imports/${id}/rows`, { token: ctx.tokens.editor1 })
    expect(all.body.totalDocs).toBe(3)
    expect((await request('GET', `/imports/${id}/rows?action=nonsense`, { token: ctx.tokens.editor1 })).status).toBe(400)

    const report = await request<string>('GET', `/imports/${id}/report`, { token: ctx.tokens.editor1 })
    expect(report.status).toBe(200)
    expect(report.body.split('\r\n').filter(Boolean)).toHaveLength(4)
    expect(report.body).toContain('bad-email')
  })

  test('status and results cannot be written through the API', async () => {
    const res = await request('PATCH', `/imports/${id}`, { token: ctx.tokens.editor1, json: { status: 'done', processed: 99, summary: { rows: 1 } } })
    expect(res.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'imports', id, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({ status: 'checked', processed: 3 })
  })

  test('the import must use what was checked, and runs one at a time per town', async () => {
    const { email: _email, ...changed } = mapping
    const other = await request('POST', `/imports/${id}/start`, { token: ctx.tokens.editor1, json: { mode: 'import', mapping: changed } })
    expect(other.status).toBe(409)

    const second = (await upload(ctx.tokens.editor1, 'zweite.csv')).body.doc.id
    await ctx.payload.update({ collection: 'imports', id: second, overrideAccess: true, data: { status: 'importing', heartbeatAt: new Date().toISOString() } })
    const blocked = await request<{ errors: { message: string }[] }>('POST', `/imports/${id}/start`, { token: ctx.tokens.editor1, json: { mode: 'import', mapping } })
    expect(blocked.status).toBe(409)
    expect(blocked.body.errors[0]?.message).toBe(de['server.import.busy'])
    // A run whose server died (no heartbeat for minutes) blocks nobody.
    await ctx.payload.update({ collection: 'imports', id: second, overrideAccess: true, data: { heartbeatAt: new Date(Date.now() - 10 * 60 * 1000).toISOString() } })

    const res = await request('POST', `/imports/${id}/start`, { token: ctx.tokens.editor1, json: { mode: 'import', mapping } })
    expect(res.status).toBe(202)
    const state = await finished(id, ctx.tokens.editor1)
    expect(state.status).toBe('done')
    expect(state.summary).toMatchObject({ rows: 3, create: 2, skip: 1 })
    expect(await orgsNamed('Import-Caritas')).toBe(1)
    const { docs } = await ctx.payload.find({ collection: 'services', where: { title: { equals: 'Integrationskurs' } }, overrideAccess: true, depth: 0 })
    expect(docs[0]).toMatchObject({ municipality: ctx.world.towns.town1, _status: 'published' })
  })

  test('checking the same file again finds nothing to change', async () => {
    const res = await request('POST', `/imports/${id}/start`, { token: ctx.tokens.editor1, json: { mode: 'check', mapping } })
    expect(res.status).toBe(202)
    const state = await finished(id, ctx.tokens.editor1)
    expect(state.summary).toMatchObject({ rows: 3, create: 0, unchanged: 2, skip: 1 })
  })
})
