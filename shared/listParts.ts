export type ListPart = { type: 'item'; index: number } | { type: 'literal'; value: string }

/**
 * How the reader's language joins n items ("a, b and c"; Arabic "a، b، و c"), as the positions
 * of the items and the words between them, so each item can be put in its own isolating element
 * while the commas and conjunctions stay in the sentence's direction.
 */
export function listParts(items: string[], intlLocale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): readonly ListPart[] {
  // Callers ask with placeholders ("0", "1", …), so the same few lists come again and again
  // (a directory page lists the languages of 20 services): each is worked out once.
  const key = `${intlLocale} ${type} ${items.join('\u001f')}`
  let parts = known.get(key)
  if (!parts) {
    if (known.size >= KEEP) known.clear()
    known.set(key, (parts = partsOf(items, intlLocale, type)))
  }
  return parts
}

const KEEP = 1000
const known = new Map<string, readonly ListPart[]>()

function partsOf(items: string[], intlLocale: string, type: 'conjunction' | 'disjunction'): readonly ListPart[] {
  const parts = new Intl.ListFormat(intlLocale, { style: 'long', type }).formatToParts(items)
  let index = 0
  return Object.freeze(parts.map((p): ListPart => (p.type === 'element' ? { type: 'item', index: index++ } : { type: 'literal', value: p.value })))
}
