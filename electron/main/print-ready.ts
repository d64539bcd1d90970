// Waiting for a hidden print window to say it has laid out its pages (sendChannels.printReady).
import type { Timers } from './healing'

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

interface Waiter {
  resolve(pages: number): void
  reject(error: Error): void
  timer: unknown
}

export class PrintReadySignals {
  private readonly waiters = new Map<number, Waiter>()

  constructor(
    private readonly timeoutMs = 60_000,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Resolves with the page count once window `contentsId` reports printReady; rejects after the timeout. */
  wait(contentsId: number, what: string): Promise<number> {
    this.cancel(contentsId, new Error('superseded'))
    return new Promise<number>((resolve, reject) => {
      const timer = this.timers.setTimeout(() => {
        this.waiters.delete(contentsId)
        reject(new Error(`${what} did not finish laying out its pages within ${Math.round(this.timeoutMs / 1000)} s`))
      }, this.timeoutMs)
      this.waiters.set(contentsId, { resolve, reject, timer })
    })
  }

  /** Returns true when someone was waiting for `contentsId`. */
  ready(contentsId: number, pages: number): boolean {
    const waiter = this.waiters.get(contentsId)
    if (!waiter) return false
    this.waiters.delete(contentsId)
    this.timers.clearTimeout(waiter.timer)
    waiter.resolve(pages)
    return true
  }

  cancel(contentsId: number, error: Error): void {
    const waiter = this.waiters.get(contentsId)
    if (!waiter) return
    this.waiters.delete(contentsId)
    this.timers.clearTimeout(waiter.timer)
    waiter.reject(error)
  }
}

/** The print view reports a page it cannot lay out as a console error starting "print view:". */
export function printFailure(level: string, message: string): string | null {
  return level === 'error' && message.startsWith('print view:') ? message : null
}
