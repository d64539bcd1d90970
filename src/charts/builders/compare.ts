// compare: one measure at two times, as two bars from zero on one scale. A derived bar is hatched
// and framed with a dashed line, and its label carries the qualifier ("约"/"about") and a
// "推算值"/"derived" tag. The optional third figure, the change, is an arrow from the first
// bar's level down (or up) to the second's, labelled with its value, right of the bars.
import type { EChartsOption } from 'echarts'
import type { Figure } from '../../content/schema'
import { palette } from './colors'
import {
  baseOption,
  biMarkup,
  chartType,
  clamp,
  colors,
  fitAllBilingual,
  fitBilingual,
  lineHeight,
  moves,
  RichBook,
  secondaryLang,
  sizeOf,
  staggered,
  timing,
  type Builder,
} from './common'
import { shownValue, valueLabel } from './labels'
import { textWidth } from './text'

const pad = 16

const derivedBarStyle = () => ({
  color: palette.paper,
  borderColor: palette.navy,
  borderWidth: 3,
  borderType: 'dashed' as const,
  decal: {
    symbol: 'rect',
    symbolSize: 1,
    dashArrayX: [1, 0],
    dashArrayY: [4, 10],
    rotation: -Math.PI / 4,
    color: palette.series[2],
  },
})

function solidBarStyle(index: number) {
  // The later value is the dark one: it is the state the slide talks about.
  return { color: index === 0 ? palette.series[2] : palette.series[0] }
}

