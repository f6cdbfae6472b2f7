import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { TranslationError, translationProviderFromEnv, type TranslationProvider } from '@cms/translation/provider'
import { DeepLProvider } from '@cms/translation/providers/deepl'
import { DevProvider } from '@cms/translation/providers/dev'
import { LibreTranslateProvider } from '@cms/translation/providers/libreTranslate'
import { LOCALE_CODES, type Locale } from '@shared/locales'

interface Recorded {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: Record<string, unknown>
}

type Handler = (req: Recorded, res: ServerResponse) => void

interface FakeServer {
  url: string
  requests: Recorded[]
  close: () => Promise<void>
}

const servers: FakeServer[] = []

/** A stand-in for the real API on a free local port; `handler` may leave a request unanswered. */
async function fakeServer(handler: Handler): Promise<FakeServer> {
  const requests: Recorded[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      let body: Record<string, unknown> = {}
      try {
        body = JSON.parse(raw) as Record<string, unknown>
      } catch {
        body = { unparsable: raw }
      }
      const recorded = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body }
      requests.push(recorded)
      handler(recorded, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const fake: FakeServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  servers.push(fake)
  return fake
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(body))
}

const upper = (texts: unknown) => (texts as string[]).map((t) => t.toUpperCase())

/** Resolves with the error a promise rejects with, failing the test if it resolves. */
async function failure(promise: Promise<unknown>): Promise<TranslationError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(TranslationError)
    return error as TranslationError
  }
  throw new Error('expected the promise to reject')
}

function supportedTargets(provider: TranslationProvider, from: Locale = 'de'): Locale[] {
  return LOCALE_CODES.filter((to) => provider.supports(from, to))
}

describe('dev provider', () => {
  const dev = new DevProvider()

  test('prefixes the target language, keeps empty texts and outer whitespace', async () => {
    await expect(dev.translate(['Hallo', '', '  ', ' Welt '], 'de', 'ar')).resolves.toEqual(['[ar] Hallo', '', '  ', ' [ar] Welt '])
    await expect(dev.translate([], 'de', 'en')).resolves.toEqual([])
  })

  test('supports every pair except easy-to-read German as target', async () => {
    expect(supportedTargets(dev)).toEqual(LOCALE_CODES.filter((c) => c !== 'de' && c !== 'de-x-ls'))
    expect(dev.supports('de-x-ls', 'en')).toBe(true)
    expect(dev.supports('de', 'de-x-ls')).toBe(false)
    const error = await failure(dev.translate(['Hallo'], 'de', 'de-x-ls'))
    expect(error.message).toMatch(/de-x-ls/)
  })
})

