import fs from 'node:fs'
import path from 'node:path'

/**
 * Every rich text of the portal goes through one converter set (`withRunningText`,
 * web/components/richTextRunning.tsx): call links, isolated words of the other direction, and
 * bullet items without the `value` the HTML checker refuses. A `<RichText>` rendered without it
 * (as the home page's easy-German text and the imprint once were) fails here.
 */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name)
    return e.isDirectory() ? sources(file) : e.name.endsWith('.tsx') ? [file] : []
  })
}

test('every <RichText> of the portal renders through withRunningText', () => {
  const uses = sources(path.resolve('web')).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/<RichText\b[^>]*>/g)].map((m) => ({ file: path.relative(process.cwd(), file), tag: m[0] })),
  )
  expect(uses.length).toBeGreaterThanOrEqual(3)
  expect(uses.filter((u) => !/converters=\{withRunningText\(/.test(u.tag))).toEqual([])
})
