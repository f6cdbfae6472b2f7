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
 * DeepL's codes for our languages, from its list of supported languages. Persian, Pashto,
 * Tigrinya and Somali are missing there, so they are reported unsupported. Source codes
 * carry no regional variant; target English needs one, and British English is the usual
 * choice for readers in Europe.
 */
export const DEEPL_SOURCE_LANGUAGES: Partial<Record<Locale, string>> = {
  de: 'DE',
  en: 'EN',
  ar: 'AR',
  uk: 'UK',
  ru: 'RU',
  tr: 'TR',
  fr: 'FR',
}

export const DEEPL_TARGET_LANGUAGES: Partial<Record<Locale, string>> = {
  de: 'DE',
  en: 'EN-GB',
  ar: 'AR',
  uk: 'UK',
  ru: 'RU',
  tr: 'TR',
  fr: 'FR',
}

// DeepL takes at most 50 texts and 128 KiB per request; the byte budget leaves room for JSON.
const LIMITS = { maxTexts: 50, maxBytes: 100000 }

const HINTS: Record<number, string> = {
  403: 'authentication failed (check TRANSLATION_API_KEY, and that a Free key goes to api-free.deepl.com)',
  413: 'the request was too large',
  429: 'too many requests, try again later',
  456: 'the translation quota is used up',
}

export interface DeepLOptions {
  apiKey: string
  /** Defaults to the Free API for keys ending in ":fx" (DeepL's convention), else the Pro API. */
  url?: string
  timeoutMs?: number
}

export class DeepLProvider implements TranslationProvider {
  readonly name: string
  private readonly endpoint: URL
  private readonly apiKey: string
  private readonly timeoutMs: number

  constructor(options: DeepLOptions) {
    if (!options.apiKey) throw new Error('DeepL needs an API key.')
    const defaultUrl = options.apiKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com'
    const base = baseUrl(options.url ?? defaultUrl, 'TRANSLATION_API_URL')
    this.endpoint = new URL('v2/translate', base)
    this.name = `DeepL (${displayUrl(base)})`
    this.apiKey = options.apiKey
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  }

  supports(from: Locale, to: Locale): boolean {
    const source = sourceLocale(from)
    return source !== to && DEEPL_SOURCE_LANGUAGES[source] !== undefined && to !== 'de-x-ls' && DEEPL_TARGET_LANGUAGES[to] !== undefined
  }

  async translate(texts: string[], from: Locale, to: Locale): Promise<string[]> {
    const source = DEEPL_SOURCE_LANGUAGES[sourceLocale(from)]
    const target = DEEPL_TARGET_LANGUAGES[to]
    if (!this.supports(from, to) || !source || !target) throw unsupportedPair(this.name, from, to)

    return translateSegments(texts, LIMITS, async (text) => {
      const answer = await postJson(this.endpoint, {
        service: 'DeepL',
        headers: { Authorization: `DeepL-Auth-Key ${this.apiKey}` },
        // Segments are often parts of a sentence (split by bold or a link); without
        // preserve_formatting DeepL would capitalise and punctuate each part as a sentence.
        body: { text, source_lang: source, target_lang: target, preserve_formatting: true },
        timeoutMs: this.timeoutMs,
        secret: this.apiKey,
        hints: HINTS,
      })
      const translations = isRecord(answer) ? answer.translations : undefined
      if (!Array.isArray(translations)) {
        throw new TranslationError('DeepL sent an unexpected response: "translations" is missing.')
      }
      const out = translations.map((t: unknown) => (isRecord(t) ? t.text : undefined))
      if (!out.every((t): t is string => typeof t === 'string')) {
        throw new TranslationError('DeepL sent an unexpected response: a translation has no text.')
      }
      if (out.length !== text.length) throw new TranslationError(`DeepL returned ${out.length} texts for ${text.length}.`)
      return out
    })
  }
}
