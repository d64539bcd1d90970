// Work that would hold the window for too long in one go (the overview drawing every slide),
// done a few steps at a time: each batch stops once it has used its time, and the next runs in a
// task of its own, so the window paints and takes keys in between.

export interface Progressive {
  /** Does one step; false when there was nothing left to do. */
  step: () => boolean
  /** Time a batch may take before the rest waits for the next task, in ms. */
  budgetMs?: number
  now?: () => number
  /** Queues a batch in a new task. */
  later?: (batch: () => void) => void
}

/** Starts the steps at the end of the current task; returns a function that stops them. */
export function runProgressively({
  step,
  budgetMs = 20,
  now = () => performance.now(),
  later = (batch) => setTimeout(batch, 0),
}: Progressive): () => void {
  let stopped = false
  const batch = () => {
    const start = now()
    while (!stopped) {
      if (!step()) return
      if (now() - start >= budgetMs) {
        later(batch)
        return
      }
    }
  }
  queueMicrotask(batch)
  return () => {
    stopped = true
  }
}

/** The first of `ids` not yet in `done`, nearest to position `from` (ties go to the later one). */
export function nearestPending(ids: readonly string[], from: number, done: ReadonlySet<string>): string | undefined {
  const at = Math.min(Math.max(0, from), ids.length - 1)
  for (let distance = 0; distance < ids.length; distance++) {
    for (const position of [at + distance, at - distance]) {
      const id = ids[position]
      if (id !== undefined && !done.has(id)) return id
    }
  }
  return undefined
}
