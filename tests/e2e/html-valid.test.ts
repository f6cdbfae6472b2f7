import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LOCALE_CODES } from '@shared/locales'
import { writeArtifact } from '../helpers/artifact'
import { BASE_URL } from './helpers/browser'
import { NOT_FOUND, resolvePageTypes, typeSlug } from './helpers/pageTypes'
import { hasJava, vnuErrors } from './helpers/vnu'

/**
 * Valid HTML: every page type in every locale, as any reader gets it (a plain fetch, no
 * browser), checked by the W3C Nu Html Checker in one run over all pages. Fails with page type ×
 * locale × message × extract, also written to tests/.artifacts/html-valid.md.
 *
 * Without Java the check is skipped with a loud message; with CI=true it fails instead (CI
 * installs everything the tests need, .ci/run).
 */
const java = hasJava()
const ci = process.env.CI === 'true'
if (!java) {
  const say = ci ? console.error : console.warn
  say(`\n*** HTML validation ${ci ? 'FAILS' : 'SKIPPED'}: no Java runtime for the Nu Html Checker (apt-get install -y default-jre-headless; .ci/run does). ***\n`)
}

/** Fetches at once: the server renders while the test waits. */
const LANES = 4

;(java || ci ? test : test.skip)(
  'every page type in every locale is valid HTML (Nu Html Checker)',
  async () => {
    if (!java) throw new Error('CI=true and no Java runtime: the HTML check cannot run (apt-get install -y default-jre-headless)')
    const started = Date.now()
    const pageTypes = await resolvePageTypes(BASE_URL)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'html-valid-'))
    try {
      /** File → "page type (locale)" for the report. */
      const pages = new Map<string, string>()
      const todo = LOCALE_CODES.flatMap((locale) => [...pageTypes].map(([type, subpath]) => ({ locale, type, subpath })))
      const statusErrors: string[] = []
      const lanes = Array.from({ length: LANES }, async () => {
        for (let next = todo.shift(); next; next = todo.shift()) {
          const { locale, type, subpath } = next
          const res = await fetch(`${BASE_URL}/${locale}${subpath}`)
          const expected = type === NOT_FOUND ? 404 : 200
          if (res.status !== expected) statusErrors.push(`${type} (${locale}): status ${res.status}, expected ${expected}`)
          const file = path.join(dir, `${typeSlug(type)}.${locale}.html`)
          fs.writeFileSync(file, await res.text())
          pages.set(file, `${type} (${locale})`)
        }
      })
      await Promise.all(lanes)
      const fetched = Date.now()
      const errors = await vnuErrors([...pages.keys()].sort())
      const failures = errors.map((e) => `- ${pages.get(e.file) ?? e.file}: ${e.message} — \`${e.extract.replace(/\s+/g, ' ')}\``)
      const kinds = new Map<string, number>()
      for (const e of errors) kinds.set(e.message, (kinds.get(e.message) ?? 0) + 1)
      const report = [
        '# HTML validation (Nu Html Checker, errors only)',
        '',
        `${pageTypes.size} page types × ${LOCALE_CODES.length} locales = ${pages.size} pages, town from ${BASE_URL}; fetched in ${Math.round((fetched - started) / 1000)} s, checked in ${Math.round((Date.now() - fetched) / 1000)} s.`,
        '',
        `${errors.length} errors${kinds.size ? ` of ${kinds.size} kinds on ${new Set(errors.map((e) => e.file)).size} pages:` : '.'}`,
        ...[...kinds].map(([message, count]) => `- ${count} × ${message}`),
        '',
        ...(failures.length ? ['## Errors', '', ...failures, ''] : []),
      ].join('\n')
      writeArtifact('html-valid.md', report)
      console.log(report)
      expect(statusErrors).toEqual([])
      expect(failures).toEqual([])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  },
  180_000,
)