describe('LibreTranslate', () => {
  const answer: Handler = (req, res) => json(res, 200, { translatedText: upper(req.body.q) })

  test('sends the documented request and keeps order, skipping empty texts', async () => {
    const server = await fakeServer(answer)
    const lt = new LibreTranslateProvider({ url: server.url, apiKey: 'secret-key' })
    await expect(lt.translate(['Hallo', '', 'Welt ', '\n'], 'de', 'en')).resolves.toEqual(['HALLO', '', 'WELT ', '\n'])
    expect(server.requests).toHaveLength(1)
    const [req] = server.requests
    expect(req?.method).toBe('POST')
    expect(req?.path).toBe('/translate')
    expect(req?.headers['content-type']).toMatch(/^application\/json/)
    expect(req?.body).toEqual({ q: ['Hallo', 'Welt'], source: 'de', target: 'en', format: 'text', api_key: 'secret-key' })
  })

  test('without a key no api_key is sent; a path prefix in the URL is kept', async () => {
    const server = await fakeServer(answer)
    const lt = new LibreTranslateProvider({ url: `${server.url}/lt/` })
    await lt.translate(['Hallo'], 'de-x-ls', 'fa')
    expect(server.requests[0]?.path).toBe('/lt/translate')
    expect(server.requests[0]?.body).toEqual({ q: ['Hallo'], source: 'de', target: 'fa', format: 'text' })
    expect(lt.name).toBe(`LibreTranslate (${server.url}/lt)`)
  })

  test('splits more than 50 texts into batches and preserves order', async () => {
    const server = await fakeServer(answer)
    const lt = new LibreTranslateProvider({ url: server.url })
    const texts = Array.from({ length: 120 }, (_, i) => `text ${i}`)
    await expect(lt.translate(texts, 'de', 'uk')).resolves.toEqual(texts.map((t) => t.toUpperCase()))
    expect(server.requests.map((r) => (r.body.q as string[]).length)).toEqual([50, 50, 20])
    expect((server.requests[1]?.body.q as string[])[0]).toBe('text 50')
  })

  test('supports a conservative set of languages', () => {
    const lt = new LibreTranslateProvider({ url: 'https://lt.example.org' })
    expect(supportedTargets(lt)).toEqual(['en', 'ar', 'fa', 'uk', 'ru', 'tr', 'fr'])
    expect(lt.supports('en', 'de')).toBe(true)
    expect(lt.supports('de', 'ps')).toBe(false)
    expect(lt.supports('ti', 'de')).toBe(false)
  })

  test('unsupported pairs fail without a request', async () => {
    const server = await fakeServer(answer)
    const lt = new LibreTranslateProvider({ url: server.url })
    await failure(lt.translate(['Hallo'], 'de', 'so'))
    await failure(lt.translate(['Hallo'], 'de', 'de-x-ls'))
    expect(server.requests).toHaveLength(0)
  })

  test('HTTP errors carry the status and the server message, never the key', async () => {
    const server = await fakeServer((_req, res) => json(res, 403, { error: 'Invalid API key: secret-key' }))
    const lt = new LibreTranslateProvider({ url: server.url, apiKey: 'secret-key' })
    const error = await failure(lt.translate(['Hallo'], 'de', 'en'))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/HTTP 403/)
    expect(error.message).toMatch(/Invalid API key/)
    expect(error.message).not.toContain('secret-key')
  })

  test('a server error page is reported', async () => {
    const server = await fakeServer((_req, res) => {
      res.writeHead(500, { 'Content-Type': 'text/html' })
      res.end('<h1>Internal Server Error</h1>')
    })
    const error = await failure(new LibreTranslateProvider({ url: server.url }).translate(['Hallo'], 'de', 'en'))
    expect(error.status).toBe(500)
    expect(error.message).toMatch(/Internal Server Error/)
  })

  test('malformed answers are rejected', async () => {
    const notJson = await fakeServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('{"translatedText": [')
    })
    expect((await failure(new LibreTranslateProvider({ url: notJson.url }).translate(['a'], 'de', 'en'))).message).toMatch(/not JSON/)

    const single = await fakeServer((_req, res) => json(res, 200, { translatedText: 'A' }))
    expect((await failure(new LibreTranslateProvider({ url: single.url }).translate(['a'], 'de', 'en'))).message).toMatch(/translatedText/)

    const short = await fakeServer((_req, res) => json(res, 200, { translatedText: ['A'] }))
    expect((await failure(new LibreTranslateProvider({ url: short.url }).translate(['a', 'b'], 'de', 'en'))).message).toMatch(/1 texts for 2/)
  })

  test('a server that never answers times out', async () => {
    const server = await fakeServer(() => undefined)
    const lt = new LibreTranslateProvider({ url: server.url, timeoutMs: 100 })
    const started = Date.now()
    const error = await failure(lt.translate(['Hallo'], 'de', 'en'))
    expect(error.message).toMatch(/did not answer within 100 ms/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  test('an unreachable server is reported', async () => {
    const server = await fakeServer(answer)
    const url = server.url
    await server.close()
    const error = await failure(new LibreTranslateProvider({ url }).translate(['Hallo'], 'de', 'en'))
    expect(error.message).toMatch(/could not be reached/)
  })
})

describe('DeepL', () => {
  const answer: Handler = (req, res) =>
    json(res, 200, { translations: upper(req.body.text).map((text) => ({ detected_source_language: 'DE', text })) })

  test('sends the documented request with the key in the header', async () => {
    const server = await fakeServer(answer)
    const deepl = new DeepLProvider({ apiKey: 'abc:fx', url: server.url })
    await expect(deepl.translate(['Hallo', '', ' Welt'], 'de', 'en')).resolves.toEqual(['HALLO', '', ' WELT'])
    const [req] = server.requests
    expect(req?.method).toBe('POST')
    expect(req?.path).toBe('/v2/translate')
    expect(req?.headers.authorization).toBe('DeepL-Auth-Key abc:fx')
    expect(req?.headers['content-type']).toMatch(/^application\/json/)
    expect(req?.body).toMatchObject({ text: ['Hallo', 'Welt'], source_lang: 'DE', target_lang: 'EN-GB' })
    expect(JSON.stringify(req?.body)).not.toContain('abc:fx')
  })

  test('maps target codes and batches at most 50 texts', async () => {
    const server = await fakeServer(answer)
    const deepl = new DeepLProvider({ apiKey: 'abc', url: server.url })
    const texts = Array.from({ length: 101 }, (_, i) => `Satz ${i}`)
    await expect(deepl.translate(texts, 'de-x-ls', 'uk')).resolves.toEqual(texts.map((t) => t.toUpperCase()))
    expect(server.requests.map((r) => (r.body.text as string[]).length)).toEqual([50, 50, 1])
    expect(server.requests[0]?.body).toMatchObject({ source_lang: 'DE', target_lang: 'UK' })
    await deepl.translate(['Hello'], 'en', 'de')
    expect(server.requests.at(-1)?.body).toMatchObject({ source_lang: 'EN', target_lang: 'DE' })
  })

  test('long texts are split by size as well', async () => {
    const server = await fakeServer(answer)
    const long = 'ä'.repeat(20000) // 40 000 UTF-8 bytes
    await new DeepLProvider({ apiKey: 'k', url: server.url }).translate([long, long, long], 'de', 'fr')
    expect(server.requests.map((r) => (r.body.text as string[]).length)).toEqual([2, 1])
  })

  test('supports only languages DeepL documents', () => {
    const deepl = new DeepLProvider({ apiKey: 'abc:fx' })
    expect(supportedTargets(deepl)).toEqual(['en', 'ar', 'uk', 'ru', 'tr', 'fr'])
    for (const to of ['fa', 'ps', 'ti', 'so', 'de-x-ls'] as const) expect(deepl.supports('de', to)).toBe(false)
    expect(deepl.supports('fa', 'de')).toBe(false)
  })

  test('the default endpoint follows the key type', () => {
    expect(new DeepLProvider({ apiKey: 'abc:fx' }).name).toBe('DeepL (https://api-free.deepl.com)')
    expect(new DeepLProvider({ apiKey: 'abc' }).name).toBe('DeepL (https://api.deepl.com)')
  })

  test('HTTP errors explain themselves without the key', async () => {
    const forbidden = await fakeServer((_req, res) => json(res, 403, { message: 'Wrong endpoint for key abc:fx' }))
    const error = await failure(new DeepLProvider({ apiKey: 'abc:fx', url: forbidden.url }).translate(['a'], 'de', 'en'))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/authentication failed/)
    expect(error.message).toMatch(/Wrong endpoint/)
    expect(error.message).not.toContain('abc:fx')

    const quota = await fakeServer((_req, res) => json(res, 456, { message: 'Quota exceeded' }))
    const quotaError = await failure(new DeepLProvider({ apiKey: 'k', url: quota.url }).translate(['a'], 'de', 'en'))
    expect(quotaError.status).toBe(456)
    expect(quotaError.message).toMatch(/quota/)

    const broken = await fakeServer((_req, res) => json(res, 500, {}))
    expect((await failure(new DeepLProvider({ apiKey: 'k', url: broken.url }).translate(['a'], 'de', 'en'))).status).toBe(500)
  })

  test('malformed answers and timeouts are errors', async () => {
    const wrongShape = await fakeServer((_req, res) => json(res, 200, { translations: [{ txt: 'A' }] }))
    await failure(new DeepLProvider({ apiKey: 'k', url: wrongShape.url }).translate(['a'], 'de', 'en'))

    const missing = await fakeServer((_req, res) => json(res, 200, { translatedText: ['A'] }))
    expect((await failure(new DeepLProvider({ apiKey: 'k', url: missing.url }).translate(['a'], 'de', 'en'))).message).toMatch(/translations/)

    const silent = await fakeServer(() => undefined)
    const error = await failure(new DeepLProvider({ apiKey: 'k', url: silent.url, timeoutMs: 100 }).translate(['a'], 'de', 'en'))
    expect(error.message).toMatch(/DeepL did not answer within 100 ms/)
  })
})

