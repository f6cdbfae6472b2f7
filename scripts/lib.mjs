// Small helpers shared by the demo, test and benchmark scripts.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const nextBin = path.join(root, 'node_modules/next/dist/bin/next')

// No build or server of ours calls home: Next's telemetry stays off.
process.env.NEXT_TELEMETRY_DISABLED = '1'

function newestMtime(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.next' || entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

/** True when there is no production build or a source file is newer than it. */
export function buildIsStale() {
  const buildId = path.join(root, 'web/.next/BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  return ['cms', 'web', 'shared', 'locales'].some((d) => newestMtime(path.join(root, d)) > built)
}

export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`))))
  })
}

export async function buildIfNeeded(env = process.env) {
  if (!buildIsStale()) return false
  await run(process.execPath, [nextBin, 'build', 'web'], { env: { ...env, NODE_ENV: 'production' } })
  return true
}

/**
 * Starts the production server (web/server.mjs) and resolves once `url` answers; the child is
 * returned for stopping. `quiet` keeps its output (in `output`, and in `logFile` when given, for
 * tests that read the server's log). `dir` is the checkout whose build runs (another worktree's,
 * for a before-and-after bench), `nodeArgs` Node flags before the script.
 */
export async function startServer({ port, env, readyPath = '/api/municipalities?limit=1', timeoutMs = 180000, quiet = false, logFile = undefined, dir = root, nodeArgs = [] }) {
  const child = spawn(process.execPath, [...nodeArgs, path.join(dir, 'web/server.mjs')], {
    cwd: dir,
    env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port) },
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  })
  const output = []
  if (quiet) {
    const log = logFile ? fs.createWriteStream(logFile) : null
    const keep = (d) => {
      output.push(String(d))
      log?.write(d)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
  }
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}\n${output.join('')}`)
    try {
      const res = await fetch(`http://127.0.0.1:${port}${readyPath}`)
      if (res.ok) return { child, output, startedInMs: Date.now() - started }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  child.kill('SIGTERM')
  throw new Error(`The server did not answer within ${timeoutMs / 1000} s\n${output.join('')}`)
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * A private, throw-away redis-server (no snapshots, no append-only file) on a free port,
 * or null when redis-server is not installed. Resolves once it accepts connections.
 */
export async function startRedis() {
  const bin = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => fs.existsSync(p))
  if (!bin) return null
  const port = await freePort()
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  for (let i = 0; i < 50; i++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`)
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return { child, url: `redis://127.0.0.1:${port}` }
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill('SIGTERM')
  throw new Error('redis-server did not accept connections within 5 s')
}
