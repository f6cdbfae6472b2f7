export type ListPart = { type: 'item'; index: number } | { type: 'literal'; value: string }

/**
 * How the reader's language joins n items ("a, b and c"; Arabic "a، b، و c"), as the positions
 * of the items and the words between them, so each item can be put in its own isolating element
 * while the commas and conjunctions stay in the sentence's direction.
 */
export function listParts(items: string[], intlLocale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): ListPart[] {
  const parts = listFormat(intlLocale, type).formatToParts(items)
  let index = 0
  return parts.map((p) => (p.type === 'element' ? { type: 'item', index: index++ } : { type: 'literal', value: p.value }))
}

// Building a ListFormat costs far more than using one, and a directory page lists the languages of 20 services.
const formats = new Map<string, Intl.ListFormat>()

function listFormat(intlLocale: string, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const key = `${intlLocale} ${type}`
  let format = formats.get(key)
  if (!format) formats.set(key, (format = new Intl.ListFormat(intlLocale, { style: 'long', type })))
  return format
}
