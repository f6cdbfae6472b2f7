import { adminI18n } from '@cms/adminLanguages'
import type { AdminLanguage } from '@cms/types'

const LANGUAGES: AdminLanguage[] = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr']

/** The Payload words providers stumbled over in the admin walk (#15), as the admin gets them. */
test('every admin language says "not yours or gone", "language and appearance" and "discard my change" without IDs or the word Payload', () => {
  const translations = adminI18n(LANGUAGES, undefined).translations as Record<string, { error?: Record<string, string>; general?: Record<string, string>; version?: Record<string, string>; portal?: object }>
  for (const code of LANGUAGES) {
    const notFound = translations[code]?.error?.documentNotFound ?? ''
    const settings = translations[code]?.general?.payloadSettings ?? ''
    expect([code, notFound.length > 20, /\bID\b|\{\{id\}\}|Payload/.test(notFound)]).toEqual([code, true, false])
    expect([code, settings.length > 3, settings.includes('Payload')]).toEqual([code, true, false])
    expect([code, (translations[code]?.version?.revertToPublished ?? '').length > 3]).toEqual([code, true])
    // The plugin's own words are still there beside them.
    expect(translations[code]?.portal).toBeDefined()
  }
})

test("a host's own words for a language still win", () => {
  const translations = adminI18n(['de'], { translations: { de: { general: { payloadSettings: 'Einstellungen' } } } }).translations as Record<string, { general?: Record<string, string> }>
  expect(translations.de?.general?.payloadSettings).toBe('Einstellungen')
})

/** Payload's "<No {label}>" in an empty list cell read "<Kein Geänderte Felder>": a word that fits any column instead. */
test('an empty list cell says "empty" in every admin language, without the column name or angle brackets', () => {
  const translations = adminI18n(LANGUAGES, undefined).translations as Record<string, { general?: Record<string, string> }>
  const english = translations.en?.general?.noLabel
  for (const code of LANGUAGES) {
    const empty = translations[code]?.general?.noLabel ?? ''
    expect([code, empty.length > 2, /\{\{label\}\}|[<>]/.test(empty), code !== 'en' && empty === english]).toEqual([code, true, false, false])
  }
})

/** The switch above a document changes the language of the texts, not of the admin: it says so (a fresh tester took it for the admin's). */
test('the content language switch says "language of the content" in every admin language, not just "language"', () => {
  const translations = adminI18n(LANGUAGES, undefined).translations as Record<string, { general?: Record<string, string> }>
  for (const code of LANGUAGES) expect([code, (translations[code]?.general?.locale ?? '').split(/\s+/).length >= 2]).toEqual([code, true])
})
