/** The `.json` branch of `npm run import` (cms/import/cli.ts): an HSDS file into a town, all or nothing. */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Locale } from '@shared/locales'
import { formatSummary, ReportWriter } from '@cms/import/report'

interface Options {
  town: string
  locale?: Locale
  draft: boolean
  dryRun: boolean
  report?: string
  /** Where the command was typed (relative paths). */
  here: string
  fail: (message: string, code?: number) => never
}

/** How many problems the terminal shows; the report has them all. */
const SHOWN = 30

export async function importHsdsFile(file: string, o: Options): Promise<void> {
  const text = await fs.readFile(file).catch((error: unknown) => o.fail(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, 1))
  const { default: config } = await import('@cms/payload.config')
  const { getPayload } = await import('payload')
  const { importHsds } = await import('./run')
  const payload = await getPayload({ config })
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
  const reportPath = path.resolve(o.here, o.report ?? `import-report-${stamp}.csv`)
  const report = new ReportWriter(reportPath)
  let failure: string | null = null
  try {
    const { auditedImport } = await import('@cms/audit/imports')
    const run = () => importHsds(text, { payload, town: o.town, locale: o.locale, draft: o.draft, dryRun: o.dryRun })
    const { summary, rows, errors } = await auditedImport(payload, { town: o.town, format: 'hsds', file: path.basename(file) }, run)
    for (const row of rows) await report.add(row)
    await report.close(summary)
    process.stdout.write(`${formatSummary(summary)}\nReport: ${reportPath}\n`)
    if (errors.length) {
      const lines = errors.slice(0, SHOWN).map((e) => `  ${e.path}: ${e.message} [${e.code}]`)
      if (errors.length > SHOWN) lines.push(`  … and ${errors.length - SHOWN} more (see the report)`)
      failure = `Nothing was imported: ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${path.basename(file)}:\n${lines.join('\n')}`
    }
  } catch (error) {
    await report.close(null)
    failure = error instanceof Error ? error.message : String(error)
  } finally {
    // The running app learns of the imported entries (its response cache) before this process ends.
    const { flushChanges } = await import('@cms/cache/bus')
    await flushChanges()
    await payload.destroy().catch(() => undefined)
  }
  if (failure) o.fail(failure, 1)
  process.exit(0)
}
