// bars: counts of different things. Bars of different units (83 cases, 448.04 grams, 503 users)
// on one axis would compare grams with people, and bars each scaled to their own maximum would all
// be full length and say nothing. So:
// - all figures share kind and unit: horizontal bars from zero on one honest scale;
// - otherwise: a row of number tiles, no lengths at all. Each tile is the number counting up,
//   its unit and its label. The tiles are gauge series with every gauge part hidden, because the
//   gauge's `detail` is the ECharts text that can count up (`valueAnimation`) on its own.
import type { EChartsOption, GaugeSeriesOption } from 'echarts'
import type { Figure } from '../../content/schema'
import { fontFamilies } from '../../styles/palette'
import { palette } from './colors'
import {
  baseOption,
  biMarkup,
  chartType,
  clamp,
  colors,
  fitAllBilingual,
  moves,
  RichBook,
  secondaryLang,
  sizeOf,
  staggered,
  timing,
  type Builder,
  type ChartInput,
} from './common'
import { countingGauge, labelShowsUnit, shownValue, valueLabel } from './labels'
import { sharesUnit } from '../numberTiles'

const pad = 16

function sharedScale(input: ChartInput): EChartsOption {
  const { width: W, height: H } = sizeOf(input)
  const { lang, figures } = input
  const second = secondaryLang(input)
  const band = (H - 2 * pad) / figures.length
  const nameWidth = clamp(W * 0.34, 200, 560)
  const names = fitAllBilingual(
    figures.map((fig) => fig.label),
    lang,
    second,
    { maxWidth: nameWidth - 24, maxLines: 3, sizes: [chartType.label, 28, 26], maxHeight: band * 0.95 },
  )
  // One unit for every bar: it goes from every label or from none.
  const keepUnit = !figures.every((f) => labelShowsUnit(f, lang) && (!second || labelShowsUnit(f, second)))
  const labels = figures.map((fig) =>
    valueLabel(fig, {
      lang,
      second,
      numberSize: band >= 110 ? chartType.value : chartType.node,
      maxWidth: W * 0.3,
      markDerived: true,
      keepUnit,
    }),
  )
  const nameBook = new RichBook()
  return {
    ...baseOption(input),
    grid: {
      id: 'grid',
      left: nameWidth,
      right: pad + Math.max(...labels.map((l) => l.width)) + 20,
      top: pad,
      bottom: pad,
      outerBoundsMode: 'none',
    },
    xAxis: { id: 'x', type: 'value', min: 0, max: Math.max(...figures.map((f) => f.value), 1), show: false },
    yAxis: {
      id: 'y',
      type: 'category',
      inverse: true,
      data: names.map((n) => biMarkup(nameBook, n, colors.onWhite)),
      axisLine: { show: true, lineStyle: { color: palette.muted, width: 3 } },
      axisTick: { show: false },
      axisLabel: { interval: 0, margin: 24, align: 'right', rich: nameBook.echarts() },
    },
    series: [
      {
        id: 'bars',
        type: 'bar',
        silent: true,
        emphasis: { disabled: true },
        barWidth: Math.min(band * 0.5, 84),
        animationDelay: (idx: number) => staggered(idx),
        label: {
          show: true,
          position: 'right',
          distance: 14,
          valueAnimation: true,
          rich: Object.assign({}, ...labels.map((l) => l.rich)),
        },
        data: figures.map((fig, i) => ({
          id: fig.id,
          value: fig.value,
          itemStyle: { color: palette.navy },
          label: { formatter: (params: unknown) => labels[i]!.text(shownValue(params, fig.value)) },
        })),
      },
    ],
  }
}

/** Columns and rows for n tiles in a box: one row while tiles stay at least `minTile` wide. */
export function tileGrid(n: number, width: number, minTile = 280): { cols: number; rows: number } {
  const cols = n <= 1 ? 1 : width / n >= minTile ? n : Math.ceil(n / 2)
  return { cols, rows: Math.ceil(n / cols) }
}

