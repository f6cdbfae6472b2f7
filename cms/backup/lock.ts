import fs from 'node:fs'
import { BackupError, codeOf } from './errors'

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return codeOf(error) === 'EPERM'
  }
}

/** Creates the lock file with this process's id, or says that it exists. */
function take(file: string): boolean {
  try {
    fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 })
    return true
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false
    throw error
  }
}

/**
 * Runs `work` holding a lock file (created exclusively, with this process's id in it), so that
 * the nightly job and a backup or restore started by hand never run at once on one installation.
 * A lock left by a process that no longer runs (a power cut, a kill -9) is taken over.
 */
export async function withLock<T>(file: string, what: string, work: () => Promise<T>): Promise<T> {
  if (!take(file)) {
    const holder = Number.parseInt(fs.readFileSync(file, 'utf8'), 10)
    const busy = `The ${what} cannot start: another backup or restore is running`
    if (Number.isInteger(holder) && alive(holder)) throw new BackupError(`${busy} (process ${holder}; lock ${file}).`)
    fs.rmSync(file, { force: true })
    if (!take(file)) throw new BackupError(`${busy} (lock ${file}).`)
  }
  try {
    return await work()
  } finally {
    fs.rmSync(file, { force: true })
  }
}
