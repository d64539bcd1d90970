// The dashboard's chart panels, drawn for a dark screen: pure (figures, language, box) → option,
// like the slide builders, in two forms. `rows`: one bar per figure on a shared length scale, the
// name above each bar and the value at its end (a comparison, declines, counts of one kind).
// `gauge`: one rate or share as a full ring, the value in the middle counting up. Every text is
// at least `panelType.min` canvas pixels, legible from five metres on a 55-inch screen.
import type { EChartsOption, GaugeSeriesOption } from 'echarts'
import type { Figure } from '../content/schema'
import { figureParts } from '../i18n/figures'
import type { Lang } from '../i18n/lang'
import { figureNumberParts } from '../i18n/numbers'
import { fontFamilies, palette } from '../styles/palette'
import { baseOption, derivedWord, figureText, sizeOf, staggered, timing, type ChartInput } from './builders/common'
import { shownValue } from './builders/labels'
import { textWidth, wrapText } from './builders/text'

export const panelType = { name: 28, value: 36, min: 28 } as const

/** Colours on the dashboard's dark panels, from the app palette. */
export const panelColors = {
  text: palette.onNavy,
  muted: palette.onNavyMuted,
  bar: palette.accent,
  track: palette.navy,
} as const

const nameLine = Math.round(panelType.name * 1.2)
const valueLine = Math.round(panelType.value * 1.15)
const bar = 22
const rowGap = 10

/** A bar's value: the qualifier and the number (the name says what is counted). */
export function rowValue(figure: Figure, lang: Lang): string {
  const { before, number, after } = figureParts(figure, lang)
  const { scale } = figureNumberParts(figure, lang)
  const unitless = figure.kind === 'percent' || figure.kind === 'change'
  if (unitless) return `${before}${number}${after}`
  return `${before}${number}${scale ? ` ${scale}` : ''}`.trim()
}

/** A figure's name as a panel shows it; a derived figure says so. */
export function panelName(figure: Figure, lang: Lang): string {
  const name = figure.label[lang]
  if (!figure.derived) return name
  return lang === 'zh' ? `${name}（${derivedWord(lang)}）` : `${name} (${derivedWord(lang)})`
}

export interface RowsLayout {
  rows: Array<{ name: string[]; nameY: number; barY: number; barWidth: number; value: string; valueX: number }>
  height: number
}

/** Where each row's name, bar and value go in a box; bar lengths share one scale. */
export function rowsLayout(figures: readonly Figure[], lang: Lang, width: number, height: number): RowsLayout {
  const values = figures.map((f) => rowValue(f, lang))
  const valueRoom = Math.max(0, ...values.map((v) => textWidth(v, panelType.value, true))) + 14
  const maxAbs = Math.max(1, ...figures.map((f) => Math.abs(f.value)))
  const barRoom = Math.max(40, width - valueRoom)
  const names = figures.map((f) => wrapText(panelName(f, lang), panelType.name, width))
  const total =
    names.reduce((sum, lines) => sum + lines.length * nameLine + valueLine, 0) + rowGap * (figures.length - 1)
  let y = Math.max(0, (height - total) / 2)
  const rows = figures.map((f, i) => {
    const name = names[i]!
    const nameY = y
    const barY = y + name.length * nameLine + (valueLine - bar) / 2
    const barWidth = Math.max(6, (barRoom * Math.abs(f.value)) / maxAbs)
    y += name.length * nameLine + valueLine + rowGap
    return { name, nameY, barY, barWidth, value: values[i]!, valueX: barWidth + 14 }
  })
  return { rows, height: total }
}

