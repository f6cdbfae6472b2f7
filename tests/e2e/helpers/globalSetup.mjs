// Jest global setup of the browser tests: ONE Chromium for the whole run, started here in jest's
// main process. Each test file connects to it (helpers/browser.ts `launch`) and works in browser
// contexts of its own, which Chromium drops when the file disconnects: starting a browser per file
// cost about a second of wall time and a third of a second of CPU each, for 33 files.
import net from 'node:net'
import { chromium } from 'playwright-core'

// Set here, read by helpers/browser.ts in the test files (jest copies the environment into each worker).
const ENV = 'E2E_BROWSER_URL'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A port nobody listens on right now (the OS picks it), for the browser's DevTools endpoint. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

export default async function globalSetup() {
  if (process.env[ENV]) return
  const port = await freePort()
  // The DevTools endpoint listens on 127.0.0.1 only; it lives as long as this run.
  globalThis.__e2eBrowser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', `--remote-debugging-port=${port}`],
  })
  process.env[ENV] = `http://127.0.0.1:${port}`
}
