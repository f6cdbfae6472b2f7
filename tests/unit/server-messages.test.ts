import fs from 'node:fs'
import path from 'node:path'

/**
 * Every message the server sends a person (a refused save, a refused request, a confirmation)
 * comes from the admin's dictionaries (cms/i18n, `translate(req.t, key)`), so it reaches them
 * in their admin language. This sweep reads the plugin's source and fails on an English
 * sentence written straight into an error or an answer: in an error's constructor, as a
 * `message:`, or passed to a local `fail`/`refuse` helper. New code is covered without anyone
 * remembering to.
 *
 * Allowed, each for a reason: words for operators and machines, never shown in the admin.
 */
const ALLOWED: Record<string, string> = {
  'cms/backup/': 'backup and restore are commands (and a job) for the operator, who reads their log',
  'cms/email/settings.ts': 'configuration errors at start, for the operator reading the log',
  'cms/import/cli.ts': 'the import command line speaks English, like every script of the project',
  'cms/import/context.ts': 'errors of the command line import (the admin checks the same before, in its own words)',
  'cms/hsds/import/cli.ts': 'the HSDS import command line',
  'cms/hsds/import/run.ts': "an HSDS problem's detail beside its code (the admin shows the code's words)",
  'cms/hsds/import/check.ts': "the same: an HSDS record's problem, with its code",
  'cms/hsds/import/read.ts': "the same: an HSDS record's problem, with its code",
  'cms/longWork/runJournal.ts': "a run refused while another of the town may be alive: the command line's words (the admin refuses a second run before, in its own: server.import.running)",
  'cms/import/run.ts': "a row problem's detail beside its code (the admin shows the code's words: importPanel.problem.*)",
  'cms/translation/provider.ts': "a translation service's unexpected answer, logged for the operator",
  'cms/translation/providers/deepl.ts': "DeepL's unexpected answer, logged for the operator",
  'cms/translation/providers/libreTranslate.ts': "LibreTranslate's unexpected answer, logged for the operator",
  'cms/collections/Users/payloadEndpoint.ts': 'a programming error (500), never a person’s mistake',
  'cms/collections/AccessibilityFeedback/submit.ts': 'the public form’s API answers with codes; the portal shows its own words for them (web/lib/feedbackAction.ts)',
  'cms/collections/AccessibilityFeedback/endpoints/submit.ts': 'the same public API',
}

/** An English sentence: a capital letter, a space somewhere, in quotes. */
const SENTENCE = String.raw`['"\`][A-Z“][^'"\`]* [^'"\`]*['"\`]`
const PATTERNS = [
  new RegExp(String.raw`new \w*Error\(\s*${SENTENCE}`),
  new RegExp(String.raw`message:\s*${SENTENCE}`),
  new RegExp(String.raw`\b(fail|refuse)\([^)]*${SENTENCE}`),
]

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return ['i18n', 'migrations', 'seed'].includes(entry.name) ? [] : sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && entry.name !== 'payload-types.ts' ? [full] : []
  })
}

// Jest runs from the repository's root (jest.config.js).
const root = process.cwd()

test('no English sentence in an error or answer of the plugin outside the dictionaries', () => {
  const files = sourceFiles(path.join(root, 'cms'))
  // The sweep reads the whole plugin (a wrong root would find nothing and pass).
  expect(files.length).toBeGreaterThan(200)
  const found = files.flatMap((file) => {
    const relative = path.relative(root, file)
    if (Object.keys(ALLOWED).some((allowed) => relative === allowed || (allowed.endsWith('/') && relative.startsWith(allowed)))) return []
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (PATTERNS.some((p) => p.test(line)) && !line.includes('new Error(') ? [`${relative}:${i + 1}: ${line.trim()}`] : []))
  })
  expect(found).toEqual([])
})

test('the sweep finds what it looks for (the patterns match the shapes above)', () => {
  const lines = [
    "throw new APIError('Only municipal staff may import.', 403)",
    "throw new ValidationError({ errors: [{ path: 'parent', message: 'An entry cannot be placed below itself.' }] })",
    "if (!role) fail(req, collection.slug, 'role', 'Please choose a role.')",
    'throw refuse(`A video may be at most ${MAX} MB.`)',
  ]
  for (const line of lines) expect([line, PATTERNS.some((p) => p.test(line))]).toEqual([line, true])
  expect(PATTERNS.some((p) => p.test("throw new APIError(translate(req.t, 'server.notFound'), 404)"))).toBe(false)
})

test('every allowed file and folder still exists (an allowance outlives no file)', () => {
  for (const file of Object.keys(ALLOWED)) expect([file, fs.existsSync(path.join(root, file))]).toEqual([file, true])
})