export const compare: Builder = (input) => {
  const { width: W, height: H } = sizeOf(input)
  const { lang } = input
  const second = secondaryLang(input)
  const [before, after, change] = input.figures
  const option = baseOption(input)
  if (!before || !after) return option
  const pair: Figure[] = [before, after]

  // Room right of the bars for the change annotation.
  const changeValue = change
    ? valueLabel(change, { lang, second, numberSize: chartType.big, maxWidth: W * 0.3, markDerived: true })
    : undefined
  const changeTextWidth =
    change && changeValue
      ? clamp(Math.max(changeValue.width, textWidth(change.label[lang], chartType.label)), 180, W * 0.3)
      : 0
  const changeName = change
    ? fitBilingual(change.label, lang, second, {
        maxWidth: changeTextWidth,
        maxLines: 3,
        sizes: [chartType.label, 28, 26],
        secondarySizes: [chartType.secondary, chartType.min],
      })
    : undefined
  const arrowGap = 32
  const gridLeft = pad
  const gridRight = change ? changeTextWidth + arrowGap * 2 + pad : pad
  const plotWidth = Math.max(100, W - gridLeft - gridRight)
  const band = plotWidth / 2
  const barWidth = Math.min(band * 0.5, 200)

  const label = (fig: Figure, unitLine = false) =>
    valueLabel(fig, { lang, second, numberSize: 56, wordSize: 32, maxWidth: band * 0.95, markDerived: true, unitLine })
  let labels = pair.map((fig) => label(fig))
  if (labels.some((l) => l.unitLine)) labels = pair.map((fig) => label(fig, true))
  const names = fitAllBilingual(
    pair.map((fig) => fig.label),
    lang,
    second,
    {
      maxWidth: band * 0.92,
      maxLines: 2,
      sizes: [chartType.label, 28, 26],
      secondarySizes: [chartType.secondary, chartType.min],
    },
  )
  const labelDistance = 12
  const axisMargin = 16
  const bottom = pad + Math.max(...names.map((n) => n.height)) + axisMargin
  const max = Math.max(before.value, after.value, 1)
  // The plot starts as high as the labels allow: each label needs its height above its own bar.
  const top = Math.max(
    pad,
    ...pair.map((fig, i) => {
      const below = 1 - clamp(fig.value, 0, max) / max
      const need = pad + labels[i]!.height + labelDistance
      return below >= 0.999 ? pad : (need - (H - bottom) * below) / (1 - below)
    }),
  )
  const plotHeight = Math.max(80, H - top - bottom)

  const nameBook = new RichBook()
  const categories = names.map((n) => biMarkup(nameBook, n, colors.onWhite))
  const rich = Object.assign({}, ...labels.map((l) => l.rich)) as Record<string, Record<string, unknown>>

  const result: EChartsOption = {
    ...option,
    grid: { id: 'grid', left: gridLeft, right: gridRight, top, bottom, outerBoundsMode: 'none' },
    xAxis: {
      id: 'x',
      type: 'category',
      data: categories,
      axisLine: { show: true, lineStyle: { color: palette.muted, width: 3 } },
      axisTick: { show: false },
      axisLabel: { interval: 0, margin: axisMargin, rich: nameBook.echarts(), align: 'center' },
    },
    yAxis: { id: 'y', type: 'value', min: 0, max, show: false },
    series: [
      {
        id: 'compare',
        type: 'bar',
        silent: true,
        barWidth,
        emphasis: { disabled: true },
        animationDelay: (idx: number) => staggered(idx),
        label: { show: true, position: 'top', distance: labelDistance, valueAnimation: true, rich },
        data: pair.map((fig, i) => ({
          id: fig.id,
          value: fig.value,
          itemStyle: fig.derived ? derivedBarStyle() : solidBarStyle(i),
          label: { formatter: (params: unknown) => labels[i]!.text(shownValue(params, fig.value)) },
        })),
      },
    ],
  }

  if (change && changeValue && changeName) {
    const y = (v: number) => top + plotHeight * (1 - clamp(v, 0, max) / max)
    const cx = (i: number) => gridLeft + band * (i + 0.5)
    const yFrom = y(before.value)
    const yTo = y(after.value)
    const xArrow = gridLeft + plotWidth + arrowGap
    const down = yTo >= yFrom
    const head = 22
    // The dashed level line would cut through the second bar's label when the two values are close.
    const afterLabel = labels[1]!
    const labelTop = yTo - labelDistance - afterLabel.height
    const crosses = yFrom > labelTop - 8 && yFrom < yTo
    const refStart = cx(0) + barWidth / 2 + 6
    const refEndA = crosses ? cx(1) - afterLabel.width / 2 - 12 : xArrow
    const refStartB = cx(1) + afterLabel.width / 2 + 12
    const nameBookZr = new RichBook()
    const nameMarkup = biMarkup(nameBookZr, changeName, colors.onWhite)
    const textHeight = changeValue.height + 8 + changeName.height
    const textY = clamp((yFrom + yTo) / 2 - textHeight / 2, pad, H - pad - textHeight)
    const enter = (delay: number) => ({ duration: 500, delay: timing.duration + delay, easing: timing.easing })
    const dash = { stroke: palette.muted, lineWidth: 3, lineDash: [10, 8] }
    result.graphic = {
      id: 'annotation',
      elements: [
        {
          id: 'change-level-a',
          type: 'line',
          silent: true,
          transition: moves.shape,
          shape: { x1: refStart, y1: yFrom, x2: Math.max(refStart, refEndA), y2: yFrom },
          style: dash,
          enterFrom: { style: { opacity: 0 } },
          enterAnimation: enter(0),
        },
        {
          id: 'change-level-b',
          type: 'line',
          silent: true,
          transition: moves.shape,
          invisible: !crosses,
          shape: { x1: refStartB, y1: yFrom, x2: Math.max(refStartB, xArrow), y2: yFrom },
          style: dash,
          enterFrom: { style: { opacity: 0 } },
          enterAnimation: enter(0),
        },
        {
          id: 'change-arrow',
          type: 'line',
          silent: true,
          transition: moves.shape,
          shape: {
            x1: xArrow,
            y1: yFrom,
            x2: xArrow,
            y2: down ? Math.max(yFrom, yTo - head) : Math.min(yFrom, yTo + head),
          },
          style: { stroke: palette.navy, lineWidth: 6 },
          enterFrom: { shape: { y2: yFrom } },
          enterAnimation: enter(150),
        },
        {
          id: 'change-head',
          type: 'polygon',
          silent: true,
          transition: moves.shape,
          shape: {
            points: down
              ? [
                  [xArrow - 15, yTo - head],
                  [xArrow + 15, yTo - head],
                  [xArrow, yTo],
                ]
              : [
                  [xArrow - 15, yTo + head],
                  [xArrow + 15, yTo + head],
                  [xArrow, yTo],
                ],
          },
          style: { fill: palette.navy },
          enterFrom: { style: { opacity: 0 } },
          enterAnimation: enter(550),
        },
        {
          id: 'change-text',
          type: 'text',
          silent: true,
          transition: moves.text,
          x: xArrow + arrowGap,
          y: textY,
          style: {
            text: `${changeValue.text()}\n${nameMarkup}`,
            rich: { ...changeValue.richZr, ...nameBookZr.zrender() },
            align: 'left',
            verticalAlign: 'top',
            lineHeight: lineHeight(chartType.label),
          },
          enterFrom: { style: { opacity: 0 } },
          enterAnimation: enter(400),
        },
      ],
    }
  }
  return result
}