describe('translationProviderFromEnv', () => {
  test('machine translation is off unless configured', () => {
    expect(translationProviderFromEnv({})).toBeNull()
    expect(translationProviderFromEnv({ TRANSLATION_PROVIDER: 'none' })).toBeNull()
    expect(translationProviderFromEnv({ TRANSLATION_PROVIDER: ' ' })).toBeNull()
  })

  test('builds each provider', () => {
    expect(translationProviderFromEnv({ TRANSLATION_PROVIDER: 'dev' })).toBeInstanceOf(DevProvider)
    const lt = translationProviderFromEnv({ TRANSLATION_PROVIDER: 'LibreTranslate', TRANSLATION_API_URL: 'https://lt.example.org' })
    expect(lt).toBeInstanceOf(LibreTranslateProvider)
    expect(lt?.name).toBe('LibreTranslate (https://lt.example.org)')
    const deepl = translationProviderFromEnv({ TRANSLATION_PROVIDER: 'deepl', TRANSLATION_API_KEY: 'top-secret:fx' })
    expect(deepl).toBeInstanceOf(DeepLProvider)
    expect(deepl?.name).not.toContain('top-secret')
  })

  test('credentials in the URL are not shown to editors', () => {
    const lt = translationProviderFromEnv({ TRANSLATION_PROVIDER: 'libretranslate', TRANSLATION_API_URL: 'https://user:pw@lt.example.org/?key=x' })
    expect(lt?.name).toBe('LibreTranslate (https://lt.example.org)')
  })

  test('refuses incomplete or unknown configuration', () => {
    expect(() => translationProviderFromEnv({ TRANSLATION_PROVIDER: 'google' })).toThrow(/Unknown TRANSLATION_PROVIDER "google"/)
    expect(() => translationProviderFromEnv({ TRANSLATION_PROVIDER: 'libretranslate' })).toThrow(/TRANSLATION_API_URL/)
    expect(() => translationProviderFromEnv({ TRANSLATION_PROVIDER: 'libretranslate', TRANSLATION_API_URL: 'lt.example.org' })).toThrow(/not a valid URL/)
    expect(() => translationProviderFromEnv({ TRANSLATION_PROVIDER: 'deepl' })).toThrow(/TRANSLATION_API_KEY/)
    expect(() => translationProviderFromEnv({ TRANSLATION_PROVIDER: 'dev', TRANSLATION_TIMEOUT_MS: 'soon' })).toThrow(/TRANSLATION_TIMEOUT_MS/)
  })

  test('the timeout comes from the environment', async () => {
    const server = await fakeServer(() => undefined)
    const lt = translationProviderFromEnv({ TRANSLATION_PROVIDER: 'libretranslate', TRANSLATION_API_URL: server.url, TRANSLATION_TIMEOUT_MS: '150' })
    const error = await failure(lt?.translate(['Hallo'], 'de', 'en') ?? Promise.resolve())
    expect(error.message).toMatch(/150 ms/)
  })
})
