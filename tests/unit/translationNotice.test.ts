import { translationNotice } from '@shared/translationNotice'

describe('translationNotice', () => {
  test('nothing to say in the source language or where the translation is there', () => {
    expect(translationNotice('de', 'de', { de: 'source' })).toBeNull()
    expect(translationNotice('ar', 'de', { de: 'source', ar: 'current' })).toBeNull()
    expect(translationNotice('ar', 'de', { de: 'source', ar: 'outdated' })).toBeNull()
  })

  test('a machine translation says so', () => {
    expect(translationNotice('tr', 'de', { de: 'source', tr: 'machine' })).toEqual({ kind: 'machine' })
  })

  test('a missing translation names the language shown instead: the first of the fallback chain with a text', () => {
    expect(translationNotice('ti', 'de', { de: 'source', en: 'current', ti: 'missing' })).toEqual({ kind: 'missing', shown: 'en' })
    expect(translationNotice('ti', 'de', { de: 'source', en: 'missing', ti: 'missing' })).toEqual({ kind: 'missing', shown: 'de' })
    // Pashto readers get Dari/Farsi first.
    expect(translationNotice('ps', 'de', { de: 'source', en: 'current', fa: 'current', ps: 'missing' })).toEqual({ kind: 'missing', shown: 'fa' })
    expect(translationNotice('de-x-ls', 'de', { de: 'source', 'de-x-ls': 'missing' })).toEqual({ kind: 'missing', shown: 'de' })
  })

  test('no record (not a language of the town, or not tracked yet): nothing to say', () => {
    expect(translationNotice('so', 'de', { de: 'source' })).toBeNull()
  })
})
