import type { Locale } from '@shared/locales'
import { isRecord } from '../isRecord'
import { DeepLProvider } from './providers/deepl'
import { DevProvider } from './providers/dev'
import { LibreTranslateProvider } from './providers/libreTranslate'

// The providers import the helpers below and this file imports the providers. The cycle is
// harmless because neither side touches the other's exports while the modules load, only
// later when a provider is built or translates.

export interface TranslationProvider {
  /** Shown to editors, e.g. "LibreTranslate (https://lt.example.org)". */
  readonly name: string
  /** Whether this provider can translate between the two locales. */
  supports(from: Locale, to: Locale): boolean
  /**
   * Translates each text; returns the same number of texts in the same order. Empty and
   * whitespace-only texts come back unchanged and are not sent; leading and trailing
   * whitespace of the others is kept. Throws TranslationError with a clear message on an
   * unsupported pair, HTTP errors, timeouts and malformed responses.
   */
  translate(texts: string[], from: Locale, to: Locale): Promise<string[]>
}

export class TranslationError extends Error {
  /** The HTTP status of the failed request, when there was an answer at all. */
  status?: number

  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'TranslationError'
    if (options.status !== undefined) this.status = options.status
  }
}

export const DEFAULT_TIMEOUT_MS = 20000

export const PROVIDER_NAMES = ['none', 'dev', 'libretranslate', 'deepl'] as const

/**
 * From environment: TRANSLATION_PROVIDER = 'none' (default → null, i.e. machine translation
 * off) | 'dev' | 'libretranslate' | 'deepl'; TRANSLATION_API_URL; TRANSLATION_API_KEY;
 * TRANSLATION_TIMEOUT_MS (default 20000). Throws a clear error for an unknown provider name
 * or a missing URL/key that the provider needs.
 */
// Wider than NodeJS.ProcessEnv (which Next.js extends with a required NODE_ENV), so that
// tests and scripts can pass a plain object; process.env still fits.
export function translationProviderFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): TranslationProvider | null {
  const kind = (env.TRANSLATION_PROVIDER ?? '').trim().toLowerCase() || 'none'
  const url = env.TRANSLATION_API_URL?.trim() || undefined
  const apiKey = env.TRANSLATION_API_KEY?.trim() || undefined
  const timeoutMs = parseTimeout(env.TRANSLATION_TIMEOUT_MS)

  switch (kind) {
    case 'none':
      return null
    case 'dev':
      return new DevProvider()
    case 'libretranslate':
      if (!url) throw new Error('TRANSLATION_PROVIDER=libretranslate needs TRANSLATION_API_URL (the address of the LibreTranslate server).')
      return new LibreTranslateProvider({ url, apiKey, timeoutMs })
    case 'deepl':
      if (!apiKey) throw new Error('TRANSLATION_PROVIDER=deepl needs TRANSLATION_API_KEY (the DeepL authentication key).')
      return new DeepLProvider({ apiKey, url, timeoutMs })
    default:
      throw new Error(`Unknown TRANSLATION_PROVIDER "${kind}"; use one of: ${PROVIDER_NAMES.join(', ')}.`)
  }
}

function parseTimeout(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_TIMEOUT_MS
  const value = Number(raw.trim())
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`TRANSLATION_TIMEOUT_MS must be a positive whole number of milliseconds, got "${raw}".`)
  }
  return value
}

// ---------------------------------------------------------------------------------------
// Helpers shared by the providers.
// ---------------------------------------------------------------------------------------

/**
 * Easy-to-read German is German, so it can be a source; nothing can produce it, so it is
 * never a target (the providers check that themselves).
 */
export function sourceLocale(from: Locale): Locale {
  return from === 'de-x-ls' ? 'de' : from
}