function rows(input: ChartInput): EChartsOption {
  const { width, height } = sizeOf(input)
  const { lang, figures } = input
  const layout = rowsLayout(figures, lang, width, height)
  const font = fontFamilies[lang]
  const enter = (i: number, extra = 0) => ({
    duration: timing.duration,
    delay: staggered(i, extra),
    easing: timing.easing,
  })
  return {
    ...baseOption(input),
    graphic: {
      id: 'rows',
      elements: layout.rows.flatMap((row, i) => {
        const id = figures[i]!.id
        return [
          {
            id: `name-${id}`,
            type: 'text',
            silent: true,
            style: {
              text: row.name.join('\n'),
              x: 0,
              y: row.nameY,
              fontSize: panelType.name,
              lineHeight: nameLine,
              fontFamily: font,
              fill: panelColors.muted,
              verticalAlign: 'top',
            },
            enterFrom: { style: { opacity: 0 } },
            enterAnimation: enter(i),
          },
          {
            id: `bar-${id}`,
            type: 'rect',
            silent: true,
            shape: { x: 0, y: row.barY, width: row.barWidth, height: bar, r: 4 },
            style: { fill: panelColors.bar },
            enterFrom: { shape: { width: 0 } },
            enterAnimation: enter(i),
          },
          {
            id: `value-${id}`,
            type: 'text',
            silent: true,
            style: {
              text: row.value,
              x: row.valueX,
              y: row.barY + bar / 2,
              fontSize: panelType.value,
              fontWeight: 'bold',
              fontFamily: font,
              fill: panelColors.text,
              verticalAlign: 'middle',
            },
            enterFrom: { style: { opacity: 0 } },
            enterAnimation: enter(i, timing.duration * 0.6),
          },
        ]
      }),
    },
  }
}

/**
 * The ring's inside text: the largest size (44 down to the minimum) at which it fits on one line,
 * else at the minimum wrapped into lines ("two thirds" → "two" / "thirds").
 */
export function gaugeValueText(text: string, inside: number): { lines: string[]; size: number } {
  for (let size = 44; size >= panelType.min; size -= 2)
    if (textWidth(text, size, true) <= inside) return { lines: [text], size }
  return { lines: wrapText(text, panelType.min, inside, true), size: panelType.min }
}

function gauge(input: ChartInput): EChartsOption {
  const { width, height } = sizeOf(input)
  const { lang } = input
  const figure = input.figures[0]
  if (!figure) return baseOption(input)
  const radius = Math.max(30, Math.min(width, height) / 2 - 4)
  const stroke = Math.max(12, Math.round(radius * 0.16))
  const max = figure.kind === 'ratio' ? 1 : 100
  const final = figure.words ? figure.words[lang] : figureText(figure, lang)
  const inside = gaugeValueText(final, (radius - stroke) * 1.8)
  const series: GaugeSeriesOption = {
    type: 'gauge',
    id: `gauge-${figure.id}`,
    silent: true,
    center: [width / 2, height / 2],
    radius,
    min: 0,
    max,
    startAngle: 90,
    endAngle: -270,
    pointer: { show: false },
    anchor: { show: false },
    axisTick: { show: false },
    splitLine: { show: false },
    axisLabel: { show: false },
    title: { show: false },
    axisLine: { lineStyle: { width: stroke, color: [[1, panelColors.track]] } },
    progress: { show: true, width: stroke, itemStyle: { color: panelColors.bar } },
    detail: {
      valueAnimation: !figure.words,
      offsetCenter: [0, 0],
      fontSize: inside.size,
      lineHeight: Math.round(inside.size * 1.15),
      fontWeight: 'bold',
      fontFamily: fontFamilies[lang],
      color: panelColors.text,
      formatter: (value: number) =>
        figure.words ? inside.lines.join('\n') : figureText(figure, lang, shownValue(value, figure.value)),
    },
    data: [{ value: Math.min(figure.value, max), name: figure.label[lang] }],
  }
  return { ...baseOption(input), series: [series] }
}

/** The option for a dashboard chart: gauges and rings as one ring, the other kinds as rows of bars. */
export function buildPanelOption(input: ChartInput): EChartsOption {
  const visual = input.block.visual
  return visual === 'gauges' || visual === 'ring' ? gauge(input) : rows(input)
}
