import fs from 'node:fs'
import path from 'node:path'

/**
 * Every translated sentence of the portal that takes values (a town's name, a date, a count)
 * goes through `sentence()` (web/lib/sentence.ts), which isolates each value and number, so it
 * keeps its place in an Arabic or Persian sentence. A translator called with values directly (as
 * the measure dates, the plan editions and the open-data attribution once were) fails here.
 * `t.rich` is not swept: its values are markup.
 */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name)
    // Rendered HTML only: route handlers write CSV, iCal and feeds, where isolates do not belong.
    return e.isDirectory() ? (e.name === '(payload)' ? [] : sources(file)) : e.name.endsWith('.tsx') ? [file] : []
  })
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The names a file gives its translators: `const t = await getTranslations(…)`, `const [t, ts] = await Promise.all([getTranslations(…), …])`, and aliases of them. */
function translators(code: string): Set<string> {
  const names = new Set<string>()
  for (const m of code.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:getTranslations|useTranslations)\(/g)) names.add(m[1] ?? '')
  for (const m of code.matchAll(/\b(?:const|let)\s+\[([^\]]+)\]\s*=\s*await\s+Promise\.all\(\[/g)) {
    const vars = (m[1] ?? '').split(',').map((v) => v.trim())
    // The array's items up to its closing bracket, split at top-level commas.
    const items: string[] = []
    let depth = 0
    let item = ''
    for (const c of code.slice((m.index ?? 0) + m[0].length)) {
      if (depth === 0 && (c === ']' || c === ',')) {
        items.push(item.trim())
        item = ''
        if (c === ']') break
        continue
      }
      if ('([{'.includes(c)) depth++
      if (')]}'.includes(c)) depth--
      item += c
    }
    vars.forEach((v, i) => {
      if (/^(?:get|use)Translations\(/.test(items[i] ?? '')) names.add(v)
    })
  }
  // Aliases: `const t = text.isFallback ? fallback : null`.
  for (const m of code.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*([^\n]*)/g)) {
    if ([...names].some((n) => new RegExp(`(?<![.\\w])${escape(n)}(?![\\w(])`).test(m[2] ?? ''))) names.add(m[1] ?? '')
  }
  return names
}


test('every translation with values in the portal goes through sentence()', () => {
  const files = sources(path.resolve('web'))
  let calls = 0
  const direct = files.flatMap((file) => {
    const code = fs.readFileSync(file, 'utf8')
    return [...translators(code)].flatMap((name) =>
      [...code.matchAll(new RegExp(`(?<![.\\w])${escape(name)}\\(\\s*(['"\`])(?:(?!\\1).)*\\1\\s*([,)])`, 'g'))].flatMap((m) => {
        calls++
        if (m[2] === ')') return []
        const line = code.slice(0, m.index).split('\n').length
        return [`${path.relative(process.cwd(), file)}:${line}: ${m[0]}…`]
      }),
    )
  })
  // The sweep finds the translators it should (a guard against a regex that matches nothing).
  expect(calls).toBeGreaterThan(300)
  expect(direct).toEqual([])
})
