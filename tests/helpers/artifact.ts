import fs from 'node:fs'
import path from 'node:path'

/** Writes a report (a sweep's table) to tests/.artifacts/<name> and returns its path. */
export function writeArtifact(name: string, text: string): string {
  const file = path.resolve(process.cwd(), 'tests/.artifacts', name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
  return file
}
