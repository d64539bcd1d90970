// declines: year-on-year changes as horizontal bars on one percentage scale, growing left from a
// zero line; the names sit right of the zero line, each value at its bar's end. One colour: the
// bars differ in length only, colour carries no meaning.
import type { EChartsOption } from 'echarts'
import { palette } from './colors'
import {
  baseOption,
  biMarkup,
  chartType,
  clamp,
  colors,
  fitAllBilingual,
  RichBook,
  secondaryLang,
  sizeOf,
  staggered,
  type Builder,
} from './common'
import { shownValue, valueLabel } from './labels'

const pad = 16

export const declines: Builder = (input) => {
  const { width: W, height: H } = sizeOf(input)
  const { lang, figures } = input
  const second = secondaryLang(input)
  const option = baseOption(input)
  if (!figures.length) return option

  const band = (H - 2 * pad) / figures.length
  const nameRoom = clamp(W * 0.4, 220, 640)
  const names = fitAllBilingual(
    figures.map((fig) => fig.label),
    lang,
    second,
    {
      maxWidth: nameRoom - 24,
      maxLines: 3,
      sizes: [chartType.label, 28, 26],
      secondarySizes: [chartType.secondary, chartType.min],
      maxHeight: band * 0.95,
    },
  )
  // The name column is as wide as its longest line, so the bars get the rest.
  const nameWidth = Math.min(nameRoom, Math.max(...names.map((n) => n.width)) + 24 + 12)
  const valueSize = band >= 110 ? chartType.value : chartType.node
  const labels = figures.map((fig) =>
    valueLabel(fig, { lang, second, numberSize: valueSize, maxWidth: W * 0.3, markDerived: true }),
  )
  const labelRoom = Math.max(...labels.map((l) => l.width)) + 20
  const maxAbs = Math.max(...figures.map((f) => Math.abs(f.value)), 1)
  const anyIncrease = figures.some((f) => f.value > 0)

  const nameBook = new RichBook()
  const rich = Object.assign({}, ...labels.map((l) => l.rich)) as Record<string, Record<string, unknown>>

  const result: EChartsOption = {
    ...option,
    grid: { id: 'grid', left: pad + labelRoom, right: nameWidth, top: pad, bottom: pad, outerBoundsMode: 'none' },
    xAxis: { id: 'x', type: 'value', min: -maxAbs, max: anyIncrease ? maxAbs : 0, show: false },
    yAxis: {
      id: 'y',
      type: 'category',
      inverse: true,
      position: 'right',
      data: names.map((n) => biMarkup(nameBook, n, colors.onWhite)),
      // With an increase among the changes the names keep to the right edge, clear of the bars.
      axisLine: { show: true, onZero: !anyIncrease, lineStyle: { color: palette.muted, width: 3 } },
      axisTick: { show: false },
      axisLabel: { interval: 0, margin: 24, align: 'left', rich: nameBook.echarts() },
    },
    series: [
      {
        id: 'declines',
        type: 'bar',
        silent: true,
        emphasis: { disabled: true },
        barWidth: Math.min(band * 0.5, 84),
        animationDelay: (idx: number) => staggered(idx),
        label: { show: true, distance: 14, valueAnimation: true, rich },
        data: figures.map((fig, i) => ({
          id: fig.id,
          value: fig.value,
          itemStyle: { color: fig.derived ? palette.series[2] : palette.navy },
          label: {
            position: fig.value > 0 ? 'right' : 'left',
            formatter: (params: unknown) => labels[i]!.text(shownValue(params, fig.value)),
          },
        })),
      },
    ],
  }
  return result
}
