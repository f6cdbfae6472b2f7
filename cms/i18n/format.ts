/**
 * Dates, numbers and lists in the admin user's language, for the plugin's own components (the
 * fields' dates go through Payload's `admin.dateFormat`). One place, so every panel writes them
 * alike: Arabic and Persian digits, German thousands separators, a list joined with "und"/"و".
 */
export function formatDate(language: string, value: string | Date): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(value))
}

export function formatNumber(language: string, value: number): string {
  return new Intl.NumberFormat(language).format(value)
}

export function formatList(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { style: 'short', type: 'conjunction' }).format(items)
}
