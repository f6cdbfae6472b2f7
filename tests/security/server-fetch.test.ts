import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { setupWorld } from '../integration/helpers/setup'
import { SWEEP_ROLES, tokenFor, uploadCollections, type SweepWorld, writeArtifact } from './helpers/fileSweep'
import { de } from '@cms/i18n/de'

/*
 * Server-side fetches: no upload collection makes the server fetch an address it is given
 * (Payload's create from `url` + `filename`, the paste-url endpoint), whoever asks. A local
 * server counts every request it gets; each attempt must be a 4xx with a reason, and the
 * server must have been asked nothing.
 */
let ctx: SweepWorld
let server: http.Server
let base = ''
const received: string[] = []
beforeAll(async () => {
  ctx = await setupWorld()
  server = http.createServer((req, res) => {
    received.push(req.url ?? '')
    res.writeHead(200, { 'content-type': 'image/png' }).end('not really a png')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 120000)
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await ctx?.cleanup()
})

test('no upload collection fetches a URL for anyone', async () => {
  const rows: string[] = ['# Server-side fetches', '', '| collection | attempt | role | status | reason |', '|---|---|---|---|---|']
  const wrong: string[] = []
  for (const slug of uploadCollections(ctx.payload)) {
    const attempts = {
      'create with url': { method: 'POST' as const, path: `/${slug}`, json: { url: `${base}/a.png`, filename: 'a.png', alt: 'x', municipality: ctx.world.towns.town1 } },
      'create with relative url': { method: 'POST' as const, path: `/${slug}`, json: { url: '/a.png', filename: 'a.png', alt: 'x' }, headers: { host: base.replace('http://', '') } },
      'paste-url': { method: 'GET' as const, path: `/${slug}/paste-url?src=${encodeURIComponent(`${base}/b.png`)}` },
    }
    for (const [name, a] of Object.entries(attempts)) {
      for (const role of SWEEP_ROLES) {
        const res = await ctx.api.request<{ errors?: { message?: string }[] }>(a.method, a.path, { token: tokenFor(ctx, role), json: 'json' in a ? a.json : undefined, headers: 'headers' in a ? a.headers : {} })
        const reason = res.body?.errors?.[0]?.message ?? ''
        rows.push(`| ${slug} | ${name} | ${role} | ${res.status} | ${reason.replace(/\|/g, '/')} |`)
        // Anonymous and roles without create access are stopped by access (401/403); whoever may create gets the reason.
        const reasoned = res.status === 401 || res.status === 403 || reason === de['server.remoteFile'] || /not enabled/i.test(reason)
        if (res.status < 400 || res.status >= 500 || !reasoned) wrong.push(`${slug} ${name} as ${role}: ${res.status} ${reason}`)
      }
    }
  }
  writeArtifact('server-fetch.md', `${rows.join('\n')}\n`)
  expect(wrong).toEqual([])
  expect(received).toEqual([])
}, 120000)
