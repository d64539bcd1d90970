// The set of live chart instances (the soak and e2e tests compare it with the charts on the page:
// a leak shows as a difference), and ECharts itself, which is not needed for the first slide and
// loads on its own (engine.ts): in idle time once the first slide is shown, or at once when a
// chart wants to draw before that. Either way it draws once off screen before the first chart.
import type { EChartsType } from 'echarts/core'

type Engine = typeof import('./engine')

let engine: Engine | undefined
let loading: Promise<Engine> | undefined
let warming: Promise<void> | undefined
let warmed = false
/** A chart is waiting: the warm-up's parts come a task apart instead of an idle period apart. */
let hurried = false

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

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
 * (engine.ts: warmUp), so that its first chart on a slide runs code already compiled and is not
 * one long task with the loading. Once; a failed warm-up leaves the charts to draw cold.
 */
export function warmUpCharts(step: () => Promise<void>): Promise<void> {
  warming ??= loadCharts().then(
    (loaded) =>
      loaded
        .warmUp(() => (hurried ? nextTask() : step()))
        .catch((error: unknown) => console.warn(`charts: warm-up failed (${(error as Error)?.message ?? error})`))
        .then(() => void (warmed = true)),
    (error: unknown) => {
      warming = undefined
      throw error
    },
  )
  return warming
}

/**
 * undefined once ECharts is loaded and warmed up; otherwise the promise of that, which settles in
 * a task of its own (the load and warm-up are started, or hurried when they wait for idle time).
 */
export function chartsPending(): Promise<unknown> | undefined {
  if (warmed) return undefined
  hurried = true
  return warmUpCharts(nextTask).then(nextTask)
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
