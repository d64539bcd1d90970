// ECharts with only what the visuals draw, the app theme, and the set of live chart instances
// (the soak and e2e tests compare it with the charts on the page: a leak shows as a difference).
import { init, registerTheme, use, type EChartsType } from 'echarts/core'
import { BarChart, GaugeChart } from 'echarts/charts'
import { AriaComponent, GraphicComponent, GridComponent } from 'echarts/components'
import { LabelLayout } from 'echarts/features'
import { SVGRenderer } from 'echarts/renderers'
import { theme, themeName } from './theme'

// echarts/core installs label layout as a side effect that bundlers shake out; without it labels
// neither count up (`valueAnimation`) nor fade in.
use([SVGRenderer, BarChart, GaugeChart, GridComponent, GraphicComponent, AriaComponent, LabelLayout])
registerTheme(themeName, theme)

const live = new Set<EChartsType>()

export function initChart(el: HTMLElement): EChartsType {
  const chart = init(el, themeName, { renderer: 'svg' })
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
