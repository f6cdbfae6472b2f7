import type { Locale } from 'date-fns'
import { ar } from 'date-fns/locale/ar'
import { de } from 'date-fns/locale/de'
import { enUS } from 'date-fns/locale/en-US'
import { faIR } from 'date-fns/locale/fa-IR'
import { ru } from 'date-fns/locale/ru'
import { tr } from 'date-fns/locale/tr'
import { uk } from 'date-fns/locale/uk'

/**
 * The date-fns locale of each admin language, by Payload's `dateFNSKey` (its language files
 * name them so). Bundled, not loaded: Payload loads its date-fns locale in the browser after the
 * first render, so its date picker drew "11/24/2026" and "Time" in a German admin until then.
 */
const DATE_LOCALES: Record<string, Locale> = { ar, de, 'en-US': enUS, 'fa-IR': faIR, ru, tr, uk }

/** The date-fns locale of a Payload `dateFNSKey`; undefined for a language the plugin does not ship. */
export const dateLocale = (dateFNSKey: string): Locale | undefined => DATE_LOCALES[dateFNSKey]
