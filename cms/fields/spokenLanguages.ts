import type { Field, LabelFunction } from 'payload'
import { SPOKEN_LANGUAGES, type SpokenLanguage } from '@shared/languages'
import type { PortalKey } from '@cms/i18n/en'
import { tr } from '@cms/i18n/translate'

/**
 * A language's name in the admin user's language (CLDR through Intl), with its code; the
 * English name where the runtime's data lacks the language.
 */
const languageName =
  (l: SpokenLanguage): LabelFunction =>
  ({ i18n }) => {
    const name = new Intl.DisplayNames([i18n.language], { type: 'language', fallback: 'none' }).of(l.code)
    return `${name ?? l.english} (${l.code})`
  }

/** The languages someone can be served in (ISO 639 codes), which are not the website's languages. */
export function spokenLanguagesField(description: PortalKey): Field {
  return {
    name: 'languages',
    type: 'select',
    hasMany: true,
    index: true,
    options: SPOKEN_LANGUAGES.map((l) => ({ value: l.code, label: languageName(l) })),
    admin: { description: tr(description) },
  }
}
