/**
 * The demo texts as the seed writes them: the sources (demoData.ts, demoGuide.ts,
 * demoDirectory.ts, demoPlan.ts's indicators) with each language file's texts (`<locale>.ts`, see types.ts) merged in.
 * The sources stay untouched; the seed reads `DEMO_TEXTS`.
 */
import { isLocale, type Locale } from '@shared/locales'
import { DEMO_TOWNS, type DemoTown } from '../demoData'
import { DEMO_AUDIENCES, DEMO_DISTRICTS, DEMO_LOCATIONS, DEMO_SERVICES, DEMO_TOPICS } from '../demoDirectory'
import { DEMO_GUIDE } from '../demoGuide'
import { DEMO_COMPUTED_INDICATORS, DEMO_INDICATORS } from '../demoPlan'
import type { DemoAudience, DemoDistrict, DemoLocation, DemoService, DemoTopic, Texts } from '../directoryTypes'
import type { DemoGuidePage } from '../guideTypes'
import type { DemoComputedIndicator, DemoIndicator } from '../planTypes'
import type { DemoLocaleTexts } from './types'
import fa from './fa'
import fr from './fr'
import ps from './ps'
import ru from './ru'
import so from './so'
import ti from './ti'
import tr from './tr'

/**
 * The language files that exist. Each `<locale>.ts` is imported here and listed under its
 * code when it lands, e.g. `import ti from './ti'` and `{ ti }`.
 */
const LOCALE_FILES: Partial<Record<Locale, DemoLocaleTexts>> = { fa, fr, ps, ru, so, ti, tr }

/** A text in any of the portal's languages (the sources' own types name only the languages they hold). */
export type LocaleTexts = Partial<Record<Locale, string>>

/** A source type with each of its text maps opened to every language. */
export type Localized<T> = T extends Texts
  ? LocaleTexts
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T

export interface DemoSources {
  towns: Localized<DemoTown>[]
  guide: Localized<DemoGuidePage>[]
  services: Localized<DemoService>[]
  topics: Localized<DemoTopic>[]
  audiences: Localized<DemoAudience>[]
  districts: Localized<DemoDistrict>[]
  locations: Localized<DemoLocation>[]
  indicators: Localized<DemoIndicator>[]
  computedIndicators: Localized<DemoComputedIndicator>[]
}

/** The town whose guide the language files translate (its services win over a namesake elsewhere). */
const GUIDE_TOWN = 'eisenach'

/** Adds one text; a language file only fills gaps, it never replaces a text the source has. */
function put(texts: LocaleTexts | undefined, locale: Locale, text: string, where: string): void {
  if (!texts) throw new Error(`${locale}.ts: ${where} has no German source text to translate; remove it from ${locale}.ts or add the source first.`)
  if (texts[locale] !== undefined) throw new Error(`${locale}.ts: ${where} already has a ${locale} text in the source; a language file may only add missing texts.`)
  texts[locale] = text
}

function found<T>(item: T | undefined, locale: Locale, where: string): T {
  if (!item) throw new Error(`${locale}.ts: ${where} is not in the demo sources (a typo in the key?).`)
  return item
}

function mergeOne(merged: DemoSources, locale: Locale, file: DemoLocaleTexts): void {
  for (const [slug, { welcome }] of Object.entries(file.towns)) {
    put(found(merged.towns.find((t) => t.slug === slug), locale, `town “${slug}”`).welcome, locale, welcome, `town “${slug}” welcome`)
  }
  for (const [slug, texts] of Object.entries(file.guide)) {
    const page = found(
      merged.guide.find((p) => p.slug === slug),
      locale,
      `guide page “${slug}”`,
    )
    for (const field of ['title', 'summary', 'body'] as const) put(page[field], locale, texts[field], `guide page “${slug}” ${field}`)
  }
  for (const [slug, texts] of Object.entries(file.services)) {
    const service = found(
      merged.services.find((s) => s.slug === slug && s.town === GUIDE_TOWN) ?? merged.services.find((s) => s.slug === slug),
      locale,
      `service “${slug}”`,
    )
    const where = (field: string) => `service “${slug}” (${service.town}) ${field}`
    for (const field of ['title', 'summary', 'description', 'eligibility', 'documents', 'howToApply'] as const) {
      const text = texts[field]
      if (text !== undefined) put(service[field], locale, text, where(field))
    }
    if (texts.costNote !== undefined) put(service.cost.note, locale, texts.costNote, where('cost note'))
  }
  const topics = merged.topics.flatMap((t) => [t, ...(t.children ?? [])])
  for (const [key, name] of Object.entries(file.topics)) put(found(topics.find((t) => t.key === key), locale, `topic “${key}”`).name, locale, name, `topic “${key}” name`)
  for (const [key, name] of Object.entries(file.audiences)) put(found(merged.audiences.find((a) => a.key === key), locale, `audience “${key}”`).name, locale, name, `audience “${key}” name`)
  for (const [key, name] of Object.entries(file.districts)) put(found(merged.districts.find((d) => d.key === key), locale, `district “${key}”`).name, locale, name, `district “${key}” name`)
  for (const [key, { transport }] of Object.entries(file.locations)) {
    put(found(merged.locations.find((l) => l.key === key), locale, `location “${key}”`).transport, locale, transport, `location “${key}” transport`)
  }
  const indicators = [...merged.indicators, ...merged.computedIndicators]
  for (const [slug, { name }] of Object.entries(file.plan.indicators)) put(found(indicators.find((i) => i.slug === slug), locale, `indicator “${slug}”`).name, locale, name, `indicator “${slug}” name`)
  for (const [german, unit] of Object.entries(file.plan.units)) {
    const using = indicators.filter((i) => i.unit.de === german)
    found(using[0], locale, `unit “${german}”`)
    for (const i of using) {
      // The indicator's row in this language is stored only where it has a name (the name is required).
      if (!i.name[locale]) throw new Error(`${locale}.ts: unit “${german}” of indicator “${i.slug}” needs the indicator's ${locale} name in plan.indicators too.`)
      put(i.unit, locale, unit, `indicator “${i.slug}” unit`)
    }
  }
}

/**
 * Copies of the sources with the language files' texts added. Throws at load, naming the file
 * and the text, when a file would overwrite a source text, translates a text the source does
 * not have, or names a key the sources do not know.
 */
export function withLocaleTexts(sources: DemoSources, files: Partial<Record<Locale, DemoLocaleTexts>>): DemoSources {
  const merged = structuredClone(sources)
  for (const [locale, file] of Object.entries(files)) {
    // Object.entries loses the key type; the map's keys are locales by its own type.
    if (isLocale(locale) && file) mergeOne(merged, locale, file)
  }
  return merged
}

/** What the demo seed writes. */
export const DEMO_TEXTS: DemoSources = withLocaleTexts(
  {
    towns: DEMO_TOWNS,
    guide: DEMO_GUIDE,
    services: DEMO_SERVICES,
    topics: DEMO_TOPICS,
    audiences: DEMO_AUDIENCES,
    districts: DEMO_DISTRICTS,
    locations: DEMO_LOCATIONS,
    indicators: DEMO_INDICATORS,
    computedIndicators: DEMO_COMPUTED_INDICATORS,
  },
  LOCALE_FILES,
)
