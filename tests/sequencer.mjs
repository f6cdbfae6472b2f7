// Runs the longest test files first, so no worker sits idle at the end of a run while another
// finishes a long file. Jest does this from its own cache of the last run's times; a fresh clone
// (CI) has none and would order by file size, which puts e.g. the crash tests (small files that
// kill and restart child processes for minutes) last. So a file without a cached time takes its
// time from tests/timings.json, written by `npm test` into tests/.artifacts/timings.json and
// committed from there (`npm run test:timings`).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Sequencer from '@jest/test-sequencer'

const testsDir = path.dirname(fileURLToPath(import.meta.url))
const committedFile = path.join(testsDir, 'timings.json')
/** Seconds per file, by path relative to tests/. */
const committed = fs.existsSync(committedFile) ? JSON.parse(fs.readFileSync(committedFile, 'utf8')) : {}

export default class LongestFirst extends (Sequencer.default ?? Sequencer) {
  time(test) {
    const cached = super.time(test)
    if (cached != null) return cached
    const seconds = committed[path.relative(testsDir, test.path).split(path.sep).join('/')]
    return seconds == null ? undefined : seconds * 1000
  }
}
