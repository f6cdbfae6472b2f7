// A second process that holds SQLite's exclusive lock on a database file, as a stuck import in
// another process, a backup tool or an operator's sqlite3 shell can:
//   node tests/e2e/helpers/holdLock.mjs <file> <seconds>
// Prints "locked" once it holds the lock and "released" when it lets go (after <seconds>, or on
// SIGTERM), then exits.
import Database from 'libsql'

const [file, seconds] = process.argv.slice(2)
const db = new Database(file)
// The server may be writing at this moment: wait for its statement, not fail.
db.exec('PRAGMA busy_timeout = 10000')
db.exec('BEGIN EXCLUSIVE')
console.log('locked')
const release = () => {
  db.exec('ROLLBACK')
  db.close()
  console.log('released')
  process.exit(0)
}
setTimeout(release, Number(seconds) * 1000)
process.once('SIGTERM', release)
