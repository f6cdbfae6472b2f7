import { intlLocale } from './format'

/** "a, b and c" as the reader's language writes lists (Arabic uses its own comma and "و"). */
export function formatList(items: string[], locale: string): string {
  try {
    return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(items)
  } catch {
    return items.join(', ')
  }
}
