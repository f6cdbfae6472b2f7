import { diffVersions, plainText, type DiffField, valueAt } from '@shared/reviewDiff'

const text: DiffField['text'] = (v) => plainText(v)
const fields: DiffField[] = [
  { path: 'title', localized: true, text },
  { path: 'phone', localized: false, text },
  { path: 'address.street', localized: false, text },
  { path: 'topics', localized: false, text: (v) => (Array.isArray(v) ? v.map((id) => ({ t1: 'Work', t2: 'Housing' })[String(id)] ?? String(id)).join(', ') : '') },
]

test('each field lines up live against pending, translated fields language by language, changes marked', () => {
  const live = { title: { de: 'Beratung', en: 'Counselling' }, phone: '0361 1', address: { street: 'Markt 1' }, topics: ['t1'] }
  const pending = { title: { de: 'Beratung', en: 'Advice', ar: 'استشارة' }, phone: '0361 2', address: { street: 'Markt 1' }, topics: ['t1', 't2'] }
  const rows = diffVersions(fields, live, pending, ['de', 'en', 'ar', 'uk'])
  expect(rows).toEqual([
    { path: 'title', locale: 'de', live: 'Beratung', pending: 'Beratung', changed: false },
    { path: 'title', locale: 'en', live: 'Counselling', pending: 'Advice', changed: true },
    { path: 'title', locale: 'ar', live: '', pending: 'استشارة', changed: true },
    { path: 'phone', locale: null, live: '0361 1', pending: '0361 2', changed: true },
    { path: 'address.street', locale: null, live: 'Markt 1', pending: 'Markt 1', changed: false },
    { path: 'topics', locale: null, live: 'Work', pending: 'Work, Housing', changed: true },
  ])
})

test('a document never published: everything pending is new, languages without text are left out', () => {
  const rows = diffVersions(fields, null, { title: { de: 'Neu' }, phone: '1' }, ['de', 'en'])
  expect(rows.filter((r) => r.changed).map((r) => `${r.path}${r.locale ? `/${r.locale}` : ''}`)).toEqual(['title/de', 'phone'])
  expect(rows.find((r) => r.path === 'title' && r.locale === 'en')).toBeUndefined()
})

test('values read as one line: lists, nested rows without ids, tick boxes in words', () => {
  expect(plainText([{ id: 'x', location: 'Rathaus', ownHours: true }, { id: 'y', location: 'Bahnhof', ownHours: false }], ['ja', 'nein'])).toBe('location: Rathaus, ownHours: ja; location: Bahnhof, ownHours: nein')
  expect(plainText(null)).toBe('')
  expect(plainText(0)).toBe('0')
  expect(valueAt({ a: { b: 1 } }, 'a.b')).toBe(1)
  expect(valueAt({ a: [1] }, 'a.b')).toBeUndefined()
})
