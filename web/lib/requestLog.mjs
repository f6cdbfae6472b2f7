// One id per request and JSON log lines that carry it (web/server.mjs). Payload's own logger
// adds the same id through its mixin (cms/logging/logger.ts); this covers everything else
// written with console.* (Next's render errors, the server's own lines).
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import util from 'node:util'

/**
 * An id a proxy in front gave the request (nginx's $request_id, a load balancer's trace id) is
 * kept, so one id follows the request through both logs; only plain ids are taken (letters,
 * digits, `._:-`, 8–100 characters), never text that could forge or break a log line.
 */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,99}$/

/** The request's id: a safe incoming X-Request-Id, else a new UUID. */
export function requestIdOf(incoming) {
  const value = Array.isArray(incoming) ? incoming[0] : incoming
  return typeof value === 'string' && SAFE_ID.test(value) ? value : randomUUID()
}

/** pino's numeric levels, so that both kinds of line read alike. */
const LEVELS = { debug: 20, log: 30, info: 30, warn: 40, error: 50 }
const hostname = os.hostname()

/** One log line as pino writes it: level, time, pid, hostname, requestId (inside a request), msg, err. */
export function jsonLine(method, args, requestId) {
  const line = { level: LEVELS[method] ?? 30, time: Date.now(), pid: process.pid, hostname }
  if (requestId) line.requestId = requestId
  const err = args.find((arg) => arg instanceof Error)
  const rest = args.filter((arg) => arg !== err)
  line.msg = rest.length > 0 ? util.formatWithOptions({ colors: false, breakLength: Infinity }, ...rest) : (err?.message ?? '')
  if (err) line.err = { type: err.name, message: err.message, stack: err.stack, ...(err.digest ? { digest: err.digest } : {}) }
  return JSON.stringify(line)
}

/** Replaces console.* by JSON lines (errors and warnings on stderr, the rest on stdout). */
export function installJsonConsole(currentRequestId) {
  for (const method of Object.keys(LEVELS)) {
    const stream = method === 'warn' || method === 'error' ? process.stderr : process.stdout
    console[method] = (...args) => void stream.write(`${jsonLine(method, args, currentRequestId())}\n`)
  }
}

/** A line with fields of its own (numbers to read by machine, such as the memory sample). */
export function logJson(fields) {
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), pid: process.pid, hostname, ...fields })}\n`)
}
