/**
 * A lock for asynchronous work inside one process: first come, first served, with a bounded
 * wait. Waiting never blocks the event loop (unlike a database's busy handler, which sleeps on
 * the main thread), so everything else the process does goes on while a holder works.
 */

export class LockTimeoutError extends Error {
  constructor(readonly waitedMs: number) {
    super(`waited ${waitedMs} ms for the lock`)
    this.name = 'LockTimeoutError'
  }
}

interface Waiter {
  grant: (release: () => void) => void
  timer: ReturnType<typeof setTimeout>
}

export class AsyncLock {
  private held = false
  private readonly queue: Waiter[] = []

  /** Whether someone holds the lock now. */
  get busy(): boolean {
    return this.held
  }

  /** How many wait for it. */
  get waiting(): number {
    return this.queue.length
  }

  /**
   * Resolves with the function that releases the lock (calling it twice does nothing), or
   * rejects with LockTimeoutError when the lock was not free within `timeoutMs`.
   */
  acquire(timeoutMs: number): Promise<() => void> {
    if (!this.held) {
      this.held = true
      return Promise.resolve(this.releaser())
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          const at = this.queue.indexOf(waiter)
          if (at >= 0) this.queue.splice(at, 1)
          reject(new LockTimeoutError(timeoutMs))
        }, timeoutMs),
      }
      this.queue.push(waiter)
    })
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.queue.shift()
      if (!next) {
        this.held = false
        return
      }
      // The lock passes straight to the next in line: nobody can slip in between.
      clearTimeout(next.timer)
      next.grant(this.releaser())
    }
  }
}
