import fs from 'node:fs'
import path from 'node:path'

/** Replaces the part between `<!-- results -->` and `<!-- /results -->` of a results page (the prose around it stays). */
export function writeResults(name: string, table: string): void {
  const file = path.resolve('bench/results', name)
  const block = `<!-- results -->\n${table.trim()}\n<!-- /results -->`
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `${block}\n`
  fs.writeFileSync(file, /<!-- results -->/.test(old) ? old.replace(/<!-- results -->[\s\S]*<!-- \/results -->/, block) : `${old}\n${block}\n`)
}
