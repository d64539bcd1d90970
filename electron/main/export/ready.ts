// Waiting for a print view to say that it has laid out its pages, whichever way it says so (an IPC
// message in the desktop app, a data attribute polled by Playwright).
import type { Timers } from '../healing'

/** What a print view declares: its page count, or why it cannot be printed. */
export type ReadyState = { pages: number } | { error: string }

export const readyTimeoutMs = 60_000

export const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export interface ReadySignal {
  /** Settles once the page is ready or has failed; rejects when the page went away. */
  ready: Promise<ReadyState>
  /** The first error the page reported, for the message when it never gets ready. */
  problem?(): string | undefined
}

/** The page count once `view` is ready; throws a message naming `what` on failure or after `timeoutMs`. */
export async function whenReady(
  view: ReadySignal,
  what: string,
  timeoutMs: number = readyTimeoutMs,
  timers: Timers = realTimers,
): Promise<number> {
  view.ready.catch(() => {})
  let timer: unknown
  const late = new Promise<never>((_, reject) => {
    timer = timers.setTimeout(() => {
      const problem = view.problem?.()
      const reason = problem ? `; the page reported: ${problem}` : ''
      reject(new Error(`${what} was not ready to print within ${Math.round(timeoutMs / 1000)} s${reason}`))
    }, timeoutMs)
  })
  let state: ReadyState
  try {
    state = await Promise.race([view.ready, late])
  } finally {
    timers.clearTimeout(timer)
  }
  if ('error' in state) throw new Error(`${what} cannot be printed: ${state.error}`)
  return state.pages
}
