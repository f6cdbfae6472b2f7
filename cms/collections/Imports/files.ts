import fs from 'node:fs'
import path from 'node:path'
import { formatOf, openSpreadsheet, type Spreadsheet } from '@cms/import'
import { readS3Import, s3SettingsFromEnv } from '@cms/scale/s3'

/**
 * Where an import's files live: staff-only data (other organisations' addresses and
 * contacts), so in their own folder outside the media folder, which public routes serve.
 * The uploaded spreadsheet in the collection's upload folder (served only through the
 * imports collection's access-checked file route), the reports beside it in a folder that
 * no route serves (the report endpoint checks access and streams them).
 */
export interface ImportFiles {
  uploads: string
  reports: string
}

export function importFiles(importsDir: string): ImportFiles {
  return { uploads: path.join(importsDir, 'uploads'), reports: path.join(importsDir, 'reports') }
}

/**
 * Installations before IMPORTS_DIR kept import files inside the media folder
 * (`imports/`, `import-reports/`), where the media file route reached them. Moves them to
 * the imports folder on start; a second start finds nothing left to move. A file already
 * at the new place wins (it is the newer one).
 */
export function moveLegacyImportFiles(mediaDir: string, files: ImportFiles): number {
  let moved = 0
  for (const [from, to] of [[path.join(mediaDir, 'imports'), files.uploads], [path.join(mediaDir, 'import-reports'), files.reports]] as const) {
    if (!fs.existsSync(from)) continue
    fs.mkdirSync(to, { recursive: true })
    for (const name of fs.readdirSync(from)) {
      const target = path.join(to, name)
      if (fs.existsSync(target)) fs.rmSync(path.join(from, name), { recursive: true, force: true })
      else moveFile(path.join(from, name), target)
      moved++
    }
    fs.rmdirSync(from)
  }
  return moved
}

/** rename, or copy and delete when the two folders are on different disks. */
function moveFile(from: string, to: string) {
  try {
    fs.renameSync(from, to)
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EXDEV')) throw error
    fs.cpSync(from, to, { recursive: true })
    fs.rmSync(from, { recursive: true, force: true })
  }
}

/** The uploaded file's path; the name comes from Payload, which sanitises it, but never leave the folder. */
export function uploadPath(files: ImportFiles, filename: string): string {
  const full = path.resolve(files.uploads, path.basename(filename))
  if (!fs.existsSync(full)) throw new Error(`The uploaded file “${path.basename(filename)}” is gone; upload it again.`)
  return full
}

/**
 * Opens the uploaded spreadsheet: from the bucket when uploads go to S3 (S3_BUCKET; then no
 * copy is on this server's disk, and any instance can run the import), else from the folder.
 */
export async function openUpload(files: ImportFiles, filename: string): Promise<Spreadsheet> {
  const s3 = s3SettingsFromEnv()
  if (!s3) return openSpreadsheet(uploadPath(files, filename))
  const name = path.basename(filename)
  const bytes = await readS3Import(s3, name).catch((error: Error) => {
    throw new Error(`The uploaded file “${name}” cannot be read from storage (${error.message}); upload it again.`)
  })
  return openSpreadsheet(bytes, formatOf(name) ?? undefined)
}

/** The CSV report (downloaded) and the rows as JSON lines (paged through by the admin panel). */
export function reportPaths(files: ImportFiles, id: string) {
  const safe = id.replace(/[^a-zA-Z0-9-]/g, '')
  return { csv: path.join(files.reports, `${safe}.csv`), rows: path.join(files.reports, `${safe}.jsonl`) }
}

/** The reports go with their import (the spreadsheet is Payload's upload and goes with it anyway). */
export function deleteReports(files: ImportFiles, id: string): void {
  for (const file of Object.values(reportPaths(files, id))) fs.rmSync(file, { force: true })
}
