// When the print view may be printed: the fonts its text uses are loaded and every chart on every
// page has drawn its final frame. A chart that never finishes is reported by slide number; the
// pages are then never declared ready, so nothing prints half-drawn.
import { slideList } from './printPlan'

/** Counts `onchartfinished` calls per page against the charts each page shows. */
export class ChartTally {
  private readonly expected: number[]
  private readonly seen: number[]
  private waiters: Array<() => void> = []
  /** Time (Date.now()) of the last change, for waiting until the pages are quiet. */
  lastChange: number

  constructor(expected: readonly number[]) {
    this.expected = [...expected]
    this.seen = expected.map(() => 0)
    this.lastChange = Date.now()
  }

  /** Raises a page's expectation, e.g. to the number of charts actually found on it. */
  expectAtLeast(page: number, charts: number): void {
    if (page < 0 || page >= this.expected.length) return
    this.expected[page] = Math.max(this.expected[page]!, charts)
  }

  finished(page: number): void {
    if (page < 0 || page >= this.seen.length) return
    this.seen[page]!++
    this.lastChange = Date.now()
    if (this.complete) {
      const waiting = this.waiters
      this.waiters = []
      for (const resolve of waiting) resolve()
    }
  }

  /** Indexes of the pages with a chart that has not finished yet. */
  unfinished(): number[] {
    return this.expected.flatMap((charts, page) => (this.seen[page]! < charts ? [page] : []))
  }

  get complete(): boolean {
    return this.unfinished().length === 0
  }

  get charts(): number {
    return this.expected.reduce((sum, n) => sum + n, 0)
  }

  whenComplete(): Promise<void> {
    if (this.complete) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push(resolve))
  }
}

export interface ReadyOptions {
  /** Resolves once the fonts the pages use are loaded. */
  fonts: () => Promise<unknown>
  charts: ChartTally
  timeoutMs: number
  /**
   * Quiet time after the last chart frame: a box that changes size once the fonts are in (fitted
   * headings) makes its chart draw again, at once and without animation, a moment later.
   */
  settleMs: number
}

export type ReadyResult = { ok: true } | { ok: false; fontsLoaded: boolean; unfinished: number[] }

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export async function waitUntilPrintable({ fonts, charts, timeoutMs, settleMs }: ReadyOptions): Promise<ReadyResult> {
  let fontsLoaded = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const loaded = fonts().then(() => {
    fontsLoaded = true
  })
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))
  const done = await Promise.race([Promise.all([loaded, charts.whenComplete()]).then(() => true as const), timedOut])
  clearTimeout(timer)
  if (!done) return { ok: false, fontsLoaded, unfinished: charts.unfinished() }
  for (let quiet = Date.now() - charts.lastChange; quiet < settleMs; quiet = Date.now() - charts.lastChange)
    await sleep(settleMs - quiet)
  return { ok: true }
}

/** The console message for pages that did not become ready; `slideNumbers[page]` is the slide a page shows. */
export function notReadyMessage(
  result: Extract<ReadyResult, { ok: false }>,
  slideNumbers: readonly number[],
  timeoutMs: number,
): string {
  const seconds = `${Math.round(timeoutMs / 1000)} s`
  const reasons: string[] = []
  if (result.unfinished.length) {
    const slides = result.unfinished.map((page) => slideNumbers[page] ?? page + 1)
    reasons.push(
      `the charts on slide${slides.length > 1 ? 's' : ''} ${slideList(slides)} did not finish drawing within ${seconds}`,
    )
  }
  if (!result.fontsLoaded) reasons.push(`the fonts did not finish loading within ${seconds}`)
  return `print view: ${reasons.join('; ')}; the pages are not ready to print`
}
