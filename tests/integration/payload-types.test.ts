import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * `cms/payload-types.ts` is what the code's types come from: it must describe the config as it
 * is. After a change to a collection, run `npm run generate:types` and commit the result.
 */
test('cms/payload-types.ts matches the config (npm run generate:types)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-types-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'types.db')}`
  process.env.PAYLOAD_TS_OUTPUT_PATH = path.join(dir, 'payload-types.ts')
  try {
    const { default: config } = await import('@payload-config')
    const { generateTypes } = await import('payload/node')
    await generateTypes(await config, { log: false })
    const generated = fs.readFileSync(path.join(dir, 'payload-types.ts'), 'utf8')
    const committed = fs.readFileSync(path.resolve(process.cwd(), 'cms/payload-types.ts'), 'utf8')
    expect(generated === committed ? 'up to date' : 'stale: run npm run generate:types').toBe('up to date')
  } finally {
    delete process.env.PAYLOAD_TS_OUTPUT_PATH
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
