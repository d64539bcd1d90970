// ECharts loads on its own and draws once off screen before the first chart: charts wait for both,
// then draw through it, each in a task of its own; the live set counts them.
import { beforeEach, describe, expect, it, vi } from 'vitest'

const engine = vi.hoisted(() => ({
  created: [] as Array<{ disposed: boolean }>,
  /** Each call of warmUp: the steps it took, and how it ends. */
  warmUps: [] as number[],
  warmUpFails: false,
  /** Called in the task of the warm-up's last part. */
  onLastPart: undefined as (() => void) | undefined,
}))
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
    warmUp: async (step: () => Promise<void>) => {
      engine.warmUps.push(0)
      for (let part = 0; part < 3; part++) {
        await step()
        engine.warmUps[engine.warmUps.length - 1]! += 1
      }
      engine.onLastPart?.()
      if (engine.warmUpFails) throw new Error('no canvas')
    },
  }
})

beforeEach(() => {
  vi.resetModules()
  vi.useRealTimers()
  engine.created.length = 0
  engine.warmUps.length = 0
  engine.warmUpFails = false
  engine.onLastPart = undefined
})

const registry = () => import('../../../src/charts/registry')
const never = () => new Promise<void>(() => {})

describe('chart registry', () => {
  it('creates no chart before ECharts is loaded, and says what to wait for', async () => {
    const { chartsPending, initChart } = await registry()
    expect(() => initChart({} as HTMLElement)).toThrow(/not loaded yet/)
    const pending = chartsPending()
    expect(pending).toBeInstanceOf(Promise)
    await pending
  })

  it('loads ECharts and warms it up once however many charts ask, then nothing is pending', async () => {
    const { chartsPending, loadCharts } = await registry()
    const first = chartsPending()
    const second = chartsPending()
    expect(loadCharts()).toBe(loadCharts())
    await Promise.all([first, second])
    expect(engine.warmUps).toEqual([3])
    expect(chartsPending()).toBeUndefined()
  })

  it('hurries an idle warm-up when a chart waits: its remaining parts come a task apart', async () => {
    const { chartsPending, warmUpCharts } = await registry()
    const idleSteps: number[] = []
    let releaseIdle: () => void = () => {}
    // The first idle period comes; the next ones would never come.
    const idle = () => {
      idleSteps.push(idleSteps.length)
      return idleSteps.length === 1 ? new Promise<void>((resolve) => (releaseIdle = resolve)) : never()
    }
    const warming = warmUpCharts(idle)
    await vi.waitFor(() => expect(idleSteps).toHaveLength(1))
    const pending = chartsPending()!
    releaseIdle()
    await pending
    await warming
    expect(idleSteps).toHaveLength(1)
    expect(engine.warmUps).toEqual([3])
    expect(chartsPending()).toBeUndefined()
  })

  it('lets a chart draw in a task after the warm-up, not in the one that ends it', async () => {
    const { chartsPending } = await registry()
    const order: string[] = []
    engine.onLastPart = () => setTimeout(() => order.push('task queued by the last part'), 0)
    await chartsPending()!.then(() => order.push('draw'))
    expect(order).toEqual(['task queued by the last part', 'draw'])
  })

  it('still draws when the warm-up fails, and says why', async () => {
    engine.warmUpFails = true
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { chartsPending, initChart } = await registry()
    await chartsPending()
    expect(chartsPending()).toBeUndefined()
    expect(() => initChart({} as HTMLElement)).not.toThrow()
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/warm-up failed \(no canvas\)/))
    warn.mockRestore()
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
