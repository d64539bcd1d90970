// ECharts loads on its own: charts wait for it, then draw through it; the live set counts them.
import { beforeEach, describe, expect, it, vi } from 'vitest'

const engine = vi.hoisted(() => ({ created: [] as Array<{ disposed: boolean }> }))
vi.mock('../../../src/charts/engine', () => {
  return {
    createChart: () => {
      const chart = {
        disposed: false,
        isDisposed: () => chart.disposed,
        dispose: () => void (chart.disposed = true),
      }
      engine.created.push(chart)
      return chart
    },
    buildOption: () => ({}),
  }
})

beforeEach(() => {
  vi.resetModules()
  engine.created.length = 0
})

const registry = () => import('../../../src/charts/registry')

describe('chart registry', () => {
  it('creates no chart before ECharts is loaded, and says what to wait for', async () => {
    const { chartsPending, initChart } = await registry()
    expect(() => initChart({} as HTMLElement)).toThrow(/not loaded yet/)
    expect(chartsPending()).toBeInstanceOf(Promise)
  })

  it('loads ECharts once however many charts ask, then nothing is pending', async () => {
    const { chartsPending, loadCharts } = await registry()
    const first = chartsPending()
    expect(chartsPending()).toBe(first)
    expect(loadCharts()).toBe(first)
    const loaded = await first
    expect(await loadCharts()).toBe(loaded)
    expect(chartsPending()).toBeUndefined()
  })

  it('counts live charts through creation and disposal', async () => {
    const { disposeChart, initChart, liveChartCount, loadCharts } = await registry()
    await loadCharts()
    const a = initChart({} as HTMLElement)
    initChart({} as HTMLElement)
    expect(liveChartCount()).toBe(2)
    disposeChart(a)
    expect(liveChartCount()).toBe(1)
    expect(engine.created[0]!.disposed).toBe(true)
  })
})
