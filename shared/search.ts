/**
 * Search text: lowercase, without diacritics, German umlauts folded both ways, so that
 * "Beratung", "beratung" and "BERATUNG" match, and "Fruehstueck" finds "Frühstück".
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    // Persian and Arabic write the same letters with different code points.
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '') // Latin accents, Arabic harakat
    .replace(/\s+/g, ' ')
    .trim()
}

/** The words of a query (at most 8, at least 2 characters each, or any length for CJK/Arabic-script words). */
export function queryTerms(query: string | null | undefined): string[] {
  if (!query) return []
  return [...new Set(normalizeForSearch(query.slice(0, 200)).split(/[\s,.;:!?()"'«»]+/))]
    .filter((w) => w.length >= 2)
    .slice(0, 8)
}

/** One searchable string from texts in any languages (the index stores all of them). */
export function buildSearchText(texts: (string | null | undefined)[]): string {
  return normalizeForSearch(texts.filter(Boolean).join(' \u2022 ')).slice(0, 20000)
}
