// ECharts with only what the visuals draw, the app theme, and the slides' option builders: the
// part of the charts that loads on its own, after the first slide is shown (see registry.ts).
import { init, registerTheme, use, type EChartsType } from 'echarts/core'
import { BarChart, GaugeChart } from 'echarts/charts'
import { AriaComponent, GraphicComponent, GridComponent } from 'echarts/components'
import { LabelLayout } from 'echarts/features'
import { SVGRenderer } from 'echarts/renderers'
import { theme, themeName } from './theme'

export { buildOption } from './builders'

// echarts/core installs label layout as a side effect that bundlers shake out; without it labels
// neither count up (`valueAnimation`) nor fade in.
use([SVGRenderer, BarChart, GaugeChart, GridComponent, GraphicComponent, AriaComponent, LabelLayout])
registerTheme(themeName, theme)

export function createChart(el: HTMLElement): EChartsType {
  return init(el, themeName, { renderer: 'svg' })
}
