import fs from 'node:fs'
import path from 'node:path'

/**
 * Visible text is never built by joining translated words and values with `+` or a template
 * literal ("${title} – ${town}", "{value} {unit} ({year})", "{n} %"): word order, brackets,
 * the percent sign and spacing differ by language, and a value joined in is not isolated, so it
 * lands on the wrong side in Arabic and Persian. Such text comes from a message with
 * placeholders through `sentence()` (web/lib/sentence.ts; the `Compose` messages in
 * web/lib/compose.ts for titles, units and years) and numbers from web/lib/format.ts. This sweep
 * fails on a new join, in three shapes:
 * - a template literal interpolating a value next to a joining mark (– — ( ) % × quotes);
 * - JSX that puts such a mark between two values, or brackets around one: `{a} – {b}`, `({n})`;
 * - a string joined with `+` to a translation.
 * Attribute values that are addresses, ids and class names are not text and are left out.
 */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name)
    // Rendered pages and components; route handlers write CSV, iCal, feeds and sitemaps.
    if (e.isDirectory()) return e.name === '(payload)' ? [] : sources(file)
    return e.name.endsWith('.tsx') || ['webManifest.ts', 'compose.ts', 'metadata.ts'].includes(e.name) ? [file] : []
  })
}

/** Joins left for later, by file, each with the reason (none at present). */
const KNOWN: Record<string, string> = {}

/** Marks that join words and values; a hyphen is not one (it builds ids and class names). */
const JOINER = /[–—()%×“”„«»]/

/** Attributes whose value is an address, an id, a class or a drawing, never text a reader sees. */
const NOT_TEXT = /(?:className|href|id|key|htmlFor|d|viewBox|points|transform|style|action|src|aria-labelledby|aria-describedby|aria-controls|data-[\w-]+)=\{$/

/** The code without comments (so that examples in them do not count), line numbers kept. */
const uncomment = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/[^\n]*/g, (c, p: string) => p + ' '.repeat(c.length - p.length))

const TEMPLATE = /`(?:[^`\\$]|\\.|\$(?!\{)|\$\{(?:[^{}`]|\{[^{}]*\}|`[^`]*`)*\})*`/g

function findJoins(code: string): { at: number; text: string }[] {
  const found: { at: number; text: string }[] = []
  // Template literals with at least one interpolation (one level of nesting is enough here).
  for (const m of code.matchAll(TEMPLATE)) {
    const literal = m[0]
    if (!literal.includes('${')) continue
    const parts = literal.slice(1, -1).replace(/\$\{(?:[^{}`]|\{[^{}]*\}|`[^`]*`)*\}/g, '\u0000')
    if (!JOINER.test(parts)) continue
    const before = code.slice(Math.max(0, (m.index ?? 0) - 80), m.index).replace(/\s+$/, '')
    // A CSS length in a style object (`${share}%`) is not text either.
    if (NOT_TEXT.test(before) || /style=\{\{[^}]*$/.test(before) || /^[/?#]/.test(parts)) continue
    found.push({ at: m.index ?? 0, text: literal })
  }
  // JSX: a mark between two values (`{a} – {b}`, `{n} %`), or brackets around one (`({n})`).
  // Template literals are blanked first (they are checked above); `=> ({` is an arrow function, not JSX.
  const jsx = code.replace(TEMPLATE, (t) => ' '.repeat(t.length))
  for (const m of jsx.matchAll(/\}[ \t]*[–—×%][^\n<{]*|[–—×][ \t]*\{|(?<![=\w])>[ \t]*\([ \t]*\{|\}[ \t]+\([ \t]*\{|\}[ \t]*\)[ \t]*</g)) found.push({ at: m.index ?? 0, text: m[0] })
  // `+` joining a string to a translation, either way round.
  for (const m of code.matchAll(/\bt\w*\(\s*['"`][^'"`]+['"`]\s*\)\s*\+\s*['"`]|['"`]\s*\+\s*\bt\w*\(\s*['"`]/g)) found.push({ at: m.index ?? 0, text: m[0] })
  return found
}

test('no visible text in the portal is joined from translations and values by hand', () => {
  const files = sources(path.resolve('web'))
  expect(files.length).toBeGreaterThan(50)
  const joins = files.flatMap((file) => {
    const code = uncomment(fs.readFileSync(file, 'utf8'))
    const rel = path.relative(process.cwd(), file)
    return findJoins(code)
      .map(({ at, text }) => `${rel}:${code.slice(0, at).split('\n').length}: ${text.trim()}`)
      .filter((line) => !Object.keys(KNOWN).some((known) => line.startsWith(known)))
  })
  expect(joins).toEqual([])
})

test('the sweep finds each shape it looks for', () => {
  const shapes = [
    'title: `${t(\'title\')} – ${town.name}`',
    '<h1>{t(\'title\')} – {town.name}</h1>',
    '<td>{formatNumber(p, locale)} %</td>',
    '<span className="hint">({latest.year})</span>',
    '<summary>{t(\'filters\')} ({active})</summary>',
    '<td>{`${formatNumber(v, locale)} ${unit} (${year})`}</td>',
    'label: t(\'count\') + \': \' + n',
  ]
  for (const shape of shapes) expect([shape, findJoins(shape).length > 0]).toEqual([shape, true])
  for (const fine of ['className={`chart-label series-${i % 6}`}', 'href={`${list}#${RESULTS}`}', '<p>{t(\'intro\')}</p>', 'style={{ inlineSize: `${v}%` }}'])
    expect([fine, findJoins(fine)]).toEqual([fine, []])
})
