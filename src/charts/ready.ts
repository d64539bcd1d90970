// What a chart waits for before it draws: ECharts loaded (registry.ts) and its text's font faces
// (fonts.ts); a failed load is reported once per wait and leaves the chart undrawn. An entrance
// also waits until the frame that shows its slide has painted.
import { fontsPending } from './fonts'
import type { ChartContent } from './lifecycle'
import { chartsPending } from './registry'

export function drawPending(content: ChartContent): Promise<unknown> | undefined {
  const engine = chartsPending()
  if (!engine) return fontsPending(content)
  // The fonts are asked about once ECharts is in, in the task the chart then draws in: the first ask
  // formats the chart's figures and reads every face's unicode-range, which would otherwise lengthen
  // the first render of a slide reached before ECharts (a deep link, the presenter's next slide).
  return engine.then(
    () => fontsPending(content),
    (error: unknown) => {
      console.error(`charts: could not load ECharts (${(error as Error)?.message ?? error})`)
      return new Promise(() => {})
    },
  )
}

/** Resolves in the first task after the next frame is painted. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}
