import type { Locale } from '@shared/locales'
import {
  DEFAULT_TIMEOUT_MS,
  TranslationError,
  baseUrl,
  displayUrl,
  postJson,
  sourceLocale,
  translateSegments,
  unsupportedPair,
  type TranslationProvider,
} from '../provider'
import { isRecord } from '../../isRecord'

/**
 * Languages that LibreTranslate's Argos models cover. Pashto, Tigrinya and Somali have no
 * model, so they are left out rather than sent and rejected. A server may still have fewer
 * models installed; it then answers HTTP 400, which is reported to the editor.
 */
export const LIBRETRANSLATE_LANGUAGES: Partial<Record<Locale, string>> = {
  de: 'de',
  en: 'en',
  ar: 'ar',
  fa: 'fa',
  uk: 'uk',
  ru: 'ru',
  tr: 'tr',
  fr: 'fr',
}

// Small requests keep a CPU-only server well inside the timeout and below the character
// limit that public instances set.
const LIMITS = { maxTexts: 50, maxBytes: 20000 }

const HINTS: Record<number, string> = {
  400: 'the request was refused (is the language installed on the server?)',
  403: 'access denied (check TRANSLATION_API_KEY)',
  429: 'too many requests, try again later',
}

export interface LibreTranslateOptions {
  /** Base URL of the server, e.g. https://lt.example.org (a path prefix is kept). */
  url: string
  apiKey?: string
  timeoutMs?: number
}

export class LibreTranslateProvider implements TranslationProvider {
  readonly name: string
  private readonly endpoint: URL
  private readonly apiKey?: string
  private readonly timeoutMs: number

  constructor(options: LibreTranslateOptions) {
    const base = baseUrl(options.url, 'TRANSLATION_API_URL')
    this.endpoint = new URL('translate', base)
    this.name = `LibreTranslate (${displayUrl(base)})`
    if (options.apiKey) this.apiKey = options.apiKey
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  }

  supports(from: Locale, to: Locale): boolean {
    const source = sourceLocale(from)
    return source !== to && LIBRETRANSLATE_LANGUAGES[source] !== undefined && to !== 'de-x-ls' && LIBRETRANSLATE_LANGUAGES[to] !== undefined
  }

  async translate(texts: string[], from: Locale, to: Locale): Promise<string[]> {
    const source = LIBRETRANSLATE_LANGUAGES[sourceLocale(from)]
    const target = LIBRETRANSLATE_LANGUAGES[to]
    if (!this.supports(from, to) || !source || !target) throw unsupportedPair(this.name, from, to)

    return translateSegments(texts, LIMITS, async (q) => {
      const answer = await postJson(this.endpoint, {
        service: 'LibreTranslate',
        body: { q, source, target, format: 'text', ...(this.apiKey ? { api_key: this.apiKey } : {}) },
        timeoutMs: this.timeoutMs,
        secret: this.apiKey,
        hints: HINTS,
      })
      const translated = isRecord(answer) ? answer.translatedText : undefined
      if (!Array.isArray(translated) || !translated.every((t): t is string => typeof t === 'string')) {
        throw new TranslationError('LibreTranslate sent an unexpected response: "translatedText" is not a list of texts.')
      }
      if (translated.length !== q.length) {
        throw new TranslationError(`LibreTranslate returned ${translated.length} texts for ${q.length}.`)
      }
      return translated
    })
  }
}
