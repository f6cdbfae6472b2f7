import { seededNeedsNativeReview } from '@shared/nativeReview'
import { isInScript, scriptOf, scriptShare } from '@shared/script'
import { describeProblem, textProblem } from '@shared/translationCheck'

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
  test('counts words: digits, spaces and punctuation separate them; Arabic vowel marks belong to their word', () => {
    expect(scriptShare('112 – 116 117!', 'Latin')).toEqual({ words: 0, inScript: 0, share: 1 })
    // "kataba" with its three vowel marks: one word.
    expect(scriptShare('كَتَبَ', 'Arabic')).toEqual({ words: 1, inScript: 1, share: 1 })
  })

  test('a Tigrinya sentence with a German office name in brackets is mostly Ethiopic', () => {
    const text = 'ኣብ ቤት ጽሕፈት ምዝገባ (Bürgerbüro) ኣድራሻኹም ኣመዝግቡ።'
    const { share, words, inScript } = scriptShare(text, 'Ethiopic')
    expect(words).toBe(inScript + 1)
    expect(share).toBeGreaterThan(0.5)
    expect(isInScript(text, 'Ethiopic')).toBe(true)
  })

  test('a short title with a German name counts by words, not letters (an Ethiopic syllable is one letter)', () => {
    expect(isInScript('Eisenacher Tafel – መግቢ ብውሑድ ገንዘብ', 'Ethiopic')).toBe(true)
    expect(isInScript('Eisenacher Tafel – خواړه په لږو پیسو', 'Arabic')).toBe(true)
    expect(isInScript('Eisenacher Tafel – ገንዘብ', 'Ethiopic')).toBe(false)
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

describe('textProblem', () => {
  const sources = { de: 'Willkommen in Eisenach!', en: 'Welcome to Eisenach!' }

  test('a translation in its own script passes, German office names inside included', () => {
    expect(textProblem('ti', 'እንቋዕ ናብ ኣይዘናኽ (Eisenach) ብደሓን መጻእኩም!', sources)).toBeNull()
    expect(textProblem('uk', 'Ласкаво просимо до Айзенаха!', sources)).toBeNull()
    expect(textProblem('so', 'Ku soo dhawoow Eisenach!', sources)).toBeNull()
  })

  test('a missing text is a fallback, except in easy German (it falls back to German)', () => {
    expect(textProblem('ps', '  ', sources)).toEqual({ kind: 'missing' })
    expect(textProblem('de-x-ls', '', sources)).toBeNull()
  })

  test('dev-provider output, copies and the wrong script are found, in that order', () => {
    expect(textProblem('ti', '[ti] Willkommen in Eisenach!', sources)).toEqual({ kind: 'dev-output', prefix: 'ti' })
    expect(textProblem('fr', 'Willkommen  in Eisenach!', sources)).toEqual({ kind: 'copy', of: 'de' })
    expect(textProblem('so', 'Welcome to Eisenach!', sources)).toEqual({ kind: 'copy', of: 'en' })
    expect(textProblem('ru', 'Dobro pozhalovat v Eisenach!', sources)).toMatchObject({ kind: 'script', script: 'Cyrillic' })
  })

  test('a text without letters (a unit such as "%") is the same in every language', () => {
    expect(textProblem('uk', '%', { de: '%', en: '%' })).toBeNull()
    expect(textProblem('ar', '٪', { de: '%', en: '%' })).toBeNull()
    expect(textProblem('ru', 'Personen', { de: 'Personen', en: 'people' })).toEqual({ kind: 'copy', of: 'de' })
  })

  test('easy German may read like German; English is no copy of itself', () => {
    expect(textProblem('de-x-ls', 'Willkommen in Eisenach!', sources)).toBeNull()
    expect(textProblem('en', 'Welcome to Eisenach!', sources)).toBeNull()
  })

  test('each problem has plain words', () => {
    expect(describeProblem({ kind: 'missing' })).toBe('missing (readers get a fallback)')
    expect(describeProblem({ kind: 'dev-output', prefix: 'ti' })).toBe('dev-provider output (“[ti]” prefix)')
    expect(describeProblem({ kind: 'copy', of: 'en' })).toBe('a copy of the English text')
    expect(describeProblem({ kind: 'script', script: 'Ethiopic', share: 0.126 })).toBe('not in Ethiopic script (13 % of its words are)')
  })
})

describe('seededNeedsNativeReview', () => {
  test('the demo flags every Tigrinya, Somali and Pashto text, and nothing else', () => {
    expect(['ti', 'so', 'ps'].map((l) => seededNeedsNativeReview(l, 'current'))).toEqual([true, true, true])
    expect(seededNeedsNativeReview('ti', 'machine')).toBe(true)
    expect(seededNeedsNativeReview('ti', 'missing')).toBe(false)
    expect(seededNeedsNativeReview('ar', 'current')).toBe(false)
  })
})
