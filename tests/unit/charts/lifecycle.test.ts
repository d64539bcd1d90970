import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EChartsOption } from 'echarts'
import type { ChartInput } from '../../../src/charts/builders/common'
import { ChartLifecycle, type ChartContent, type ChartInstance, type Size } from '../../../src/charts/lifecycle'
import { samples } from './fixtures'

class FakeChart implements ChartInstance {
  calls: Array<{ method: string; option?: EChartsOption; opts?: unknown }> = []
  handlers: Array<() => void> = []
  disposed = false
  setOption(option: EChartsOption, opts?: unknown) {
    this.calls.push({ method: 'setOption', option, opts })
  }
  clear() {
    this.calls.push({ method: 'clear' })
    // ECharts renders the cleared chart at once and reports it finished.
    this.finish()
  }
  resize() {
    this.calls.push({ method: 'resize' })
  }
  on(_: 'finished', handler: () => void) {
    this.handlers.push(handler)
  }
  off(_: 'finished', handler?: () => void) {
    this.handlers = this.handlers.filter((h) => h !== handler)
  }
  finish() {
    for (const h of this.handlers) h()
  }
  methods() {
    return this.calls.map((c) => c.method)
  }
}

const el = {} as HTMLElement
let box: Size
let resized: (() => void) | undefined
let charts: FakeChart[]
let built: ChartInput[]
let disposed: FakeChart[]

function lifecycle(extra: Partial<ConstructorParameters<typeof ChartLifecycle<FakeChart>>[0]> = {}) {
  return new ChartLifecycle<FakeChart>({
    init: () => {
      const chart = new FakeChart()
      charts.push(chart)
      return chart
    },
    dispose: (chart) => {
      chart.disposed = true
      disposed.push(chart)
    },
    build: (input) => {
      built.push(input)
      return {
        series: [{ id: 'a', type: 'bar' }],
        graphic: {
          id: 'g',
          elements:
            input.lang === 'zh'
              ? [
                  { id: 'x', type: 'text' },
                  { id: 'y', type: 'text' },
                ]
              : [{ id: 'x', type: 'text' }],
        },
      }
    },
    measure: () => box,
    observe: (_, changed) => {
      resized = changed
      return () => (resized = undefined)
    },
    ...extra,
  })
}

const content = (over: Partial<ChartContent> = {}): ChartContent => ({
  ...samples.compare,
  lang: 'zh',
  bilingual: false,
  animate: true,
  ...over,
})

