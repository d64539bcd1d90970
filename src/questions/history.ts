// "Back" for a talk: the places the deck was at before each jump, newest last. It watches where
// the deck goes instead of being told, so every kind of jump counts (search, a typed number, the
// overview, a link, the same moves made in another window) and every window keeps the same list.
// A move one build step forward or back is walking, not jumping; arriving at the place on top of
// the list is going back, so the window that did not press Back drops it too.

export interface Place {
  slide: number
  step: number
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

  /** Tells the history where the deck now is; `stepCounts` are the build steps of each slide. */
  observe(place: Place, stepCounts: readonly number[]): void {
    const from = this.at
    this.at = { ...place }
    if (!from || same(from, place)) return
    const top = this.peek()
    if (top && same(top, place)) {
      this.places.pop()
      return
    }
    if (isWalk(from, place, stepCounts)) return
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

function isWalk(from: Place, to: Place, stepCounts: readonly number[]): boolean {
  const steps = stepCounts[from.slide] ?? 0
  const forward = from.step < steps ? { slide: from.slide, step: from.step + 1 } : { slide: from.slide + 1, step: 0 }
  const backward =
    from.step > 0
      ? { slide: from.slide, step: from.step - 1 }
      : { slide: from.slide - 1, step: stepCounts[from.slide - 1] ?? 0 }
  return same(to, forward) || same(to, backward)
}
