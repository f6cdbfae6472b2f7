import { findPhoneNumbers, splitPhoneNumbers } from '@shared/phoneNumbers'

const hrefs = (text: string) => findPhoneNumbers(text).map((m) => m.href)
const texts = (text: string) => findPhoneNumbers(text).map((m) => m.text)

describe('findPhoneNumbers: German formats become tel: links', () => {
  test.each([
    ['Tel. 03691 670-0', '03691 670-0', 'tel:+4936916700'],
    ['Rufen Sie 0361 655 1234 an.', '0361 655 1234', 'tel:+493616551234'],
    ['Telefon: 03691/12 34 56', '03691/12 34 56', 'tel:+493691123456'],
    ['(03691) 79 30 10', '(03691) 79 30 10', 'tel:+493691793010'],
    ['+49 3691 670-123', '+49 3691 670-123', 'tel:+493691670123'],
    ['+49 (0) 3691 670123', '+49 (0) 3691 670123', 'tel:+493691670123'],
    ['0049 361 1234567', '0049 361 1234567', 'tel:+493611234567'],
    ['mobil 0151 23456789', '0151 23456789', 'tel:+4915123456789'],
    ['kostenlos: 0800 111 0 111', '0800 111 0 111', 'tel:+498001110111'],
    ['written together 03691123456', '03691123456', 'tel:+493691123456'],
    ['in Kyiv: +380 44 123 4567', '+380 44 123 4567', 'tel:+380441234567'],
  ])('%s', (text, written, href) => {
    expect(texts(text)).toEqual([written])
    expect(hrefs(text)).toEqual([href])
  })

  test.each([
    ['Bei Lebensgefahr wählen Sie sofort 112.', 'tel:112', 'emergency'],
    ['- 110 – Polizei', 'tel:110', 'emergency'],
    ['Bereitschaftsdienst an: 116117. Dort', 'tel:116117', 'emergency'],
    ['- 116 016 – Hilfetelefon', 'tel:116016', 'emergency'],
    ['Behördennummer 115', 'tel:115', 'public'],
    ['Nummer gegen Kummer 116 111', 'tel:116111', 'public'],
    ['على الرقم 116117. وفي حالات الخطر على الحياة اتصلوا فورًا بالرقم 112.', 'tel:116117 tel:112', 'emergency'],
    ['در خطر جانی فوراً با 112 تماس بگیرید.', 'tel:112', 'emergency'],
  ])('short public number: %s', (text, href, kind) => {
    const found = findPhoneNumbers(text)
    expect(found.map((m) => m.href).join(' ')).toBe(href)
    expect(found[0]?.kind).toBe(kind)
  })

  test('two numbers joined by a slash are two links', () => {
    expect(hrefs('0361 123456 / 0361 654321')).toEqual(['tel:+49361123456', 'tel:+49361654321'])
  })

  test('a trailing bracket stays with the sentence', () => {
    expect(texts('(Telefon 0361 123456)')).toEqual(['0361 123456'])
    expect(texts('Notruf (112)')).toEqual(['112'])
  })
})

describe('findPhoneNumbers: what must stay text', () => {
  test.each([
    ['a year', 'Seit 2026 gibt es den Kurs.'],
    ['a postal code', 'Markt 2, 99817 Eisenach'],
    ['an eastern postal code starting with 0', 'Pirnaische Str. 9, 01069 Dresden'],
    ['a price', 'Der Kurs kostet 112 € oder 0,50 Euro pro Stunde.'],
    ['a price in euros', 'Gebühr: 110 EUR'],
    ['a German date', 'am 01.02.2026 um 11:20'],
    ['a date with slashes', 'bis 05/12/2026'],
    ['an ISO date', '2026-12-05'],
    ['a house number', 'Katharinenstraße 112'],
    ['a house number after "Str."', 'Goethestr. 110'],
    ['a paragraph', 'nach § 112 SGB V'],
    ['an ID', 'Aktenzeichen 0815-4711-12'],
    ['a case number', 'Az. 0361 123456'],
    ['an IBAN', 'IBAN DE89 3704 0044 0532 0130 00'],
    ['a room', 'Raum 110'],
    ['a number inside a word', 'Formular A112 oder 112a'],
    ['a decimal', '3,112 und 1.112,50'],
    ['a distance', '112 km entfernt'],
    ['other three-digit numbers', 'Linie 3, 113 Plätze, 999 Dinge'],
    ['a short number in a longer chain', '112 112 112'],
  ])('%s', (_what, text) => {
    expect(findPhoneNumbers(text)).toEqual([])
  })
})

describe('splitPhoneNumbers', () => {
  test('gives the text back in pieces', () => {
    const text = 'Termin unter 03691 670-0 oder im Notfall 112.'
    const parts = splitPhoneNumbers(text)
    expect(parts.map((p) => p.text).join('')).toBe(text)
    expect(parts.filter((p) => p.phone).map((p) => p.text)).toEqual(['03691 670-0', '112'])
  })

  test('text without numbers is one piece', () => {
    expect(splitPhoneNumbers('Hallo')).toEqual([{ text: 'Hallo' }])
  })
})
