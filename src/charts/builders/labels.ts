// A figure's value as a chart label: the number large, qualifier and unit smaller, the other
// language below in bilingual mode, and a framed "derived" tag on computed figures. The text is
// a function of the shown value, so a label can count up with ECharts' `valueAnimation`.
import type { GaugeSeriesOption } from 'echarts'
import type { Figure } from '../../content/schema'
import { figureParts } from '../../i18n/figures'
import type { Lang } from '../../i18n/lang'
import { fontFamilies } from '../../styles/palette'
import { palette } from './colors'
import { chartType, derivedWord, figureText, lineHeight, RichBook } from './common'
import { textWidth } from './text'

export interface ValueLabelOptions {
  lang: Lang
  second?: Lang
  /** Size of the number; qualifier and unit are set smaller. */
  numberSize: number
  wordSize?: number
  color?: string
  maxWidth: number
  /** Mark derived figures with a tag. */
  markDerived?: boolean
  /** Put the unit on a line of its own even where it would fit (to match neighbouring labels). */
  unitLine?: boolean
  /** Show the unit even where the label says it (bars on one scale write their unit alike). */
  keepUnit?: boolean
}

export interface ValueLabel {
  /** The unit stands on a line of its own. */
  unitLine: boolean
  /** Rich markup of the label at a shown value (the figure's value when omitted). */
  text(at?: number): string
  rich: Record<string, Record<string, unknown>>
  richZr: Record<string, Record<string, unknown>>
  width: number
  height: number
}

/** Measure words before what a Chinese unit counts: 个网格 counts 网格. */
const measureWord = /^[个名项家批场件位条]/

/**
 * Whether a figure's label already says what its unit counts: "50个网格" over "主城区巡逻防控网格",
 * "50 grids" over "Patrol grids, central city". Charts show the figure's label with its value.
 */
export function labelShowsUnit(figure: Figure, lang: Lang): boolean {
  const unit = figure.unit?.[lang]
  if (!unit) return false
  const label = figure.label[lang]
  if (lang === 'zh') {
    const counted = unit.replace(measureWord, '')
    return counted.length >= 2 && label.includes(counted)
  }
  const pattern = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`\\b${pattern}\\b`, 'i').test(label)
}

/** A figure's value as a chart writes it beside its label: the unit once, in the label if it says it. */
export function chartFigureText(figure: Figure, lang: Lang, at?: number, keepUnit = false): string {
  return figureText(!keepUnit && labelShowsUnit(figure, lang) ? { ...figure, unit: undefined } : figure, lang, at)
}

export function valueLabel(labelled: Figure, opts: ValueLabelOptions): ValueLabel {
  const keep = opts.keepUnit ?? false
  const figure = !keep && labelShowsUnit(labelled, opts.lang) ? { ...labelled, unit: undefined } : labelled
  const book = new RichBook()
  const color = opts.color ?? palette.navy
  const wordSize = opts.wordSize ?? Math.max(chartType.min, Math.round(opts.numberSize * 0.6))
  const num = { lang: opts.lang, fontSize: opts.numberSize, color, fontWeight: 'bold' as const }
  const word = { lang: opts.lang, fontSize: wordSize, color: palette.ink }
  const final = figureParts(figure, opts.lang)
  const oneLine =
    textWidth(final.before, wordSize) +
    textWidth(final.number, opts.numberSize, true) +
    textWidth(final.after, wordSize)
  // A unit that would push the line past its width goes on a line of its own.
  const splitUnit = (opts.unitLine || oneLine > opts.maxWidth) && final.after.trim() !== ''
  const secondText = opts.second ? chartFigureText(labelled, opts.second, undefined, keep) : ''
  const showSecond = opts.second !== undefined && secondText !== chartFigureText(labelled, opts.lang, undefined, keep)
  const secondSize = chartType.secondary
  // ECharts calls text() while it draws, after the build: the theme's colours are taken now.
  const secondColor = palette.muted
  const tag = opts.markDerived && figure.derived
  const tagText = tag ? [derivedWord(opts.lang), ...(opts.second ? [derivedWord(opts.second)] : [])].join(' · ') : ''
  const tagStyle = {
    lang: opts.lang,
    fontSize: chartType.min,
    color: palette.navy,
    tag: { border: palette.navy, background: palette.paper },
    lineHeight: chartType.min + 18,
  }

  const text = (at = figure.value) => {
    const p = figureParts(figure, opts.lang, at)
    const lines: string[] = []
    const head = book.span(word, p.before) + book.span(num, p.number)
    if (splitUnit) lines.push(head, book.span(word, p.after.trim()))
    else lines.push(head + book.span(word, p.after))
    if (showSecond && opts.second)
      lines.push(
        book.span(
          { lang: opts.second, fontSize: secondSize, color: secondColor },
          chartFigureText(labelled, opts.second, at, keep),
        ),
      )
    if (tag) lines.push(book.span(tagStyle, tagText))
    return lines.join('\n')
  }
  text() // registers every style used
  const width = Math.max(
    splitUnit
      ? Math.max(
          textWidth(final.before, wordSize) + textWidth(final.number, opts.numberSize, true),
          textWidth(final.after, wordSize),
        )
      : oneLine,
    showSecond ? textWidth(secondText, secondSize) : 0,
    tag ? textWidth(tagText, chartType.min) + 28 : 0,
  )
  const height =
    lineHeight(opts.numberSize) +
    (splitUnit ? lineHeight(wordSize) : 0) +
    (showSecond ? lineHeight(secondSize) : 0) +
    (tag ? tagStyle.lineHeight + 8 : 0)
  return { unitLine: splitUnit, text, rich: book.echarts(), richZr: book.zrender(), width, height }
}

/** How many distinct values a label passes through while it counts up to its figure. */
export const countUpSteps = 24

/**
 * The shown value a label formatter receives, as a number, rounded to one of `countUpSteps` steps
 * towards `final`. ECharts measures and caches the width of every distinct label text; without the
 * steps each entrance would add new in-between texts to that cache for as long as the app runs.
 */
export function shownValue(params: unknown, final: number): number {
  const value = typeof params === 'number' ? params : (params as { value?: unknown } | null)?.value
  const n = Array.isArray(value) ? Number(value[value.length - 1]) : Number(value)
  if (!Number.isFinite(n)) return final
  if (final === 0 || n === final) return n
  const step = Math.abs(final) / countUpSteps
  return Math.round(n / step) * step
}

/**
 * A gauge whose only visible part is its centre text: ECharts' one text that counts up by itself
 * (`valueAnimation`). Callers add the ring (progress, axis line) where they want one.
 */
export function countingGauge(
  figure: Figure,
  label: ValueLabel,
  lang: Lang,
  box: { width: number; height: number },
): GaugeSeriesOption {
  return {
    type: 'gauge',
    silent: true,
    pointer: { show: false },
    anchor: { show: false },
    axisTick: { show: false },
    splitLine: { show: false },
    axisLabel: { show: false },
    detail: {
      valueAnimation: true,
      offsetCenter: [0, 0],
      width: box.width,
      height: box.height,
      fontFamily: fontFamilies[lang],
      rich: label.rich,
      formatter: (value: number) => label.text(shownValue(value, figure.value)),
    },
  }
}
