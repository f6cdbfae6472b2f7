import { execFile, spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The Nu Html Checker from npm (vnu-jar); it needs a Java runtime (Debian: default-jre-headless). */
export const VNU_JAR = path.resolve(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar')
export const JAVA = process.env.JAVA ?? 'java'

/** Is a Java runtime on this machine? (vnu-jar's own launcher would download one; we use the system's.) */
export const hasJava = () => spawnSync(JAVA, ['-version'], { stdio: 'ignore' }).status === 0

export interface VnuMessage {
  file: string
  message: string
  extract: string
  line?: number
}

interface VnuJson {
  messages: { type: string; url?: string; message: string; extract?: string; lastLine?: number }[]
}

/**
 * Checks all `files` in ONE checker run (one JVM start is most of the cost of a small batch) and
 * returns its errors. `--errors-only`: warnings (e.g. "consider adding a lang attribute") are
 * advice, not invalid HTML.
 */
export function vnuErrors(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    // The checker exits with 1 when it found errors; the JSON report (on stderr) says which.
    // TieredStopAtLevel=1 (the quick compiler only): same report, median 12 s instead of 28 s over
    // 348 pages on the loaded 2-core machine (3 runs each). -Xss8m: deep pages need the stack.
    execFile(JAVA, ['-Xss8m', '-XX:TieredStopAtLevel=1', '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      let report: VnuJson
      try {
        report = JSON.parse(stderr) as VnuJson
      } catch {
        reject(new Error(`the HTML checker gave no report: ${error?.message ?? ''}\n${stderr.slice(0, 2000)}`))
        return
      }
      resolve(
        report.messages
          .filter((m) => m.type === 'error' || m.type === 'non-document-error')
          .map((m) => ({ file: m.url ? fileURLToPath(m.url) : '', message: m.message, extract: (m.extract ?? '').trim(), line: m.lastLine })),
      )
    })
  })
}
