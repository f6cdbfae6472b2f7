import { ar } from '@payloadcms/translations/languages/ar'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { fa } from '@payloadcms/translations/languages/fa'
import { ru } from '@payloadcms/translations/languages/ru'
import { tr } from '@payloadcms/translations/languages/tr'
import { uk } from '@payloadcms/translations/languages/uk'
import type { Config } from 'payload'
import type { AdminLanguage } from './types'
import { portalTranslations } from './i18n/index'
import { payloadWords } from './i18n/payloadWords'

const AVAILABLE = { ar, de, en, fa, ru, tr, uk }

/** The admin interface languages; each user picks one in their account settings. */
export function adminI18n(languages: AdminLanguage[], existing: Config['i18n']): NonNullable<Config['i18n']> {
  const supportedLanguages = Object.fromEntries(languages.map((code) => [code, AVAILABLE[code]]))
  return {
    fallbackLanguage: languages.includes('de') ? 'de' : languages[0],
    ...existing,
    supportedLanguages: { ...supportedLanguages, ...existing?.supportedLanguages },
    // The plugin's words (namespace `portal:`) and a few of Payload's own in plain words (error:,
    // general:) beside the host's own, per admin language.
    translations: { ...existing?.translations, ...mergeByLanguage(withPayloadWords(portalTranslations(languages), languages), existing?.translations) },
  }
}

function withPayloadWords(ours: Record<string, object>, languages: AdminLanguage[]): Record<string, object> {
  const words = payloadWords(languages)
  return Object.fromEntries(Object.entries(ours).map(([code, texts]) => [code, { ...words[code], ...texts }]))
}

/** The host's translations of a language win over the plugin's (a host may reword a label). */
function mergeByLanguage(ours: Record<string, object>, theirs: Partial<Record<string, object>> | undefined) {
  return Object.fromEntries(Object.entries(ours).map(([code, texts]) => [code, { ...texts, ...theirs?.[code] }]))
}
