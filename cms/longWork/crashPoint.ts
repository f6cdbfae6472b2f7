import type { Payload } from 'payload'
/**
 * Named places where a test may kill the process (`kill -9`), to show that long work survives
 * it: `IMPORT_CRASH_AT=<point>:<n>` kills at the n-th time the process passes `<point>`
 * (counted from 1). Unset (always, outside the crash tests) this does nothing.
 */
const counts = new Map<string, number>()
let wanted: { point: string; n: number } | null | undefined

function target(): { point: string; n: number } | null {
  if (wanted === undefined) {
    const [point, n] = (process.env.IMPORT_CRASH_AT ?? '').split(':')
    wanted = point ? { point, n: Math.max(1, Number(n) || 1) } : null
  }
  return wanted
}

/** Whether a crash point is armed at all (for hooks that cost something to install). */
export const crashPointsArmed = (): boolean => target() !== null

export function crashPoint(point: string): void {
  const t = target()
  if (!t || t.point !== point) return
  const n = (counts.get(point) ?? 0) + 1
  counts.set(point, n)
  if (n === t.n) {
    process.stderr.write(`crash point ${point}:${n}\n`)
    process.kill(process.pid, 'SIGKILL')
  }
}

/**
 * Arms the point `document`: the n-th new service is cut off right after its own row is
 * inserted, before its languages' rows are complete and before its version exists (Payload saves
 * a document in several steps; a kill can fall between any two of them).
 */
export function armDocumentCrash(payload: Payload): void {
  if (target()?.point !== 'document') return
  const create = payload.db.create.bind(payload.db)
  payload.db.create = async (args) => {
    const result = await create(args)
    if (args.collection === 'services') crashPoint('document')
    return result
  }
}
