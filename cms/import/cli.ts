/**
 * `npm run import -- <file.csv|file.xlsx|file.json> --town <slug> [options]` (started by scripts/import.mjs).
 * Acts as the system, like an admin: run it on the server, with the app's DATABASE_URI.
 * A `.json` file is an HSDS export (cms/hsds/import); the rest are spreadsheets.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { isLocale } from '@shared/locales'
import { parseBbox } from './area'
import { geocoderFromEnv } from './geocoder'
import { checkMapping, detectMapping } from './mapping'
import { englishName } from './fields'
import { progressBar } from './progressBar'
import { countRows, openSpreadsheet } from './read'
import { formatSummary, ReportWriter } from './report'
import { TARGET_FIELDS, type ColumnMapping } from './types'

const USAGE = `Usage: npm run import -- <file.csv|file.xlsx|file.json> --town <slug> [options]

  --dry-run            check every row and report; save nothing
  --draft              save as drafts (default: publish)
  --report <file>      where the report goes (.csv or .json; default import-report-<time>.csv)
  --locale <code>      the language of the texts (default: the town's default language)
  --bbox <s,w,n,e>     the town's area for the coordinates check (default: around its locations)
  --map <field=Header> use this column for a field (repeatable); fields: ${TARGET_FIELDS.join(', ')}
  --batch-size <n>     rows written together (default 100); a run that is killed redoes at most one batch

Environment: DATABASE_URI (default file:./data/portal.db), GEOCODER_URL (a Nominatim server
for rows without coordinates; off by default).`

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`)
  process.exit(code)
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      town: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      draft: { type: 'boolean', default: false },
      report: { type: 'string' },
      locale: { type: 'string' },
      bbox: { type: 'string' },
      map: { type: 'string', multiple: true },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) fail(USAGE, 0)
  // npm runs scripts in the package folder; paths are meant from where the command was typed.
  const here = process.env.INIT_CWD ?? process.cwd()
  const file = positionals[0] ? path.resolve(here, positionals[0]) : fail(USAGE)
  const town = values.town ?? fail('--town is required (the town’s slug, e.g. --town eisenach).')
  if (values.locale && !isLocale(values.locale)) fail(`Unknown language “${values.locale}”.`)
  const area = values.bbox ? (parseBbox(values.bbox) ?? fail('--bbox needs south,west,north,east, e.g. 50.93,10.22,51.02,10.40.')) : null
  const locale = values.locale && isLocale(values.locale) ? values.locale : undefined
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size'])
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1)) fail('--batch-size needs a whole number of rows, e.g. --batch-size 50.')
  if (file.toLowerCase().endsWith('.json')) {
    const { importHsdsFile } = await import('../hsds/import/cli')
    return importHsdsFile(file, { town, locale, draft: values.draft, dryRun: values['dry-run'], report: values.report, here, fail })
  }

  const overrides: ColumnMapping = {}
  for (const pair of values.map ?? []) {
    const [name, ...header] = pair.split('=')
    const field = TARGET_FIELDS.find((f) => f === name)
    if (!field) fail(`--map: unknown field “${name}” (fields: ${TARGET_FIELDS.join(', ')}).`)
    overrides[field] = header.join('=') || undefined
  }
  const sheet = await openSpreadsheet(file).catch((error: unknown) => fail(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, 1))
  const mapping: ColumnMapping = { ...detectMapping(sheet.headers).mapping, ...overrides }
  const errors = checkMapping(mapping, sheet.headers)
  process.stderr.write(`Columns of ${path.basename(file)}:\n`)
  for (const [name, header] of Object.entries(mapping)) {
    const field = TARGET_FIELDS.find((f) => f === name)
    if (header && field) process.stderr.write(`  ${header} → ${englishName(field)}\n`)
  }
  const used = new Set(Object.values(mapping))
  const unused = sheet.headers.filter((h) => !used.has(h))
  if (unused.length) process.stderr.write(`  not used: ${unused.join(', ')} (map with --map field=Header)\n`)
  if (errors.length) fail(errors.join('\n'))

  const { default: config } = await import('../payload.config')
  const { getPayload } = await import('payload')
  const { runImport } = await import('./engine')
  const { flushChanges } = await import('../cache/bus')
  const payload = await getPayload({ config })

  const total = await countRows(sheet)
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
  const reportPath = path.resolve(here, values.report ?? `import-report-${stamp}.csv`)
  const report = new ReportWriter(reportPath)
  const bar = progressBar()
  // The same command again after a kill resumes (durable.ts): the same file, columns and options.
  const fingerprint = createHash('sha256')
    .update(fs.readFileSync(file))
    .update(JSON.stringify({ mapping, town, locale, area, draft: values.draft }))
    .digest('hex')
  let failure: string | null = null
  try {
    const { auditedImport } = await import('../audit/imports')
    const { summary } = await auditedImport(payload, { town, format: 'spreadsheet', file: path.basename(file) }, () => runImport(sheet.rows(), mapping, {
      payload,
      town,
      locale,
      area,
      draft: values.draft,
      dryRun: values['dry-run'],
      geocoder: geocoderFromEnv(),
      total,
      keepRows: false,
      ...(batchSize ? { batchSize } : {}),
      onRow: (plan) => report.add(plan),
      durable: {
        fingerprint,
        checkpoint: async () => {
          // The running app hears of the batch's entries before the batch counts as done.
          await flushChanges()
          return { report: report.length, reportPath: report.path }
        },
        resume: async (at, rowsDone) => {
          // Without --report the killed run's report (named by its start time) goes on.
          const previous = !values.report && typeof at.reportPath === 'string' ? at.reportPath : undefined
          report.resume(typeof at.report === 'number' ? at.report : 0, previous)
          if (rowsDone !== null) process.stderr.write(`Resuming the import stopped after row ${rowsDone} (the report goes on where it was).\n`)
        },
      },
      onProgress: ({ processed }) => bar.update(processed, total, processed === total),
    }))
    bar.done()
    await report.close(summary)
    process.stdout.write(`${formatSummary(summary)}\nReport: ${report.path}\n`)
  } catch (error) {
    bar.done()
    await report.close(null)
    failure = error instanceof Error ? error.message : String(error)
  } finally {
    // The running app learns of the imported entries (its response cache) before this process ends.
    await flushChanges()
    await payload.destroy().catch(() => undefined)
  }
  if (failure) fail(failure, 1)
  process.exit(0)
}

await main()
