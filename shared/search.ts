/**
 * Search text: lowercase, without diacritics, German umlauts folded both ways, so that
 * "Beratung", "beratung" and "BERATUNG" match, and "Fruehstueck" finds "Frühstück".
 */
export function normalizeForSearch(text: string): string {
  return lowerForSearch(text)
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    // Turkish dotless i: typed as "i" on most keyboards (the other Turkish letters lose their marks below).
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '') // Latin accents, Arabic harakat
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Lowercase with the letter variants of the Arabic script folded (Persian and Arabic write the
 * same letters with different code points; hamza forms of alef, the zero-width non-joiner and
 * the tatweel are spelling choices), but umlauts and accents kept: what a stemmer reads.
 */
export function lowerForSearch(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/\u200c|\u200d|\u0640/g, '')
}

/** The words of a query (at most 8, at least 2 characters each, or any length for CJK/Arabic-script words). */
export function queryTerms(query: string | null | undefined): string[] {
  if (!query) return []
  return [...new Set(normalizeForSearch(query.slice(0, 200)).split(/[\s,.;:!?()"'«»،؛؟፣፤፥፦።]+/))]
    .filter((w) => w.length >= 2)
    .slice(0, 8)
}

/** One searchable string from texts in any languages (the index stores all of them). */
export function buildSearchText(texts: (string | null | undefined)[]): string {
  return normalizeForSearch(texts.filter(Boolean).join(' \u2022 ')).slice(0, 20000)
}
