import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ChartTally, notReadyMessage, waitUntilPrintable } from '../../../src/chrome/printReadiness'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

describe('ChartTally', () => {
  it('is complete when every page has seen as many finished charts as it shows', () => {
    const tally = new ChartTally([1, 0, 2])
    expect(tally.charts).toBe(3)
    expect(tally.unfinished()).toEqual([0, 2])
    tally.finished(2)
    tally.finished(0)
    expect(tally.unfinished()).toEqual([2])
    tally.finished(2)
    expect(tally.complete).toBe(true)
  })

  it('raises a page’s expectation to the charts found on it, never lowers it', () => {
    const tally = new ChartTally([1, 0])
    tally.expectAtLeast(1, 2)
    tally.expectAtLeast(0, 0)
    expect(tally.unfinished()).toEqual([0, 1])
    tally.finished(0)
    tally.finished(1)
    expect(tally.complete).toBe(false)
  })

  it('ignores pages it does not know', () => {
    const tally = new ChartTally([1])
    tally.finished(5)
    tally.expectAtLeast(-1, 3)
    expect(tally.unfinished()).toEqual([0])
  })

  it('resolves whenComplete at the last chart', async () => {
    const tally = new ChartTally([1, 1])
    let done = false
    void tally.whenComplete().then(() => (done = true))
    tally.finished(0)
    await Promise.resolve()
    expect(done).toBe(false)
    tally.finished(1)
    await Promise.resolve()
    expect(done).toBe(true)
  })
})

describe('waitUntilPrintable', () => {
  it('waits for the fonts as well as for every chart', async () => {
    const fonts = deferred()
    const tally = new ChartTally([1, 1])
    let result: unknown
    void waitUntilPrintable({ fonts: () => fonts.promise, charts: tally, timeoutMs: 45_000, settleMs: 300 }).then(
      (r) => (result = r),
    )
    tally.finished(0)
    tally.finished(1)
    await vi.advanceTimersByTimeAsync(1000)
    expect(result).toBeUndefined()
    fonts.resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(result).toEqual({ ok: true })
  })

  it('starts the quiet time again when a chart draws once more', async () => {
    const tally = new ChartTally([1])
    let result: unknown
    void waitUntilPrintable({ fonts: async () => {}, charts: tally, timeoutMs: 45_000, settleMs: 300 }).then(
      (r) => (result = r),
    )
    tally.finished(0)
    await vi.advanceTimersByTimeAsync(200)
    tally.finished(0)
    await vi.advanceTimersByTimeAsync(200)
    expect(result).toBeUndefined()
    await vi.advanceTimersByTimeAsync(120)
    expect(result).toEqual({ ok: true })
  })

  it('reports the pages whose charts never finished instead of declaring them ready', async () => {
    const tally = new ChartTally([1, 0, 1, 1])
    tally.finished(0)
    let result: unknown
    void waitUntilPrintable({ fonts: async () => {}, charts: tally, timeoutMs: 45_000, settleMs: 300 }).then(
      (r) => (result = r),
    )
    await vi.advanceTimersByTimeAsync(44_999)
    expect(result).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    expect(result).toEqual({ ok: false, fontsLoaded: true, unfinished: [2, 3] })
  })

  it('reports fonts that never load', async () => {
    const result = waitUntilPrintable({
      fonts: () => new Promise(() => {}),
      charts: new ChartTally([]),
      timeoutMs: 1000,
      settleMs: 300,
    })
    await vi.advanceTimersByTimeAsync(1000)
    await expect(result).resolves.toEqual({ ok: false, fontsLoaded: false, unfinished: [] })
  })
})

describe('notReadyMessage', () => {
  it('names the slides whose charts did not finish', () => {
    expect(notReadyMessage({ ok: false, fontsLoaded: true, unfinished: [1, 4] }, [3, 5, 8, 12, 20], 45_000)).toBe(
      'print view: the charts on slides 5 and 20 did not finish drawing within 45 s; the pages are not ready to print',
    )
    expect(notReadyMessage({ ok: false, fontsLoaded: true, unfinished: [0] }, [9], 45_000)).toMatch(
      /the charts on slide 9 did not finish/,
    )
  })

  it('names fonts that did not load', () => {
    expect(notReadyMessage({ ok: false, fontsLoaded: false, unfinished: [] }, [], 45_000)).toBe(
      'print view: the fonts did not finish loading within 45 s; the pages are not ready to print',
    )
  })
})