beforeEach(() => {
  box = { width: 970, height: 620 }
  resized = undefined
  charts = []
  built = []
  disposed = []
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

describe('chart lifecycle', () => {
  it('creates no chart while inactive, one when first active, and lays it out for the box', () => {
    const life = lifecycle()
    life.mount(el)
    life.setContent(content())
    expect(charts).toHaveLength(0)
    life.setActive(true)
    expect(charts).toHaveLength(1)
    expect(built.at(-1)!.size).toEqual({ width: 970, height: 620 })
    life.setActive(false)
    life.setActive(true)
    expect(charts).toHaveLength(1)
  })

  it('waits for a box with a size before creating the chart', () => {
    box = { width: 0, height: 0 }
    const life = lifecycle()
    life.mount(el)
    life.setContent(content())
    life.setActive(true)
    expect(charts).toHaveLength(0)
    box = { width: 800, height: 500 }
    resized!()
    vi.advanceTimersByTime(100)
    expect(charts).toHaveLength(1)
    expect(built.at(-1)!.size).toEqual({ width: 800, height: 500 })
  })

  it('plays the entrance anew each time the chart becomes active: clear, then the whole option', () => {
    const life = lifecycle()
    life.mount(el)
    life.setContent(content())
    life.setActive(true)
    const chart = charts[0]!
    expect(chart.methods()).toEqual(['clear', 'setOption'])
    expect(chart.calls[1]!.opts).toEqual({ notMerge: true })
    life.setActive(false)
    expect(chart.methods()).toHaveLength(2)
    life.setActive(true)
    expect(chart.methods()).toEqual(['clear', 'setOption', 'clear', 'setOption'])
    expect(chart.calls[3]!.opts).toEqual({ notMerge: true })
  })

  it('updates in place on a language switch: no clear, no new chart, stale graphics removed', () => {
    const life = lifecycle()
    life.mount(el)
    life.setContent(content())
    life.setActive(true)
    const chart = charts[0]!
    life.setContent(content({ lang: 'en' }))
    expect(charts).toHaveLength(1)
    expect(chart.methods()).toEqual(['clear', 'setOption', 'setOption'])
    const update = chart.calls[2]!
    expect(update.opts).toEqual({ replaceMerge: ['series'] })
    expect(built.at(-1)!.lang).toBe('en')
    expect(update.option!.graphic).toEqual([
      {
        id: 'g',
        elements: [
          { id: 'x', type: 'text' },
          { id: 'y', $action: 'remove' },
        ],
      },
    ])
  })

  it('re-colours in place on a theme switch: no clear, no entrance replayed', () => {
    const life = lifecycle()
    life.mount(el)
    life.setContent(content())
    life.setActive(true)
    const chart = charts[0]!
    life.setContent(content({ theme: 'dark' }))
    expect(charts).toHaveLength(1)
    expect(chart.methods()).toEqual(['clear', 'setOption', 'setOption'])
    expect(chart.calls[2]!.opts).toEqual({ replaceMerge: ['series'] })
    expect(built.at(-1)!.theme).toBe('dark')
  })

  it('does nothing when handed the same block, figures and settings again', () => {
    const life = lifecycle()
    life.mount(el)
    life.setContent(content())
    life.setActive(true)
    life.setContent(content())
    life.setContent({ ...content(), bilingual: false, animate: true })
    expect(charts[0]!.methods()).toEqual(['clear', 'setOption'])
  })

  it('starts over for a different block', () => {
    const life = lifecycle()
    life.mount(el)
    life.setContent(content())
    life.setActive(true)
    life.setContent({ ...content(), ...samples.gauges })
    expect(charts[0]!.calls.at(-1)!.opts).toEqual({ notMerge: true })
  })

  it('resizes, throttled, and lays the option out for the new box without replaying', () => {
    const life = lifecycle()
    life.mount(el)
    life.setContent(content())
    life.setActive(true)
    const chart = charts[0]!
    box = { width: 900, height: 600 }
    resized!()
    resized!()
    resized!()
    expect(chart.methods()).toEqual(['clear', 'setOption'])
    vi.advanceTimersByTime(100)
    expect(chart.methods()).toEqual(['clear', 'setOption', 'resize', 'setOption'])
    expect(built.at(-1)!.size).toEqual({ width: 900, height: 600 })
    box = { width: 0, height: 0 }
    resized!()
    vi.advanceTimersByTime(100)
    expect(chart.methods()).toHaveLength(4)
  })

  it('reports finished once per option, not for the clear before an entrance', () => {
    const onfinished = vi.fn()
    const life = lifecycle()
    life.onfinished = onfinished
    life.mount(el)
    life.setContent(content())
    life.setActive(true)
    expect(onfinished).not.toHaveBeenCalled()
    charts[0]!.finish()
    charts[0]!.finish()
    expect(onfinished).toHaveBeenCalledTimes(1)
    life.setContent(content({ lang: 'en' }))
    charts[0]!.finish()
    expect(onfinished).toHaveBeenCalledTimes(2)
  })

  it('draws at the final frame when told not to animate', () => {
    const life = lifecycle()
    life.mount(el)
    life.setContent(content({ animate: false }))
    life.setActive(true)
    expect(built.at(-1)!.animate).toBe(false)
  })

  it('draws only once the fonts are loaded, and only the latest request', async () => {
    let loaded!: () => void
    const fonts = new Promise<void>((resolve) => (loaded = resolve))
    const ready = vi.fn((c: ChartContent) => (c.lang === 'en' ? fonts : undefined))
    const life = lifecycle({ ready })
    life.mount(el)
    life.setContent(content({ lang: 'en' }))
    life.setActive(true)
    life.setContent(content({ lang: 'en', bilingual: true }))
    expect(charts).toHaveLength(0)
    loaded()
    await fonts
    await Promise.resolve()
    expect(charts).toHaveLength(1)
    expect(charts[0]!.methods()).toEqual(['clear', 'setOption'])
    expect(built.at(-1)!.bilingual).toBe(true)
  })

  it('disposes of the chart and stops observing on destroy', () => {
    const life = lifecycle()
    life.mount(el)
    life.setContent(content())
    life.setActive(true)
    life.destroy()
    expect(disposed).toEqual([charts[0]])
    expect(resized).toBeUndefined()
    expect(charts[0]!.handlers).toHaveLength(0)
    life.setActive(false)
    life.setActive(true)
    expect(charts).toHaveLength(1)
  })
})

describe('chart lifecycle: the entrance waits for its turn', () => {
  function turns() {
    const waiting: Array<() => void> = []
    const beforeEntrance = () => new Promise<void>((resolve) => waiting.push(resolve))
    const next = async () => {
      waiting.shift()!()
      await Promise.resolve()
      await Promise.resolve()
    }
    return { beforeEntrance, next, waiting }
  }

  it('creates and draws the chart only once the turn comes, each entrance anew', async () => {
    const turn = turns()
    const life = lifecycle({ beforeEntrance: turn.beforeEntrance })
    life.mount(el)
    life.setContent(content())
    life.setActive(true)
    expect(charts).toHaveLength(0)
    await turn.next()
    expect(charts).toHaveLength(1)
    expect(charts[0]!.methods()).toEqual(['clear', 'setOption'])
    life.setActive(false)
    life.setActive(true)
    expect(charts[0]!.methods()).toEqual(['clear', 'setOption'])
    await turn.next()
    expect(charts[0]!.methods()).toEqual(['clear', 'setOption', 'clear', 'setOption'])
  })

  it('updates in place (a language switch) without waiting', async () => {
    const turn = turns()
    const life = lifecycle({ beforeEntrance: turn.beforeEntrance })
    life.mount(el)
    life.setContent(content())
    life.setActive(true)
    await turn.next()
    life.setContent(content({ lang: 'en' }))
    expect(charts[0]!.calls.at(-1)!.opts).toEqual({ replaceMerge: ['series'] })
    expect(turn.waiting).toHaveLength(0)
  })

  it('draws nothing when it is destroyed before its turn', async () => {
    const turn = turns()
    const life = lifecycle({ beforeEntrance: turn.beforeEntrance })
    life.mount(el)
    life.setContent(content())
    life.setActive(true)
    life.destroy()
    await turn.next()
    expect(charts).toHaveLength(0)
  })
})
