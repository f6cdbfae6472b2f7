import type { AdminLanguage } from '@cms/types'
import { ar } from './ar'
import { de } from './de'
import { en, type PortalTranslations } from './en'
import { fa } from './fa'
import { ru } from './ru'
import { tr } from './tr'
import { uk } from './uk'
import { NAMESPACE } from './translate'

/** The plugin's admin words in every admin language. */
export const PORTAL_TRANSLATIONS: Record<AdminLanguage, PortalTranslations> = { ar, de, en, fa, ru, tr, uk }

/** The plugin's namespace for Payload's `i18n.translations`, per admin language. */
export function portalTranslations(languages: AdminLanguage[]) {
  return Object.fromEntries(languages.map((code) => [code, { [NAMESPACE]: PORTAL_TRANSLATIONS[code] }]))
}
