import { getTranslations } from '@web/i18n/translations'
import { sentence, type Translator } from './sentence'

/**
 * Translated text joined with values ("Angebote – Eisenach", "Zielwert (2030)", "12 Personen")
 * through the catalog's `Compose` messages and `sentence()`, never by `+` or a template literal:
 * each language owns its word order and punctuation, and every value is isolated, so a German
 * town name keeps its place in an Arabic title (tests/unit/concat-sweep.test.ts).
 */
export function composeWith(t: Translator) {
  return {
    /** A page's title with its town: "Angebote – Eisenach". */
    pageOfTown: (page: string, town: string) => sentence(t, 'pageOfTown', { page, town }),
    /** A name with the part of it shown: "Arbeitslosenquote – Nach Stadtteil". */
    withPart: (name: string, part: string) => sentence(t, 'withPart', { name, part }),
    /** A label with a count already formatted in the reader's digits: "Filter (3)". */
    withCount: (label: string, count: string) => sentence(t, 'withCount', { label, count }),
    /** A formatted number with its unit, or the number alone where there is none. */
    withUnit: (value: string, unit: string) => (unit ? sentence(t, 'withUnit', { value, unit }) : value),
    /** A text with a note in brackets: "seit Mai 2024 (laufend)". */
    withNote: (text: string, note: string) => sentence(t, 'withNote', { text, note }),
    /** A reader's own words quoted as the language quotes: „Arzt“, «Arzt». */
    quoted: (text: string) => sentence(t, 'quoted', { text }),
    /** A table column's heading with the unit of its numbers: "Eisenach-Nord (Personen)". */
    headingUnit: (heading: string, unit: string) => (unit ? sentence(t, 'headingUnit', { heading, unit }) : heading),
    /** A numbered entry, the number formatted by the caller: "3. Migrationsberatung". */
    numbered: (number: string, text: string) => sentence(t, 'numbered', { number, text }),
    /** How many, as on a map's cluster of places: "3×". */
    times: (count: string) => sentence(t, 'times', { count }),
    /** A value with the year it is from, the year formatted by the caller: "12 Personen (2030)". */
    inYear: (value: string, year: string) => (year ? sentence(t, 'inYear', { value, year }) : value),
  }
}

export type Compose = ReturnType<typeof composeWith>

/** `composeWith` for a server component or metadata function. */
export async function getCompose(locale: string): Promise<Compose> {
  return composeWith(await getTranslations({ locale, namespace: 'Compose' }))
}

/** A page's `<title>` below a town, e.g. "Angebote – Eisenach" (the layout's template adds the portal's name). */
export async function townTitle(locale: string, page: string, town: string): Promise<string> {
  return (await getCompose(locale)).pageOfTown(page, town)
}
