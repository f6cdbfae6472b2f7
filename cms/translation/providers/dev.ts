import type { Locale } from '@shared/locales'
import { translateSegments, unsupportedPair, type TranslationProvider } from '../provider'

/**
 * Marks each text with its target language instead of translating it: the whole workflow
 * can be tried out and tested without a translation service, and nobody mistakes the result
 * for a real translation.
 */
export class DevProvider implements TranslationProvider {
  readonly name = 'Development (no real translation)'

  supports(from: Locale, to: Locale): boolean {
    return to !== 'de-x-ls' && from !== to
  }

  async translate(texts: string[], from: Locale, to: Locale): Promise<string[]> {
    if (!this.supports(from, to)) throw unsupportedPair(this.name, from, to)
    return translateSegments(texts, { maxTexts: Infinity, maxBytes: Infinity }, async (batch) =>
      batch.map((text) => `[${to}] ${text}`),
    )
  }
}
