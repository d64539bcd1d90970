// ring: one share of a whole as a full ring that fills clockwise from the top; the share in the
// middle (a percentage counts up; a fraction the report writes in words stays words), the label
// beside the ring in a wide box and under it in a narrow one.
import type { EChartsOption } from 'echarts'
import type { GaugeDataItemOption } from './common'
import type { Figure } from '../../content/schema'
import { palette } from './colors'
import {
  baseOption,
  biMarkup,
  chartType,
  clamp,
  colors,
  fitBilingual,
  moves,
  RichBook,
  secondaryLang,
  sizeOf,
  timing,
  type Builder,
} from './common'
import { countingGauge, valueLabel } from './labels'

const pad = 16

/** The whole a share is out of: 100 for percentages, 1 for ratios. */
function wholeOf(figure: Figure): number {
  return figure.kind === 'ratio' && figure.value <= 1 ? 1 : 100
}

export const ring: Builder = (input) => {
  const { width: W, height: H } = sizeOf(input)
  const { lang } = input
  const second = secondaryLang(input)
  const option = baseOption(input)
  const fig = input.figures[0]
  if (!fig) return option

  const nameSizes = [chartType.node, 32, chartType.label, 28]
  const secondarySizes = [28, chartType.secondary, chartType.min]
  let side = W / H >= 1.3
  let radius = 0
  let nameWidth: number
  let name = fitBilingual(fig.label, lang, second, { maxWidth: W * 0.9, maxLines: 4, sizes: nameSizes, secondarySizes })
  if (side) {
    radius = Math.min(H / 2 - pad, W * 0.22)
    nameWidth = W - (pad + 2 * radius + 56) - pad
    if (nameWidth < 240) side = false
    else
      name = fitBilingual(fig.label, lang, second, {
        maxWidth: nameWidth,
        maxLines: 5,
        sizes: nameSizes,
        secondarySizes,
      })
  }
  if (!side) {
    radius = Math.max(60, Math.min(W / 2 - pad, (H - 2 * pad - 28 - name.height) / 2))
  }
  const stroke = Math.max(chartType.min, Math.round(radius * 0.2))
  const inner = 2 * (radius - stroke) * 0.82
  const sizes = [chartType.hero, 76, 68, chartType.big, 52, chartType.value, chartType.node]
  let label = valueLabel(fig, { lang, second, numberSize: chartType.node, maxWidth: inner, markDerived: true })
  for (const size of sizes) {
    const trial = valueLabel(fig, {
      lang,
      second,
      numberSize: size,
      wordSize: Math.max(chartType.label, Math.round(size * 0.45)),
      maxWidth: inner,
      markDerived: true,
    })
    if (trial.width <= inner && trial.height <= inner) {
      label = trial
      break
    }
  }

  const blockHeight = side ? 2 * radius : 2 * radius + 28 + name.height
  const cx = side ? pad + radius : W / 2
  const cy = pad + Math.max(0, (H - 2 * pad - blockHeight) / 2) + radius
  const whole = wholeOf(fig)
  const nameBook = new RichBook()
  const markup = biMarkup(nameBook, name, colors.onWhite)

  const result: EChartsOption = {
    ...option,
    series: [
      {
        ...countingGauge(fig, label, lang, { width: inner, height: label.height }),
        id: `ring-${fig.id}`,
        center: [cx, cy],
        radius,
        startAngle: 90,
        endAngle: -270,
        min: 0,
        max: whole,
        progress: { show: true, width: stroke, roundCap: false, itemStyle: { color: palette.navy } },
        axisLine: { lineStyle: { width: stroke, color: [[1, palette.rule]] } },
        title: { show: false },
        // A stable id keeps the ring from refilling when the language changes (ECharts diffs data by id, else by name).
        data: [{ id: fig.id, value: clamp(fig.value, 0, whole), name: fig.label[lang] } as GaugeDataItemOption],
      },
    ],
    graphic: {
      id: 'ring-label',
      elements: [
        {
          id: `ring-name-${fig.id}`,
          type: 'text',
          silent: true,
          transition: moves.text,
          x: side ? cx + radius + 56 : W / 2,
          y: side ? cy : cy + radius + 28,
          style: {
            text: markup,
            rich: nameBook.zrender(),
            align: side ? 'left' : 'center',
            verticalAlign: side ? 'middle' : 'top',
          },
          enterFrom: { style: { opacity: 0 } },
          enterAnimation: { duration: 600, delay: timing.duration * 0.6, easing: timing.easing },
        },
      ],
    },
  }
  return result
}
