import fs from 'node:fs'
import path from 'node:path'
import { formatOf, openSpreadsheet, type Spreadsheet } from '../../import'
import { readS3Import, s3SettingsFromEnv } from '../../scale/s3'

/**
 * Where an import's files live: the uploaded spreadsheet in the collection's upload folder
 * (served only through Payload's access-checked file route), the reports in a folder that
 * is not served at all (the report endpoint checks access and streams them).
 */
export interface ImportFiles {
  uploads: string
  reports: string
}

export function importFiles(mediaDir: string): ImportFiles {
  return { uploads: path.join(mediaDir, 'imports'), reports: path.join(mediaDir, 'import-reports') }
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
