import { render } from '@testing-library/svelte'
import { flushSync } from 'svelte'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EChartsOption } from 'echarts'
import { buildOption } from '../../../src/charts/builders'
import Chart from '../../../src/charts/Chart.svelte'
import type { Deck } from '../../../src/content/schema'
import type { Slides } from '../../../src/content/validate'
import { samples } from '../../unit/charts/fixtures'
import { plain } from '../../unit/charts/helpers'

class FakeChart {
  calls: Array<{ method: string; option?: EChartsOption; opts?: unknown }> = []
  handlers: Array<() => void> = []
  setOption(option: EChartsOption, opts?: unknown) {
    this.calls.push({ method: 'setOption', option, opts })
  }
  clear() {
    this.calls.push({ method: 'clear' })
  }
  resize() {
    this.calls.push({ method: 'resize' })
  }
  on(_: string, handler: () => void) {
    this.handlers.push(handler)
  }
  off(_: string, handler: () => void) {
    this.handlers = this.handlers.filter((h) => h !== handler)
  }
  finish() {
    for (const h of [...this.handlers]) h()
  }
}

const registry = vi.hoisted(() => ({ charts: [] as unknown[], disposed: [] as unknown[] }))
vi.mock('../../../src/charts/registry', () => ({
  initChart: vi.fn(() => {
    const chart = new FakeChart()
    registry.charts.push(chart)
    return chart
  }),
  disposeChart: vi.fn((chart: unknown) => registry.disposed.push(chart)),
  liveChartCount: () => registry.charts.length - registry.disposed.length,
  // ECharts (faked above) counts as loaded: the option builders are the real ones.
  chartEngine: () => ({ buildOption }),
}))
// Nothing to wait for here: no fonts to load and no frame to paint before an entrance.
vi.mock('../../../src/charts/ready', () => ({ drawPending: () => undefined, afterPaint: () => undefined }))

const { block, figures } = samples.compare
const report: Slides = { deck: {} as Deck, figures: new Map(figures.map((f) => [f.id, f])) }
const props = (over: Record<string, unknown> = {}) => ({
  block,
  report,
  lang: 'zh' as const,
  active: false,
  animate: true,
  ...over,
})
const charts = () => registry.charts as FakeChart[]
const firstLabel = (option: EChartsOption) => {
  const series = (
    option.series as Array<{ data: Array<{ value: number; label: { formatter: (p: unknown) => string } }> }>
  )[0]!
  return plain(series.data[0]!.label.formatter({ value: series.data[0]!.value })).replace(/\n/g, ' ')
}

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 970 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 620 })
})
afterAll(() => {
  // The own properties shadow jsdom's (always zero) ones on Element.prototype.
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight
})
beforeEach(() => {
  registry.charts.length = 0
  registry.disposed.length = 0
})

describe('Chart', () => {
  it('is an image with the description in the current language, and no chart until active', () => {
    const { container } = render(Chart, props())
    const el = container.querySelector('[data-chart-visual]')!
    expect(el.getAttribute('data-chart-visual')).toBe('compare')
    expect(el.getAttribute('role')).toBe('img')
    expect(el.getAttribute('aria-label')).toBe(block.description.zh)
    expect(charts()).toHaveLength(0)
  })

  it('starts once when first active and replays the entrance on each re-activation', async () => {
    const { rerender } = render(Chart, props())
    await rerender(props({ active: true }))
    expect(charts()).toHaveLength(1)
    const chart = charts()[0]!
    expect(chart.calls.map((c) => c.method)).toEqual(['clear', 'setOption'])
    expect(firstLabel(chart.calls[1]!.option!)).toBe('5453起')
    await rerender(props({ active: false }))
    await rerender(props({ active: true }))
    expect(charts()).toHaveLength(1)
    expect(chart.calls.map((c) => c.method)).toEqual(['clear', 'setOption', 'clear', 'setOption'])
    expect(chart.calls[3]!.opts).toEqual({ notMerge: true })
  })

  it('switches language in place: new labels, no new chart, no replay', async () => {
    const { rerender, container } = render(Chart, props({ active: true }))
    const chart = charts()[0]!
    await rerender(props({ active: true, lang: 'en' }))
    flushSync()
    expect(charts()).toHaveLength(1)
    const last = chart.calls.at(-1)!
    expect(chart.calls.map((c) => c.method)).toEqual(['clear', 'setOption', 'setOption'])
    expect(last.opts).toEqual({ replaceMerge: ['series'] })
    expect(firstLabel(last.option!)).toBe('5,453 cases')
    expect(container.querySelector('[data-chart-visual]')!.getAttribute('aria-label')).toBe(block.description.en)
  })

  it('draws the final frame when not animating and reports when it is drawn', async () => {
    const onfinished = vi.fn()
    render(Chart, props({ active: true, animate: false, onfinished }))
    const chart = charts()[0]!
    expect(chart.calls.at(-1)!.option!.animation).toBe(false)
    expect(onfinished).not.toHaveBeenCalled()
    chart.finish()
    chart.finish()
    expect(onfinished).toHaveBeenCalledTimes(1)
  })

  it('disposes of its chart when removed', () => {
    const { unmount } = render(Chart, props({ active: true }))
    unmount()
    expect(registry.disposed).toEqual([charts()[0]])
  })
})
