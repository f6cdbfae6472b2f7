import { pickLocalized } from '@shared/localized'

describe('pickLocalized', () => {
  const values = { de: 'Willkommen.', en: 'Welcome.', fa: 'خوش آمدید.', ar: '' }

  test('takes the reader’s language when it has text', () => {
    expect(pickLocalized(values, 'en')).toEqual({ value: 'Welcome.', locale: 'en', isFallback: false })
  })

  test('treats an empty string as missing and follows the chain (ar → en)', () => {
    expect(pickLocalized(values, 'ar')).toEqual({ value: 'Welcome.', locale: 'en', isFallback: true })
  })

  test('Pashto falls back to Persian before English', () => {
    expect(pickLocalized(values, 'ps')?.locale).toBe('fa')
  })

  test('falls back to the town default, then German', () => {
    expect(pickLocalized({ de: 'A', en: 'B' }, 'tr', 'en')?.value).toBe('A')
    expect(pickLocalized({ en: 'B' }, 'tr', 'en')?.value).toBe('B')
  })

  test('returns null when no language has the text', () => {
    expect(pickLocalized({}, 'de')).toBeNull()
    expect(pickLocalized(null, 'de')).toBeNull()
    expect(pickLocalized({ de: '   ' }, 'de')).toBeNull()
  })

  test('keeps non-string values such as rich text', () => {
    const doc = { root: { children: [] } }
    expect(pickLocalized({ de: doc }, 'uk')?.value).toBe(doc)
  })
})