/** Validates a configured base URL and returns it with a trailing slash, so relative paths append to it. */
export function baseUrl(raw: string, setting: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`${setting} is not a valid URL: "${raw}".`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${setting} must be an http(s) URL, got "${raw}".`)
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url
}

/** A URL as editors may see it: credentials, query and fragment could hold secrets. */
export function displayUrl(url: URL): string {
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

export interface BatchLimits {
  maxTexts: number
  /** UTF-8 bytes of text per request; a single longer text still goes alone. */
  maxBytes: number
}

/**
 * The common part of every provider: leaves empty and whitespace-only texts alone, sends
 * the rest without their outer whitespace (services trim it, which would glue together
 * Lexical text nodes such as "Hallo " + bold "Welt"), batches them, checks each answer's
 * length and puts everything back in the original order.
 */
export async function translateSegments(
  texts: string[],
  limits: BatchLimits,
  sendBatch: (batch: string[]) => Promise<string[]>,
): Promise<string[]> {
  const parts = texts.map((text) => {
    const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)
    return { lead: match?.[1] ?? '', core: match?.[2] ?? text, trail: match?.[3] ?? '' }
  })
  const toSend = parts.flatMap((p, index) => (p.core ? [index] : []))
  const result = [...texts]

  for (const batch of batches(toSend, (index) => parts[index]?.core ?? '', limits)) {
    const translated = await sendBatch(batch.map((index) => parts[index]?.core ?? ''))
    if (translated.length !== batch.length) {
      throw new TranslationError(`The translation service returned ${translated.length} texts for ${batch.length}.`)
    }
    batch.forEach((index, i) => {
      const p = parts[index]
      if (p) result[index] = `${p.lead}${translated[i] ?? ''}${p.trail}`
    })
  }
  return result
}

function batches<T>(items: T[], textOf: (item: T) => string, { maxTexts, maxBytes }: BatchLimits): T[][] {
  const out: T[][] = []
  let current: T[] = []
  let bytes = 0
  for (const item of items) {
    const size = Buffer.byteLength(textOf(item), 'utf8')
    if (current.length > 0 && (current.length >= maxTexts || bytes + size > maxBytes)) {
      out.push(current)
      current = []
      bytes = 0
    }
    current.push(item)
    bytes += size
  }
  if (current.length > 0) out.push(current)
  return out
}

export interface PostJsonOptions {
  /** The service's name for error messages, e.g. "DeepL". */
  service: string
  headers?: Record<string, string>
  body: unknown
  timeoutMs: number
  /** Replaced by "***" in error messages, in case a server echoes it back. */
  secret?: string
  /** Extra explanation per HTTP status, e.g. 456 → "quota exceeded". */
  hints?: Record<number, string>
}

/** POSTs JSON and returns the parsed answer; every failure becomes a TranslationError. */
export async function postJson(url: URL, options: PostJsonOptions): Promise<unknown> {
  const { service, timeoutMs } = options
  const redact = (text: string) => (options.secret ? text.split(options.secret).join('***') : text)
  const controller = new AbortController()
  // The timer also covers reading the body: a server may send headers and then stall.
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    let response: Response
    let text: string
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...options.headers },
        body: JSON.stringify(options.body),
        signal: controller.signal,
      })
      text = await response.text()
    } catch (error) {
      if (controller.signal.aborted) {
        throw new TranslationError(`${service} did not answer within ${timeoutMs} ms.`, { cause: error })
      }
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
      throw new TranslationError(`${service} could not be reached: ${redact(reason)}`, { cause: error })
    }

    if (!response.ok) {
      const detail = redact(errorDetail(text))
      const hint = options.hints?.[response.status]
      const message = [`${service} answered HTTP ${response.status}`, hint, detail].filter(Boolean).join(' – ')
      throw new TranslationError(`${message}.`, { status: response.status })
    }
    try {
      return JSON.parse(text)
    } catch (error) {
      throw new TranslationError(`${service} sent a response that is not JSON: ${redact(excerpt(text)) || '(empty)'}`, {
        status: response.status,
        cause: error,
      })
    }
  } finally {
    clearTimeout(timer)
  }
}

/** LibreTranslate says `{ error }`, DeepL `{ message }`; anything else is shown as an excerpt. */
function errorDetail(text: string): string {
  try {
    const body: unknown = JSON.parse(text)
    if (isRecord(body)) {
      const { error, message, detail } = body
      for (const candidate of [error, message, detail]) if (typeof candidate === 'string' && candidate.trim()) return excerpt(candidate)
    }
  } catch {
    // Not JSON: an HTML error page from a proxy, for example.
  }
  return excerpt(text)
}

function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}

export function unsupportedPair(name: string, from: Locale, to: Locale): TranslationError {
  const reason = to === 'de-x-ls' ? ' (easy-to-read German must be written by people)' : ''
  return new TranslationError(`${name} cannot translate from "${from}" to "${to}"${reason}.`)
}
