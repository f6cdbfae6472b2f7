import type { AdminLanguage } from '@cms/types'

/** The admin languages, without their dictionaries (client components import this file). */
const ADMIN_LANGUAGES: readonly string[] = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr'] satisfies AdminLanguage[]

export const isAdminLanguage = (code: unknown): code is AdminLanguage => typeof code === 'string' && ADMIN_LANGUAGES.includes(code)

/**
 * `key` of a text table by admin language, in `language` (German, the admin's fallback, where it
 * is none of them), with `{name}` filled in from `values`.
 */
export function pickText<K extends string>(texts: Record<AdminLanguage, Record<K, string>>, language: unknown, key: K, values: Record<string, string | number> = {}): string {
  return texts[isAdminLanguage(language) ? language : 'de'][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}
