import type { AdminLanguage } from '@cms/types'

/** The admin languages, without their dictionaries (client components import this file). */
export const ADMIN_LANGUAGES: readonly AdminLanguage[] = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr']

export const isAdminLanguage = (code: unknown): code is AdminLanguage => ADMIN_LANGUAGES.some((l) => l === code)

/**
 * `key` of a text table by admin language, in `language` (German, the admin's fallback, where it
 * is none of them), with `{name}` filled in from `values`.
 */
export function pickText<K extends string>(texts: Record<AdminLanguage, Record<K, string>>, language: unknown, key: K, values: Record<string, string | number> = {}): string {
  return texts[isAdminLanguage(language) ? language : 'de'][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}

/**
 * The language of an e-mail to one person: the one their account names (chosen at the invitation
 * or on their account page), else their town's (the portal's default language there).
 */
export function mailLanguageOf(account: { language?: string | null } | null | undefined, townLanguage: unknown): AdminLanguage {
  if (isAdminLanguage(account?.language)) return account.language
  return isAdminLanguage(townLanguage) ? townLanguage : 'de'
}