function tiles(input: ChartInput): EChartsOption {
  const { width: W, height: H } = sizeOf(input)
  const { lang, figures } = input
  const second = secondaryLang(input)
  const { cols, rows } = tileGrid(figures.length, W - 2 * pad)
  const cellW = (W - 2 * pad) / cols
  const cellH = (H - 2 * pad) / rows
  const textWidth = cellW * 0.86

  // One number size for all tiles, the largest at which every number fits its tile.
  const sizes = [chartType.hero, 76, 68, chartType.big, 52, chartType.value]
  let labels = figures.map((fig) =>
    valueLabel(fig, { lang, second, numberSize: chartType.value, maxWidth: textWidth, markDerived: true }),
  )
  for (const size of sizes) {
    const label = (fig: Figure, unitLine = false) =>
      valueLabel(fig, {
        lang,
        second,
        numberSize: size,
        wordSize: Math.min(chartType.node, Math.round(size * 0.5)),
        maxWidth: textWidth,
        markDerived: true,
        unitLine,
      })
    let trial = figures.map((fig) => label(fig))
    // One unit on its own line puts every unit on its own line, so the tiles read alike.
    if (trial.some((l) => l.unitLine)) trial = figures.map((fig) => label(fig, true))
    if (trial.every((l) => l.width <= textWidth) && Math.max(...trial.map((l) => l.height)) <= cellH * 0.5) {
      labels = trial
      break
    }
  }
  const valueHeight = Math.max(...labels.map((l) => l.height))
  const rule = { width: 72, height: 8, gap: 20 }
  const nameGap = 14
  const names = fitAllBilingual(
    figures.map((fig) => fig.label),
    lang,
    second,
    {
      maxWidth: textWidth,
      maxLines: 3,
      sizes: [chartType.label, 28, 26],
      secondarySizes: [chartType.secondary, chartType.min],
      maxHeight: cellH - valueHeight - rule.height - rule.gap - nameGap,
    },
  )
  const nameHeight = Math.max(...names.map((n) => n.height))
  const blockHeight = rule.height + rule.gap + valueHeight + nameGap + nameHeight

  const series: GaugeSeriesOption[] = figures.map((fig, i) => {
    const col = i % cols
    const row = Math.floor(i / cols)
    const cx = pad + cellW * (col + 0.5)
    const top = pad + cellH * row + Math.max(0, (cellH - blockHeight) / 2)
    const cy = top + rule.height + rule.gap + valueHeight / 2
    const label = labels[i]!
    const nameBook = new RichBook()
    const name = biMarkup(nameBook, names[i]!, colors.onWhite)
    const gauge = countingGauge(fig, label, lang, { width: textWidth, height: label.height })
    return {
      ...gauge,
      // A value shorter than its neighbours (no unit line) sits on its name, as theirs do.
      detail: { ...gauge.detail, offsetCenter: [0, (valueHeight - label.height) / 2] },
      id: `tile-${fig.id}`,
      center: [cx, cy],
      radius: 10,
      min: 0,
      max: Math.max(fig.value, 1),
      startAngle: 90,
      endAngle: -270,
      animationDelay: staggered(i),
      axisLine: { show: false },
      progress: { show: false },
      title: {
        offsetCenter: [0, valueHeight / 2 + nameGap + names[i]!.height / 2],
        fontFamily: fontFamilies[lang],
        rich: nameBook.echarts(),
      },
      data: [{ id: fig.id, value: fig.value, name }],
    }
  })

  return {
    ...baseOption(input),
    series,
    graphic: {
      id: 'tiles',
      elements: figures.map((fig, i) => {
        const col = i % cols
        const row = Math.floor(i / cols)
        const top = pad + cellH * row + Math.max(0, (cellH - blockHeight) / 2)
        const cx = pad + cellW * (col + 0.5)
        return {
          id: `rule-${fig.id}`,
          type: 'rect',
          silent: true,
          transition: moves.shape,
          shape: { x: cx - rule.width / 2, y: top, width: rule.width, height: rule.height, r: 4 },
          style: { fill: palette.accent },
          enterFrom: { shape: { x: cx, width: 0 } },
          enterAnimation: { duration: 600, delay: staggered(i), easing: timing.easing },
        }
      }),
    },
  }
}

export const bars: Builder = (input) => {
  if (!input.figures.length) return baseOption(input)
  return sharesUnit(input.figures) ? sharedScale(input) : tiles(input)
}
