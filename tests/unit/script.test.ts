import { isInScript, scriptOf, scriptShare } from '@shared/script'

describe('scriptOf', () => {
  test.each([
    ['ti', 'Ethiopic'],
    ['ar', 'Arabic'],
    ['fa', 'Arabic'],
    ['ps', 'Arabic'],
    ['uk', 'Cyrillic'],
    ['ru', 'Cyrillic'],
    ['de', 'Latin'],
    ['de-x-ls', 'Latin'],
    ['so', 'Latin'],
    ['tr', 'Latin'],
    ['fr', 'Latin'],
  ])('%s is written in %s', (locale, script) => {
    expect(scriptOf(locale)).toBe(script)
  })
})

describe('scriptShare', () => {
  test('counts letters only: digits, spaces, punctuation and Arabic vowel marks are not letters', () => {
    expect(scriptShare('112 – 116 117!', 'Latin')).toEqual({ letters: 0, inScript: 0, share: 1 })
    // "kataba" with its three vowel marks: 3 letters, the marks (category M) do not count.
    expect(scriptShare('كَتَبَ', 'Arabic')).toEqual({ letters: 3, inScript: 3, share: 1 })
  })

  test('a Tigrinya sentence with a German office name in brackets is mostly Ethiopic', () => {
    const text = 'ኣብ ቤት ጽሕፈት ምዝገባ (Bürgerbüro) ኣድራሻኹም ኣመዝግቡ።'
    const { share, letters, inScript } = scriptShare(text, 'Ethiopic')
    expect(letters).toBe(inScript + 'Bürgerbüro'.length)
    expect(share).toBeGreaterThan(0.5)
    expect(isInScript(text, 'Ethiopic')).toBe(true)
  })

  test('an English or transliterated text in a non-Latin language fails', () => {
    expect(isInScript('Register your address at the Bürgerbüro', 'Ethiopic')).toBe(false)
    expect(isInScript('Laskavo prosymo do Aizenakha', 'Cyrillic')).toBe(false)
    expect(isInScript('Ласкаво просимо до Айзенаха', 'Cyrillic')).toBe(true)
    expect(isInScript('برای اجازه اقامت به اداره اتباع خارجی (Ausländerbehörde) بروید', 'Arabic')).toBe(true)
  })

  test('a Latin-script language fails when its text is in another script', () => {
    expect(isInScript('Soo dhawoow Eisenach!', 'Latin')).toBe(true)
    expect(isInScript('Добро пожаловать в Eisenach', 'Latin')).toBe(false)
  })

  test('exactly half is not most', () => {
    expect(scriptShare('ab аб', 'Latin').share).toBe(0.5)
    expect(isInScript('ab аб', 'Latin')).toBe(false)
  })
})
