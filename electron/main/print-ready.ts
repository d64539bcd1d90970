// The desktop app's ready signal: a hidden print window says it has laid out its pages
// (sendChannels.printReady) or reports a page it cannot print (a console error). The export
// pipeline puts the time limit on it (export/ready.ts).
import type { ReadyState } from './export/ready'

interface Waiter {
  resolve(state: ReadyState): void
  reject(error: Error): void
}

export class PrintReadySignals {
  private readonly waiters = new Map<number, Waiter>()

  /** Settles when window `contentsId` reports printReady or a failure; rejects when it is cancelled. */
  wait(contentsId: number): Promise<ReadyState> {
    this.cancel(contentsId, new Error('superseded'))
    return new Promise<ReadyState>((resolve, reject) => this.waiters.set(contentsId, { resolve, reject }))
  }

  /** Returns true when someone was waiting for `contentsId`. */
  ready(contentsId: number, pages: number): boolean {
    return this.settle(contentsId, (w) => w.resolve({ pages }))
  }

  /** The print view said why it cannot be printed. */
  fail(contentsId: number, error: string): void {
    this.settle(contentsId, (w) => w.resolve({ error }))
  }

  cancel(contentsId: number, error: Error): void {
    this.settle(contentsId, (w) => w.reject(error))
  }

  private settle(contentsId: number, how: (waiter: Waiter) => void): boolean {
    const waiter = this.waiters.get(contentsId)
    if (!waiter) return false
    this.waiters.delete(contentsId)
    how(waiter)
    return true
  }
}

/** The print view reports a page it cannot lay out as a console error starting "print view:". */
export function printFailure(level: string, message: string): string | null {
  return level === 'error' && message.startsWith('print view:') ? message : null
}
