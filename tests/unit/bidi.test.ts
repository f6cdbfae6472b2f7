import { FSI, PDI, isolate, isolateAll, isolateFor, keyArguments, splitIsolates, withNote } from '@shared/isolate'
import { listParts } from '@shared/listParts'
import { foreignRuns } from '@shared/scriptRuns'

const runs = (text: string, dir: 'ltr' | 'rtl') => foreignRuns(text, dir).map((r) => text.slice(r.start, r.end))

describe('isolateFor, isolateAll and withNote (what sentence() in web/lib/sentence.ts does)', () => {
  const message = '{kind, select, service {Dieses Angebot} other {Diese Seite}} gibt es nicht auf {language}; {count, plural, one {# Text} other {# Texte}} in {original}.'

  test('select and plural arguments stay bare keys, shown values are isolated', () => {
    expect([...keyArguments(message)].sort()).toEqual(['count', 'kind'])
    expect(isolateFor(message, { kind: 'service', count: 2, language: 'Tigrinya', original: 'English' })).toEqual({
      kind: 'service',
      count: 2,
      language: `${FSI}Tigrinya${PDI}`,
      original: `${FSI}English${PDI}`,
    })
  })

  test('the formatted sentence gets its own numbers isolated too, each part once', () => {
    expect(isolateAll(`منذ ${FSI}2020${PDI} في Eisenach 11 منظمة`)).toBe(`منذ ${FSI}2020${PDI} في Eisenach ${FSI}11${PDI} منظمة`)
  })

  test('a label with a note in brackets: both isolated, the brackets outside', () => {
    expect(withNote('Integrationskonzept 2020', '31.12.2020')).toBe(`${FSI}Integrationskonzept 2020${PDI} (${FSI}31.12.2020${PDI})`)
  })
})

describe('isolate and splitIsolates', () => {
  test('string values are wrapped in FSI…PDI, numbers and empty strings are kept', () => {
    expect(isolate({ town: 'Eisenach', count: 11, empty: '' })).toEqual({ town: `${FSI}Eisenach${PDI}`, count: 11, empty: '' })
  })

  test('stray isolate marks inside a value cannot unbalance the sentence', () => {
    expect(isolate({ name: `a${PDI}b` }).name).toBe(`${FSI}ab${PDI}`)
  })

  test('a sentence is cut into its words, its values and its numbers', () => {
    const sentence = `تساعد هذه المنظمات القادمين الجدد في ${FSI}Eisenach${PDI}. 11 منظمة`
    expect(splitIsolates(sentence)).toEqual([
      { text: 'تساعد هذه المنظمات القادمين الجدد في ', isolated: false },
      { text: 'Eisenach', isolated: true },
      { text: '. ', isolated: false },
      { text: '11', isolated: true },
      { text: ' منظمة', isolated: false },
    ])
  })

  test('Persian digits with their separators are one number; nested values are one part', () => {
    expect(splitIsolates(`قیمت ۱۲٫۵۰ یورو ${FSI}a ${FSI}b${PDI}${PDI}`)).toEqual([
      { text: 'قیمت ', isolated: false },
      { text: '۱۲٫۵۰', isolated: true },
      { text: ' یورو ', isolated: false },
      { text: 'a b', isolated: true },
    ])
  })
})

describe('listParts', () => {
  test('Arabic joins with "و"; items keep their order', () => {
    const parts = listParts(['Caritas', 'Diakonie', 'AWO'], 'ar')
    expect(parts.filter((p) => p.type === 'item')).toEqual([0, 1, 2].map((index) => ({ type: 'item', index })))
    const words = parts.flatMap((p) => (p.type === 'literal' ? [p.value] : []))
    expect(words.map((w) => w.trim())).toEqual(['و', 'و'])
  })

  test('Persian uses "و", German "und"', () => {
    const literal = (locale: string) => listParts(['a', 'b'], locale).flatMap((p) => (p.type === 'literal' ? [p.value.trim()] : []))
    expect(literal('fa')).toEqual(['و'])
    expect(literal('de')).toEqual(['und'])
  })
})

describe('foreignRuns', () => {
  test('a German term in brackets inside Arabic is one run, the brackets stay outside', () => {
    expect(runs('الخدمة الطبية المناوبة (ärztlicher Bereitschaftsdienst): عندما', 'rtl')).toEqual(['ärztlicher Bereitschaftsdienst'])
  })

  test('German quotes stay with the term they quote', () => {
    expect(runs('خط المساعدة «العنف ضد النساء» (Hilfetelefon „Gewalt gegen Frauen“): على مدار', 'rtl')).toEqual(['Hilfetelefon „Gewalt gegen Frauen“'])
    expect(runs('به „Ausländerbehörde“ بروید', 'rtl')).toEqual(['„Ausländerbehörde“'])
  })

  test('a house number belongs to the street, the next sentence\'s number does not', () => {
    expect(runs('العنوان Katharinenstraße 112، الطابق', 'rtl')).toEqual(['Katharinenstraße 112'])
    expect(runs('في Eisenach. 11 منظمة', 'rtl')).toEqual(['Eisenach'])
  })

  test('an e-mail address and a link stay whole', () => {
    expect(runs('بنویسید به info@caritas-eisenach.de یا www.eisenach.de/?q=kita.', 'rtl')).toEqual(['info@caritas-eisenach.de', 'www.eisenach.de/?q=kita'])
  })

  test('an Arabic name inside German text', () => {
    expect(runs('Der Verein „بيت الثقافة“ lädt ein.', 'ltr')).toEqual(['„بيت الثقافة“'])
  })

  test('text in its own direction has no runs', () => {
    expect(runs('Bitte rufen Sie an.', 'ltr')).toEqual([])
    expect(runs('لطفاً تماس بگیرید ۱۱۲.', 'rtl')).toEqual([])
  })
})
