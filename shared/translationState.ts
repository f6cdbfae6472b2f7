/**
 * The translation workflow's rules, as pure functions: which state each language of a
 * document is in after a save. States per language:
 * - `source`: the language the document is written in (the town's default)
 * - `current`: translated from the source as it is now (or confirmed still right)
 * - `outdated`: the source changed after this translation was saved
 * - `missing`: no text in this language
 * - `machine`: machine-translated and not yet reviewed by a person
 */
export const TRANSLATION_STATES = ['source', 'current', 'outdated', 'missing', 'machine'] as const
export type TranslationState = (typeof TRANSLATION_STATES)[number]

export interface LocaleRecord {
  state: TranslationState
  /** Hash of this language's texts when last saved. */
  textHash: string
  /** Hash of the source texts this translation was made from (or confirmed against). */
  basedOn: string
}

export interface SaveEvent {
  locale: string
  sourceLocale: string
  /** Hash of the saved language's texts; '' when they are all empty. */
  textHash: string
  minorEdit: boolean
  machine: boolean
}

/** FNV-1a, 64 bit as hex: stable, fast, and no crypto import in code the browser may load. */
export function hashTexts(values: unknown[]): string {
  if (values.every((v) => isEmpty(v))) return ''
  const text = JSON.stringify(values)
  let h = 0xcbf29ce484222325n
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i))
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return h.toString(16).padStart(16, '0')
}

export function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true
  if (typeof v === 'string') return v.trim() === ''
  return false
}

/**
 * The records after one language of a document was saved. Records of languages not in
 * `records` are created. Returns only the records that changed.
 */
export function applySave(records: Record<string, LocaleRecord | undefined>, save: SaveEvent): Record<string, LocaleRecord> {
  const changed: Record<string, LocaleRecord> = {}
  const source = records[save.sourceLocale]
  if (save.locale === save.sourceLocale) {
    if (source && source.textHash === save.textHash) return changed
    changed[save.sourceLocale] = { state: 'source', textHash: save.textHash, basedOn: save.textHash }
    for (const [locale, record] of Object.entries(records)) {
      if (locale === save.sourceLocale || !record || record.state === 'missing') continue
      const wasUpToDate = record.basedOn === (source?.textHash ?? '')
      if (save.minorEdit && wasUpToDate) {
        // A typo fix in the source: translations made from the old text stay as they were.
        changed[locale] = { ...record, basedOn: save.textHash }
      } else if (!save.minorEdit && record.state !== 'outdated') {
        changed[locale] = { ...record, state: 'outdated' }
      }
    }
    return changed
  }
  const before = records[save.locale]
  if (save.textHash === '') {
    if (before?.state !== 'missing') changed[save.locale] = { state: 'missing', textHash: '', basedOn: '' }
    return changed
  }
  if (before && before.textHash === save.textHash && before.state !== 'missing' && !save.machine) return changed
  changed[save.locale] = { state: save.machine ? 'machine' : 'current', textHash: save.textHash, basedOn: source?.textHash ?? '' }
  return changed
}

/** "Still current" for one language: reviewed against the source as it is now. */
export function confirm(record: LocaleRecord, sourceHash: string): LocaleRecord {
  return { ...record, state: 'current', basedOn: sourceHash }
}

/** The initial record of a language from its texts alone (no history known: assume current). */
export function initialRecord(locale: string, sourceLocale: string, textHash: string, sourceHash: string): LocaleRecord {
  if (locale === sourceLocale) return { state: 'source', textHash, basedOn: textHash }
  if (!textHash) return { state: 'missing', textHash: '', basedOn: '' }
  return { state: 'current', textHash, basedOn: sourceHash }
}
