// Jest global teardown: removes the run's database templates (globalSetup.mjs).
import fs from 'node:fs'

export default async function globalTeardown() {
  const dir = process.env.PORTAL_TEST_TEMPLATE_DIR
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
}
