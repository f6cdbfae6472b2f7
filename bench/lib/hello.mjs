// A bare Next.js hello-world page built with the portal's own `next` (bench/hello), the
// reference the portal's cached pages are measured against.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { nextBin, root, run } from '../../scripts/lib.mjs'

const dir = path.join(root, 'bench/hello')

/** Builds the reference once (bench/hello/.next), then starts it; resolves to { base, stop }. */
export async function startHello(port = 3299) {
  if (!fs.existsSync(path.join(dir, '.next/BUILD_ID'))) await run(process.execPath, [nextBin, 'build', dir], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  const child = spawn(process.execPath, [nextBin, 'start', dir, '-p', String(port)], { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', resolve)
    child.kill('SIGTERM')
  })
  return { base, stop }
}
