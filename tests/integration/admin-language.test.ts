import type { Payload } from 'payload'
import { toWords } from 'payload'
import { en } from '@cms/i18n/en'
import { PORTAL_TRANSLATIONS } from '@cms/i18n/index'
import { YES_NO_CELL } from '@cms/i18n/labelFields'
import { DAY_ONLY } from '@cms/fields/dayOnly'
import { LOCAL_DATE_FIELD } from '@cms/fields/localDates'
import { LOCALE_OPTIONS } from '@cms/fields/localeOptions'
import { adminTexts, type AdminText } from './helpers/adminTexts'
import { bootPayload } from './helpers/payload'
import { restClient } from './helpers/rest'

/**
 * Every word the plugin adds to the admin comes in the admin user's language: walks the real,
 * sanitised config and fails on plain strings where a translation key belongs, on fields left
 * with Payload's name-derived English, on keys missing in a language, and on "translations"
 * that are still the English.
 */
let payload: Payload
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

const LANGUAGES = ['ar', 'de', 'en', 'fa', 'ru', 'tr', 'uk']

/** Plain strings that may stay: what Payload or its plugins generate, each with why. */
const PLAIN_ALLOWED: { where: RegExp; value?: ReadonlySet<string>; why: string }[] = [
  { where: /^(collection|global) payload-/, why: "Payload's own collections and globals (jobs, preferences, locks, migrations) are hidden from editors." },
  { where: /^task \S+ label$/, why: "Payload types a task's label as one string; the jobs list is hidden from the admin." },
  { where: / option /, value: new Set(LOCALE_OPTIONS.map((o) => o.label)), why: 'A portal language named in itself ("العربية (ar)"), the same for every reader.' },
]

/** Values the same in English and another language, on purpose: the language uses the same word. */
const SAME_AS_ENGLISH = new Set([
  'de imports.singular', // "Import"
  'de option.auditAction.import', // "Import"
  'de option.auditAction.export', // "Export"
  'de field.name', // "Name"
  'de field.website', // "Website"
  'de field.body', // "Text"
  'de field.logo', // "Logo"
  'de indicators.definition', // "Definition"
  'tr field.logo', // "Logo"
])

type Recorded = { text: unknown; keys: string[]; readLanguage: boolean }

/**
 * Calls a label or description function with a `t` that records the keys asked for, and notes
 * whether it read the admin language (names from Intl, like the spoken languages' names).
 */
