// The set of live chart instances (the soak and e2e tests compare it with the charts on the page:
// a leak shows as a difference), and ECharts itself, which is not needed for the first slide and
// loads on its own (engine.ts): in idle time once the first slide is shown, or at once when a
// chart wants to draw before that.
import type { EChartsType } from 'echarts/core'

type Engine = typeof import('./engine')

let engine: Engine | undefined
let loading: Promise<Engine> | undefined

/** Loads ECharts and the option builders (once); resolves when they are ready. */
export function loadCharts(): Promise<Engine> {
  loading ??= import('./engine').then(
    (loaded) => (engine = loaded),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/**
 * Loads ECharts and has it draw once off screen, `step` (an idle period) before each part
 * (engine.ts: warmUp), so that its first chart on a slide runs code already compiled.
 */
export async function warmUpCharts(step: () => Promise<void>): Promise<void> {
  await (await loadCharts()).warmUp(step)
}

/** undefined once ECharts is loaded; otherwise the promise of it (and the load is started). */
export function chartsPending(): Promise<unknown> | undefined {
  return engine ? undefined : loadCharts()
}

/** The loaded engine; only for code that waited for chartsPending(). */
export function chartEngine(): Engine {
  if (!engine) throw new Error('charts: ECharts is not loaded yet (wait for chartsPending())')
  return engine
}

const live = new Set<EChartsType>()

export function initChart(el: HTMLElement): EChartsType {
  const chart = chartEngine().createChart(el)
  live.add(chart)
  return chart
}

export function disposeChart(chart: EChartsType): void {
  live.delete(chart)
  if (!chart.isDisposed()) chart.dispose()
}

export function liveChartCount(): number {
  return live.size
}
