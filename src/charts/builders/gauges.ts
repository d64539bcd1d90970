// gauges: rates out of 100% as 270° arcs on a light track, side by side. The arc sweeps from 0
// while the number in the middle counts up; the label sits under the arc. One colour for every
// gauge: they measure the same kind of thing, the arc length is the message.
import type { GaugeSeriesOption } from 'echarts'
import { fontFamilies } from '../../styles/palette'
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
import { countingGauge, valueLabel } from './labels'

const pad = 16
/** The arc's ends lie sin(45°)·R below the centre. */
const below = Math.SQRT1_2

export const gauges: Builder = (input) => {
  const { width: W, height: H } = sizeOf(input)
  const { lang, figures } = input
  const second = secondaryLang(input)
  const option = baseOption(input)
  if (!figures.length) return option

  const n = figures.length
  const cellW = (W - 2 * pad) / n
  const gap = 20
  const names = fitAllBilingual(
    figures.map((fig) => fig.label),
    lang,
    second,
    {
      maxWidth: cellW * 0.9,
      maxLines: 3,
      sizes: [chartType.label, 28, 26],
      secondarySizes: [chartType.secondary, chartType.min],
    },
  )
  const nameHeight = Math.max(...names.map((t) => t.height))
  // Vertical extent of a gauge: R above the centre, the arc's ends and half the stroke below it.
  const radius = Math.max(60, Math.min(cellW * 0.42, (H - 2 * pad - gap - nameHeight) / (1 + below + 0.08)))
  const stroke = Math.max(chartType.min, Math.round(radius * 0.16))
  const blockHeight = radius * (1 + below) + stroke / 2 + gap + nameHeight
  const cy = pad + Math.max(0, (H - 2 * pad - blockHeight) / 2) + radius
  // The number keeps clear of the arc: the largest size at which every gauge's number fits inside.
  const inside = (radius - stroke) * 1.45
  const sizes = [chartType.hero, 76, 68, chartType.big, 52, chartType.value, chartType.node].filter(
    (s) => s <= Math.max(chartType.node, radius * 0.5),
  )
  let labels = figures.map((fig) =>
    valueLabel(fig, { lang, second, numberSize: chartType.node, maxWidth: inside, markDerived: true }),
  )
  for (const numberSize of sizes) {
    const trial = figures.map((fig) =>
      valueLabel(fig, { lang, second, numberSize, maxWidth: inside, markDerived: true }),
    )
    if (trial.every((l) => l.width <= inside)) {
      labels = trial
      break
    }
  }

  const series: GaugeSeriesOption[] = figures.map((fig, i) => {
    const label = labels[i]!
    const nameBook = new RichBook()
    const name = biMarkup(nameBook, names[i]!, colors.onWhite)
    return {
      ...countingGauge(fig, label, lang, { width: inside, height: label.height }),
      id: `gauge-${fig.id}`,
      center: [pad + cellW * (i + 0.5), cy],
      radius,
      startAngle: 225,
      endAngle: -45,
      min: 0,
      max: 100,
      animationDelay: staggered(i, 0) * 2,
      progress: { show: true, width: stroke, roundCap: false, itemStyle: { color: palette.navy } },
      axisLine: { lineStyle: { width: stroke, color: [[1, palette.rule]] } },
      title: {
        offsetCenter: [0, radius * below + stroke / 2 + gap + names[i]!.height / 2],
        fontFamily: fontFamilies[lang],
        rich: nameBook.echarts(),
      },
      data: [{ id: fig.id, value: clamp(fig.value, 0, 100), name }],
    }
  })
  return { ...option, series }
}
