/**
 * Languages a service can be delivered in: ISO 639-1 where it exists, else ISO 639-3.
 * Many more than the portal's UI languages, because counselling happens in Kurmanji,
 * Dari or Tigrinya whether or not the website speaks them.
 */
export interface SpokenLanguage {
  code: string
  endonym: string
  english: string
  german: string
  dir?: 'rtl'
}

export const SPOKEN_LANGUAGES: SpokenLanguage[] = [
  { code: 'de', endonym: 'Deutsch', english: 'German', german: 'Deutsch' },
  { code: 'gsg', endonym: 'Deutsche Gebärdensprache', english: 'German Sign Language', german: 'Deutsche Gebärdensprache' },
  { code: 'en', endonym: 'English', english: 'English', german: 'Englisch' },
  { code: 'ar', endonym: 'العربية', english: 'Arabic', german: 'Arabisch', dir: 'rtl' },
  { code: 'fa', endonym: 'فارسی', english: 'Persian', german: 'Persisch', dir: 'rtl' },
  { code: 'prs', endonym: 'دری', english: 'Dari', german: 'Dari', dir: 'rtl' },
  { code: 'ps', endonym: 'پښتو', english: 'Pashto', german: 'Paschtu', dir: 'rtl' },
  { code: 'ur', endonym: 'اردو', english: 'Urdu', german: 'Urdu', dir: 'rtl' },
  { code: 'uk', endonym: 'Українська', english: 'Ukrainian', german: 'Ukrainisch' },
  { code: 'ru', endonym: 'Русский', english: 'Russian', german: 'Russisch' },
  { code: 'tr', endonym: 'Türkçe', english: 'Turkish', german: 'Türkisch' },
  { code: 'ku', endonym: 'Kurdî', english: 'Kurdish', german: 'Kurdisch' },
  { code: 'kmr', endonym: 'Kurmancî', english: 'Kurmanji (Northern Kurdish)', german: 'Kurmandschi' },
  { code: 'ckb', endonym: 'کوردیی ناوەندی', english: 'Sorani (Central Kurdish)', german: 'Sorani', dir: 'rtl' },
  { code: 'ti', endonym: 'ትግርኛ', english: 'Tigrinya', german: 'Tigrinya' },
  { code: 'am', endonym: 'አማርኛ', english: 'Amharic', german: 'Amharisch' },
  { code: 'so', endonym: 'Soomaali', english: 'Somali', german: 'Somali' },
  { code: 'fr', endonym: 'Français', english: 'French', german: 'Französisch' },
  { code: 'es', endonym: 'Español', english: 'Spanish', german: 'Spanisch' },
  { code: 'it', endonym: 'Italiano', english: 'Italian', german: 'Italienisch' },
  { code: 'pt', endonym: 'Português', english: 'Portuguese', german: 'Portugiesisch' },
  { code: 'ro', endonym: 'Română', english: 'Romanian', german: 'Rumänisch' },
  { code: 'bg', endonym: 'Български', english: 'Bulgarian', german: 'Bulgarisch' },
  { code: 'pl', endonym: 'Polski', english: 'Polish', german: 'Polnisch' },
  { code: 'cs', endonym: 'Čeština', english: 'Czech', german: 'Tschechisch' },
  { code: 'hu', endonym: 'Magyar', english: 'Hungarian', german: 'Ungarisch' },
  { code: 'sq', endonym: 'Shqip', english: 'Albanian', german: 'Albanisch' },
  { code: 'sr', endonym: 'Српски', english: 'Serbian', german: 'Serbisch' },
  { code: 'hr', endonym: 'Hrvatski', english: 'Croatian', german: 'Kroatisch' },
  { code: 'bs', endonym: 'Bosanski', english: 'Bosnian', german: 'Bosnisch' },
  { code: 'el', endonym: 'Ελληνικά', english: 'Greek', german: 'Griechisch' },
  { code: 'vi', endonym: 'Tiếng Việt', english: 'Vietnamese', german: 'Vietnamesisch' },
  { code: 'zh', endonym: '中文', english: 'Chinese', german: 'Chinesisch' },
  { code: 'hi', endonym: 'हिन्दी', english: 'Hindi', german: 'Hindi' },
  { code: 'ta', endonym: 'தமிழ்', english: 'Tamil', german: 'Tamil' },
  { code: 'ha', endonym: 'Hausa', english: 'Hausa', german: 'Hausa' },
  { code: 'sw', endonym: 'Kiswahili', english: 'Swahili', german: 'Suaheli' },
]

const byCode = new Map(SPOKEN_LANGUAGES.map((l) => [l.code, l]))

export const SPOKEN_LANGUAGE_CODES = SPOKEN_LANGUAGES.map((l) => l.code)

export function spokenLanguage(code: string): SpokenLanguage | undefined {
  return byCode.get(code)
}

/** The language's name in the reader's language where the runtime knows it, else its own name. */
/** One Intl.DisplayNames per reader's language: costly to build, and a directory page names some 50 languages. */
const displayNames = new Map<string, Intl.DisplayNames>()
function displayNamesIn(reader: string): Intl.DisplayNames {
  let names = displayNames.get(reader)
  if (!names) displayNames.set(reader, (names = new Intl.DisplayNames([reader], { type: 'language', fallback: 'none' })))
  return names
}

export function spokenLanguageName(code: string, reader: string): string {
  const known = byCode.get(code)
  if (reader === 'de' || reader.startsWith('de-')) return known?.german ?? code
  try {
    const name = displayNamesIn(reader).of(code)
    if (name && name.toLowerCase() !== code) return name
  } catch {
    // unknown to ICU
  }
  return known?.endonym ?? code
}
