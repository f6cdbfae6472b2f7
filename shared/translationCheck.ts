import { EASY_GERMAN } from './locales'
import { scriptOf, scriptShare } from './script'

/**
 * What is wrong with one text of a translation, if anything: the checks the portal's core
 * content must pass in every language a town offers.
 */
export type TextProblem =
  | { kind: 'missing' }
  | { kind: 'dev-output'; prefix: string }
  | { kind: 'copy'; of: 'de' | 'en' }
  | { kind: 'script'; script: string; share: number }

// The dev translation provider marks its output `[ti] …` (cms/translation/providers/dev.ts).
const DEV_PREFIX = /^\s*\[([a-z]{2,3}(?:-[a-z0-9]+)*)\]/i

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * `text` is the stored text in `locale` (empty when there is none: the reader gets a
 * fallback); `de` and `en` the German source and the English text of the same field.
 * Easy German may fall back to German and may say a short title just as German does.
 */
export function textProblem(locale: string, text: string, { de, en }: { de: string; en: string }): TextProblem | null {
  const own = normalized(text)
  if (!own) return locale === EASY_GERMAN ? null : { kind: 'missing' }
  const dev = DEV_PREFIX.exec(own)
  if (dev?.[1]) return { kind: 'dev-output', prefix: dev[1] }
  // A text without letters ("%", "€/h") is the same in every language: no copy, no script.
  if (!/\p{L}/u.test(own)) return null
  if (locale !== EASY_GERMAN && locale !== 'de' && own === normalized(de)) return { kind: 'copy', of: 'de' }
  if (locale !== 'en' && en && own === normalized(en)) return { kind: 'copy', of: 'en' }
  const script = scriptOf(locale)
  const { share } = scriptShare(own, script)
  if (share <= 0.5) return { kind: 'script', script, share }
  return null
}

/** A problem in plain words, for test output and editors' reports. */
export function describeProblem(problem: TextProblem): string {
  switch (problem.kind) {
    case 'missing':
      return 'missing (readers get a fallback)'
    case 'dev-output':
      return `dev-provider output (“[${problem.prefix}]” prefix)`
    case 'copy':
      return `a copy of the ${problem.of === 'de' ? 'German source' : 'English text'}`
    case 'script':
      return `not in ${problem.script} script (${Math.round(problem.share * 100)} % of its words are)`
  }
}
