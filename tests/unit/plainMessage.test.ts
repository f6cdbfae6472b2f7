import fs from 'node:fs'
import path from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { fillPlain, plainParts } from '@shared/plainMessage'

const catalogs = fs.readdirSync(path.join(process.cwd(), 'locales')).filter((f) => f.endsWith('.json'))

/** Every message of a catalog with its key. */
function* messagesOf(tree: unknown, prefix = ''): Generator<[string, string]> {
  if (typeof tree === 'string') yield [prefix, tree]
  else if (tree && typeof tree === 'object') for (const [k, v] of Object.entries(tree)) yield* messagesOf(v, prefix ? `${prefix}.${k}` : k)
}

test('a plain message says with string values exactly what the ICU formatter says, in every catalog', () => {
  let plain = 0
  for (const file of catalogs) {
    const locale = file.replace(/\.json$/, '') === 'de-x-ls' ? 'de' : file.replace(/\.json$/, '')
    for (const [key, message] of messagesOf(JSON.parse(fs.readFileSync(path.join(process.cwd(), 'locales', file), 'utf8')))) {
      const parts = plainParts(message)
      const formatter = new IntlMessageFormat(message, locale)
      const names = (formatter.getAst().flatMap((el) => ('value' in el && el.type === 1 ? [el.value] : [])) as string[])
      // Values with the characters that matter in Arabic and Persian sentences (isolates), and ICU's own.
      const values = Object.fromEntries(names.map((n, i) => [n, `\u2068Wert ${i} {#} 'x'\u2069`]))
      if (!parts) continue
      plain++
      expect({ file, key, text: fillPlain(parts, values) }).toEqual({ file, key, text: formatter.format(values) })
      // A number or a missing value is the formatter's business.
      if (names.length) {
        expect(fillPlain(parts, { ...values, [names[0] as string]: 3 })).toBeNull()
        expect(fillPlain(parts, {})).toBeNull()
      }
    }
  }
  // Most of the catalogs' messages with values are plain: the fast path is taken.
  expect(plain).toBeGreaterThan(500)
})

test('what is not plain: plurals, selects, formatted arguments, tags, quoting, unbalanced braces', () => {
  for (const message of ['{n, plural, one {# Tag} other {# Tage}}', '{g, select, a {x} other {y}}', '{n, number}', 'Siehe <link>hier</link>', "It''s {x}", 'a } b', 'a { b', '{a b}']) expect(plainParts(message)).toBeNull()
  expect(plainParts('{name} – {part}')).toEqual(['', 'name', ' – ', 'part', ''])
  expect(plainParts('Ohne Werte')).toEqual(['Ohne Werte'])
})
