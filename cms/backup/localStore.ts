import fs from 'node:fs'
import path from 'node:path'
import { isSnapshotName, MANIFEST } from './manifest'

/** Snapshots in a folder (BACKUP_DIR): `<dir>/<name>/`, written as `<name>.partial/` and renamed when whole. */
export const PARTIAL = '.partial'

/** The finished snapshots in `dir`, oldest first. */
export function localSnapshots(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((name) => isSnapshotName(name) && fs.existsSync(path.join(dir, name, MANIFEST)))
    .sort()
}

/**
 * Deletes all but the newest `keep` snapshots, and the unfinished ones a crashed backup left
 * (the caller holds the backup lock, so no unfinished one is still being written).
 */
export function pruneLocal(dir: string, keep: number): string[] {
  const finished = localSnapshots(dir)
  const unfinished = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(PARTIAL) && isSnapshotName(name.slice(0, -PARTIAL.length))) : []
  const doomed = [...finished.slice(0, Math.max(0, finished.length - keep)), ...unfinished]
  for (const name of doomed) fs.rmSync(path.join(dir, name), { recursive: true, force: true })
  return doomed
}
