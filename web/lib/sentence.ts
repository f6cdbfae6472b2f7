import type { TranslationValues } from 'next-intl'
import { isolateAll, isolateFor } from '@shared/isolate'

/** What `sentence` needs of a next-intl translator (`getTranslations` / `useTranslations`). */
export interface Translator {
  (key: string, values?: TranslationValues): string
  raw: (key: string) => unknown
}

/**
 * A translated sentence with values, each value and number isolated (shared/isolate.ts), so a
 * German name, a date or a count keeps its place in an Arabic or Persian sentence. Every
 * translation with values goes through here (tests/unit/bidi-sweep.test.ts): render it with
 * `<Sentence text={…} />` (web/components/BidiText.tsx), or use it as it is in plain text
 * (titles, labels), where the Unicode isolates do the same.
 */
export function sentence(t: Translator, key: string, values: TranslationValues): string {
  const message = t.raw(key)
  return isolateAll(t(key, isolateFor(typeof message === 'string' ? message : '', values)))
}
