import fs from 'node:fs'
import path from 'node:path'
import { copyHashed, type FileEntry, filesBelow, sha256Of } from './files'
import { FILE_SETS, type Installation } from './installation'
import { DATABASE_COPY, type Manifest, SECRET_COPY, writeManifest } from './manifest'
import { copyDatabase, inspectDatabase } from './sqlite'

async function entry(dir: string, relative: string): Promise<FileEntry> {
  const file = path.join(dir, relative)
  return { path: relative, bytes: fs.statSync(file).size, sha256: await sha256Of(file) }
}

/**
 * Writes one snapshot of `installation` into the new folder `dir`: the database copy, the
 * generated secret, every uploaded file, and last the manifest.
 *
 * The database is copied first, then the files: a file uploaded in between is in the snapshot
 * without a document (harmless); one deleted in between would be missing, which is why the
 * copy comes first (uploads are far more common than deletions, and the copy takes a second).
 * The copy is then opened and checked (inspectDatabase) before the manifest says it is whole.
 */
export async function createSnapshot(installation: Installation, dir: string, options: { name: string; app: Manifest['app'] }): Promise<Manifest> {
  const started = Date.now()
  fs.mkdirSync(dir, { recursive: true })
  const takenAt = new Date().toISOString()
  await copyDatabase(installation.databaseFile, path.join(dir, DATABASE_COPY))
  const files: FileEntry[] = [await entry(dir, DATABASE_COPY)]

  const secret = process.env.PAYLOAD_SECRET ? 'environment' : fs.existsSync(installation.secretFile) ? 'file' : 'none'
  if (secret === 'file') {
    fs.copyFileSync(installation.secretFile, path.join(dir, SECRET_COPY))
    fs.chmodSync(path.join(dir, SECRET_COPY), 0o600)
    files.push(await entry(dir, SECRET_COPY))
  }

  for (const set of FILE_SETS) {
    const from = installation.fileDirs[set]
    for (const relative of filesBelow(from)) {
      const inSnapshot = `files/${set}/${relative}`
      files.push({ path: inSnapshot, ...(await copyHashed(path.join(from, relative), path.join(dir, inSnapshot))) })
    }
  }

  const { counts, migrations } = await inspectDatabase(path.join(dir, DATABASE_COPY))
  const manifest: Manifest = {
    format: 1,
    name: options.name,
    takenAt,
    durationMs: Date.now() - started,
    app: options.app,
    database: { kind: 'sqlite', migrations, counts },
    secret,
    files,
  }
  writeManifest(dir, manifest)
  return manifest
}

/**
 * Checks a snapshot folder against its manifest before anything is restored from it: every
 * file there with its size and SHA-256, and the database copy opened and checked by SQLite.
 */
export async function verifySnapshot(dir: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = []
  for (const file of manifest.files) {
    const full = path.join(dir, file.path)
    if (!fs.existsSync(full)) problems.push(`${file.path} is missing`)
    else if (fs.statSync(full).size !== file.bytes) problems.push(`${file.path} has ${fs.statSync(full).size} bytes, the manifest says ${file.bytes}`)
    else if ((await sha256Of(full)) !== file.sha256) problems.push(`${file.path} does not match its checksum`)
  }
  if (!problems.length) await inspectDatabase(path.join(dir, DATABASE_COPY))
  return problems
}
