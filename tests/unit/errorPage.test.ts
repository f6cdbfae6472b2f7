import path from 'node:path'
import { RETRY_AFTER_SECONDS as sharedRetryAfter } from '@shared/databaseUnavailable'
import { LOCALES } from '@shared/locales'
import { errorPage, errorText, loadErrorTexts, localeOfPath, RETRY_AFTER_SECONDS, RTL_LOCALES } from '@web/lib/errorPage.mjs'
import { jsonLine, requestIdOf } from '@web/lib/requestLog.mjs'

const texts = loadErrorTexts(path.join(process.cwd(), 'locales'))

test('the server’s copies of the locale directions and the retry time match shared/', () => {
  expect([...RTL_LOCALES].sort()).toEqual(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code).sort())
  expect(RETRY_AFTER_SECONDS).toBe(sharedRetryAfter)
})

test('every locale has the error texts, with the id in the reference', () => {
  expect(Object.keys(texts).sort()).toEqual(LOCALES.map((l) => l.code).sort())
  for (const [code, t] of Object.entries(texts)) {
    for (const key of ['title', 'body', 'retry', 'unavailableTitle', 'unavailableBody', 'portalName'] as const) expect([code, key, t[key].length > 0]).toEqual([code, key, true])
    expect([code, t.reference]).toEqual([code, expect.stringContaining('{id}')])
  }
})

test('the 503 page: the reader’s language and direction, the id left-to-right, no script', () => {
  const html = errorPage({ status: 503, locale: 'ar', texts, requestId: 'abc-123' })
  expect(html).toContain('<html lang="ar" dir="rtl">')
  expect(html).toContain(texts.ar!.unavailableTitle)
  expect(html).toContain(texts.ar!.unavailableBody)
  expect(html).toContain('<bdi dir="ltr"><code>abc-123</code></bdi>')
  expect(html).not.toContain('<script')
  const de = errorPage({ status: 500, locale: 'de', texts, requestId: 'x' })
  expect(de).toContain('<html lang="de" dir="ltr">')
  expect(de).toContain(texts.de!.title)
  expect(de).not.toContain(texts.de!.unavailableTitle)
})

test('text is escaped; the locale comes from the address', () => {
  expect(errorPage({ status: 500, locale: 'en', texts, requestId: '<b>"x"</b>' })).not.toContain('<b>')
  expect(localeOfPath('/uk/eisenach/services?q=1', texts)).toBe('uk')
  expect(localeOfPath('/de-x-ls/eisenach', texts)).toBe('de-x-ls')
  expect(localeOfPath('/xx/eisenach', texts)).toBe('de')
  expect(localeOfPath('/', texts)).toBe('de')
  expect(errorText({ status: 503, locale: 'en', texts, requestId: 'r-1' })).toBe(`${texts.en!.unavailableBody}\n${texts.en!.reference.replace('{id}', 'r-1')}\n`)
})

test('a request id: a plain incoming one is kept, anything else replaced by a new UUID', () => {
  expect(requestIdOf('0f5c2a9e7b1d4c3a8e6f0a1b2c3d4e5f')).toBe('0f5c2a9e7b1d4c3a8e6f0a1b2c3d4e5f')
  expect(requestIdOf(['trace-id-12345678', 'other'])).toBe('trace-id-12345678')
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
  for (const bad of [undefined, '', 'short', 'line\nbreak-forged-entry', 'x'.repeat(101), '"quoted-value"', '../../etc/passwd']) expect(requestIdOf(bad)).toMatch(uuid)
})

test('a log line: one JSON object with the request id, the message and the error’s stack', () => {
  const error = Object.assign(new Error('boom'), { digest: 'D1' })
  const line = JSON.parse(jsonLine('error', ['Rendering failed:', error], 'req-1234'))
  expect(line).toMatchObject({ level: 50, requestId: 'req-1234', msg: 'Rendering failed:', err: { type: 'Error', message: 'boom', digest: 'D1' } })
  expect(line.err.stack).toContain('boom')
  expect(JSON.parse(jsonLine('log', ['> Ready on %s', 'http://localhost:1'], undefined))).not.toHaveProperty('requestId')
  expect(jsonLine('info', ['two\nlines']).split('\n')).toHaveLength(1)
})
