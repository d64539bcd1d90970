// "Back" for a talk: the places the deck was at before each jump, newest last. It watches where
// the deck goes instead of being told, so every kind of jump counts (search, a typed number, the
// overview, a link, the same moves made in another window) and every window keeps the same list.
// A move one build step forward or back through the running order (every slide, or a visit
// programme's stops) is walking, not jumping; arriving at the place on top of the list is going
// back, so the window that did not press Back drops it too.

export interface Place {
  slide: number
  step: number
}

/** The slides' build steps, and the slides the deck walks through, in order. */
export interface RunningOrder {
  stepCounts: readonly number[]
  stops: readonly number[]
}

export class BackHistory {
  private readonly places: Place[] = []
  private at: Place | null = null

  constructor(private readonly depth = 20) {}

  get size(): number {
    return this.places.length
  }

  /** Where Back goes, or null. */
  peek(): Place | null {
    return this.places.at(-1) ?? null
  }

  /** Tells the history where the deck now is, in `order`. */
  observe(place: Place, order: RunningOrder): void {
    const from = this.at
    this.at = { ...place }
    if (!from || same(from, place)) return
    const top = this.peek()
    if (top && same(top, place)) {
      this.places.pop()
      return
    }
    if (isWalk(from, place, order)) return
    this.places.push(from)
    if (this.places.length > this.depth) this.places.shift()
  }

  /** Takes the place to go back to; the caller moves the deck there. */
  back(): Place | null {
    const place = this.places.pop() ?? null
    // Arriving there is then no new jump, and not a second Back.
    if (place) this.at = { ...place }
    return place
  }
}

function same(a: Place, b: Place): boolean {
  return a.slide === b.slide && a.step === b.step
}

function isWalk(from: Place, to: Place, { stepCounts, stops }: RunningOrder): boolean {
  if (from.slide === to.slide) return Math.abs(to.step - from.step) === 1
  const at = stops.indexOf(from.slide)
  if (at < 0) return false
  const nextSlide = stops[at + 1]
  const previousSlide = stops[at - 1]
  const forward = from.step === (stepCounts[from.slide] ?? 0) && to.slide === nextSlide && to.step === 0
  const backward =
    from.step === 0 &&
    previousSlide !== undefined &&
    to.slide === previousSlide &&
    to.step === (stepCounts[previousSlide] ?? 0)
  return forward || backward
}