function call(value: Function): Recorded { // eslint-disable-line @typescript-eslint/no-unsafe-function-type -- any label or description function
  const keys: string[] = []
  let readLanguage = false
  const t = (key: string) => {
    keys.push(key)
    return key
  }
  const i18n = {
    t,
    fallbackLanguage: 'en',
    get language() {
      readLanguage = true
      return 'en'
    },
  }
  return { text: Reflect.apply(value, undefined, [{ t, i18n }]), keys, readLanguage }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What is wrong with one text, or null; collects the translation keys it uses. */
function problem(text: AdminText, used: Set<string>): string | null {
  const { value, fieldName } = text
  if (typeof value === 'function') {
    const { text: result, keys, readLanguage } = call(value)
    keys.forEach((k) => used.add(k))
    if (!keys.length && !readLanguage) return 'a function that asks for no translation key and reads no language'
    return typeof result === 'string' && result ? null : 'a function that returns no text'
  }
  if (typeof value === 'string') {
    if (PLAIN_ALLOWED.some((a) => a.where.test(text.where) && (!a.value || a.value.has(value)))) return null
    if (fieldName && value === toWords(fieldName)) return `no label (Payload's "${value}" from the name)`
    return `plain text "${value}"`
  }
  if (isRecord(value)) {
    const missing = LANGUAGES.filter((l) => typeof value[l] !== 'string' || !value[l])
    return missing.length ? `per-language text without ${missing.join(', ')}` : null
  }
  if (value === undefined && fieldName) return 'no label'
  return null
}

test('every label, description, option, group and job label is in the admin language', () => {
  const used = new Set<string>()
  const problems = adminTexts(payload.config)
    .map((text) => [text.where, problem(text, used)] as const)
    .filter(([, p]) => p)
    .map(([where, p]) => `${where}: ${p}`)
  expect(problems).toEqual([])

  // Every portal key asked for exists, non-empty, in every admin language of the running config.
  const translations = payload.config.i18n.translations ?? {}
  expect(Object.keys(payload.config.i18n.supportedLanguages ?? {}).sort()).toEqual(LANGUAGES)
  const gaps: string[] = []
  for (const key of [...used].filter((k) => k.startsWith('portal:'))) {
    for (const language of LANGUAGES) {
      const portal = Reflect.get(translations, language)?.portal
      const value = isRecord(portal) ? portal[key.slice('portal:'.length)] : undefined
      if (typeof value !== 'string' || !value.trim()) gaps.push(`${language} ${key}`)
    }
  }
  expect(gaps).toEqual([])
  expect(used.size).toBeGreaterThan(300)
})

test('every text of the plugin is translated, not copied from the English', () => {
  const copies: string[] = []
  for (const [language, texts] of Object.entries(PORTAL_TRANSLATIONS)) {
    if (language === 'en') continue
    for (const [key, english] of Object.entries(en)) {
      const value = Reflect.get(texts, key)
      if (typeof value !== 'string' || !value.trim()) copies.push(`${language} ${key}: empty`)
      else if (value === english && !SAME_AS_ENGLISH.has(`${language} ${key}`)) copies.push(`${language} ${key}: "${value}"`)
    }
  }
  expect(copies).toEqual([])
})

test('date-only fields pick a day and show the short date; tick boxes read Yes / No in lists', () => {
  const wrong: string[] = []
  adminTexts(payload.config, (field, where) => {
    if (where.startsWith('collection payload-')) return
    if (field.type === 'date') {
      const date = field.admin?.date
      if (!date?.pickerAppearance) wrong.push(`${where}: no pickerAppearance (a day only, or a time?)`)
      if (date?.pickerAppearance === 'dayOnly' && date.displayFormat !== DAY_ONLY.displayFormat) wrong.push(`${where}: day-only with ${date.displayFormat ?? 'the default format (with 00:00)'}`)
    }
    if (field.type === 'checkbox' && field.admin?.components?.Cell !== YES_NO_CELL) wrong.push(`${where}: checkbox without the Yes / No cell`)
  })
  expect(wrong).toEqual([])
})

/**
 * Payload's picker drew fixed US patterns ("11/24/2026", "Dec 6, 2026 5:15 AM", "5:15 PM") in a
 * German admin: every date field, the host's and other plugins' too, shows the admin language's
 * short date (date-fns `P`, with time `Pp`, times `p`) through the picker that has the language's
 * locale from the first render.
 */
test('every date field shows dates in the admin language from the first render', () => {
  const wrong: string[] = []
  let dates = 0
  adminTexts(payload.config, (field, where) => {
    if (field.type !== 'date' || where.startsWith('collection payload-')) return
    // Payload adds createdAt / updatedAt after every plugin: hidden, never a picker; their list
    // filter falls back to the config's admin.dateFormat (Pp, checked below).
    if (field.admin?.hidden && ['createdAt', 'updatedAt', 'deletedAt'].includes(field.name)) return
    dates++
    const date = field.admin?.date
    if (field.admin?.components?.Field !== LOCAL_DATE_FIELD) wrong.push(`${where}: Payload's picker (its first render is US English)`)
    // A custom field component gets its field as first built, for every reader: texts by language, not functions.
    if (typeof field.label === 'function' || typeof field.admin?.description === 'function') wrong.push(`${where}: a label or description in the first reader's language`)
    for (const text of [field.label, field.admin?.description]) {
      if (isRecord(text) && Object.values(text).some((v) => typeof v !== 'string' || /^[a-z]+:[\w.]+$/.test(v))) wrong.push(`${where}: a key instead of words (${JSON.stringify(text)})`)
    }
    if (!/^(P|Pp|p)$/.test(date?.displayFormat ?? '')) wrong.push(`${where}: shows ${date?.displayFormat ?? "Payload's US format"}`)
    if ((date?.pickerAppearance === 'dayAndTime' || date?.pickerAppearance === 'timeOnly') && date.timeFormat !== 'p') wrong.push(`${where}: times as ${date.timeFormat ?? 'h:mm aa'}`)
  })
  expect(wrong).toEqual([])
  expect(dates).toBeGreaterThan(10)
  const validFrom = payload.config.collections.find((c) => c.slug === 'services')?.flattenedFields.find((f) => f.name === 'validFrom')
  expect(validFrom && 'label' in validFrom ? validFrom.label : null).toMatchObject({ de: PORTAL_TRANSLATIONS.de['services.validFrom'], ar: PORTAL_TRANSLATIONS.ar['services.validFrom'] })
  expect(payload.config.admin.dateFormat).toBe('Pp')
})

/**
 * Payload picks the admin language from its cookie, then from the browser's Accept-Language: a
 * provider invited in German whose browser says en-US got an English admin. A login sets the
 * cookie from the account's language, unless the browser holds one (a choice made in the admin).
 */
test("a login sets the admin language cookie to the account's language, never over a choice already made", async () => {
  const api = await restClient(payload.config)
  const password = 'a-long-test-password-2026'
  await payload.create({ collection: 'users', data: { email: 'lang-ar@test.example', password, role: 'admin', language: 'ar' }, overrideAccess: true })
  await payload.create({ collection: 'users', data: { email: 'lang-none@test.example', password, role: 'admin' }, overrideAccess: true })
  const login = async (email: string, cookie?: string) => {
    const res = await api.request('POST', '/users/login', { json: { email, password }, headers: { 'Accept-Language': 'en-US,en;q=0.9', ...(cookie ? { Cookie: cookie } : {}) } })
    expect(res.status).toBe(200)
    return res.headers.getSetCookie().filter((c) => c.startsWith('payload-lng='))
  }
  expect(await login('lang-ar@test.example')).toEqual(['payload-lng=ar; Path=/; SameSite=Lax; Max-Age=31536000'])
  expect(await login('lang-ar@test.example', 'payload-lng=de')).toEqual([])
  expect(await login('lang-none@test.example')).toEqual([])
})
