// ECharts with only what the visuals draw, the app theme, and the slides' option builders: the
// part of the charts that loads on its own, after the first slide is shown (see registry.ts).
import { init, registerTheme, use, type EChartsCoreOption, type EChartsType } from 'echarts/core'
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

/**
 * Draws a small chart off screen, a part at a time, and throws it away: ECharts' code runs for the
 * first time here rather than in the first chart slide's entrance, and `step` (an idle period)
 * comes between the parts so that none of them is a long task of its own.
 */
export async function warmUp(step: () => Promise<void>): Promise<void> {
  const box = document.createElement('div')
  box.setAttribute('aria-hidden', 'true')
  box.style.cssText = 'position:fixed;left:-10000px;top:0;width:320px;height:180px;visibility:hidden'
  document.body.append(box)
  const chart = createChart(box)
  try {
    const parts: EChartsCoreOption[] = [
      { animationDuration: 10, graphic: [{ type: 'text', left: 0, top: 0, style: { text: '0' } }] },
      {
        grid: { left: 40, right: 10, top: 20, bottom: 30 },
        xAxis: { type: 'category', data: ['2015', '2016'] },
        yAxis: { type: 'value' },
      },
      {
        series: [
          { type: 'bar', data: [1, 2], label: { show: true, formatter: '{n|{c}}', rich: { n: { fontWeight: 700 } } } },
        ],
      },
    ]
    for (const part of parts) {
      await step()
      chart.setOption(part)
    }
  } finally {
    chart.dispose()
    box.remove()
  }
}
