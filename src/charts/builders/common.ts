// What every option builder shares: its input, the chart type sizes, rich-text spans, the
// bilingual text blocks and the animation/aria settings.
import type { EChartsOption, GaugeSeriesOption } from 'echarts'
import type { Bilingual, ChartBlock, Figure } from '../../content/schema'
import { figureParts } from '../../i18n/figures'
import { translator } from '../../i18n/i18n'
import { otherLang, type Lang } from '../../i18n/lang'
import { fontFamilies, fontFamily, typeScale, type ThemeName } from '../../styles/palette'
import { palette } from './colors'
import { fitText, textWidth, type FittedText } from './text'

export interface ChartInput {
  block: ChartBlock
  /** The block's figures, resolved from the report, in block order. */
  figures: readonly Figure[]
  lang: Lang
  /** Show the other language under the primary one where it fits. */
  bilingual?: boolean
  /** false: no entrance animation, the chart is drawn at its final frame (print, reduced motion, thumbnails). */
  animate?: boolean
  /** The slides' theme; light when absent. A change re-colours the chart in place. */
  theme?: ThemeName
  /** The chart's box in canvas pixels (the 1920×1080 logical canvas); layouts are computed for it. */
  size?: { width: number; height: number }
}

export type Builder = (input: ChartInput) => EChartsOption

/** ECharts reads `id` on every data item (its diff matches items by id), though the gauge item type omits it. */
export type GaugeDataItemOption = NonNullable<GaugeSeriesOption['data']>[number]

/** A chart box beside a text column on a content slide. */
export const defaultSize = { width: 970, height: 620 } as const

/** Font sizes in canvas pixels. Nothing is drawn under `typeScale.min`. */
export const chartType = {
  hero: typeScale.hero,
  big: typeScale.title,
  value: typeScale.heading,
  node: typeScale.body,
  label: typeScale.small,
  secondary: 26,
  min: typeScale.min,
} as const

const lineHeightFactor = 1.28

export const timing = {
  duration: 1200,
  /** Delay between marks entering one after another. */
  stagger: 160,
  update: 400,
  easing: 'cubicOut',
} as const

/**
 * Graphic elements move to a new layout (resize) from wherever they are; this also takes over
 * from an entrance still running, which would otherwise finish at the old layout.
 */
export const moves = { shape: ['shape'] as Array<'shape'>, text: ['x', 'y'] as Array<'x' | 'y'> }

export function sizeOf(input: ChartInput): { width: number; height: number } {
  const size = input.size
  return size && size.width > 0 && size.height > 0 ? size : defaultSize
}

function animates(input: ChartInput): boolean {
  return input.animate !== false
}

/** Animation, aria and layout settings every chart option starts from. */
export function baseOption(input: ChartInput): EChartsOption {
  const animation = animates(input)
  return {
    aria: { enabled: true, label: { description: input.block.description[input.lang] } },
    animation,
    animationDuration: animation ? timing.duration : 0,
    animationEasing: timing.easing,
    animationDurationUpdate: animation ? timing.update : 0,
    animationEasingUpdate: timing.easing,
    textStyle: { fontFamily: fontFamilies[input.lang], color: palette.ink },
  }
}

export function secondaryLang(input: ChartInput): Lang | undefined {
  return input.bilingual ? otherLang(input.lang) : undefined
}

/** A figure as the slide text writes it; `at` gives an in-between value during a count-up. */
export function figureText(figure: Figure, lang: Lang, at?: number): string {
  const { before, number, after } = figureParts(figure, lang, at ?? figure.value)
  return `${before}${number}${after}`
}

export function derivedWord(lang: Lang): string {
  return translator(lang)('figure.derived')
}

// ---- rich text -------------------------------------------------------------------------------

export interface SpanStyle {
  /** The language of the span's text, for its font (English takes Latin glyphs from Noto Sans). */
  lang?: Lang
  fontSize: number
  color: string
  fontWeight?: 'normal' | 'bold'
  /** A framed tag, e.g. the "derived" marker. */
  tag?: { border: string; background: string }
  lineHeight?: number
}

/** ECharts' rich text: `{name|text}`; braces and bars inside the text would end the span early. */
function escape(text: string): string {
  return text.replace(/[{}|]/g, (c) => ({ '{': '（', '}': '）', '|': '/' })[c] ?? c)
}

/** Collects the rich-text styles of one text element and writes spans that use them. */
export class RichBook {
  private readonly styles = new Map<string, SpanStyle>()

  span(style: SpanStyle, text: string): string {
    const key = `s${style.fontSize}${style.fontWeight === 'bold' ? 'b' : ''}${style.color.slice(1)}${style.tag ? 't' : ''}${style.lineHeight ?? ''}${style.lang ?? ''}`
    this.styles.set(key, style)
    return text ? `{${key}|${escape(text)}}` : ''
  }

  /** Styles for series labels and axis labels (ECharts text style names). */
  echarts(): Record<string, Record<string, unknown>> {
    return this.styleMap('color')
  }

  /** Styles for graphic text elements (zrender style names). */
  zrender(): Record<string, Record<string, unknown>> {
    return this.styleMap('fill')
  }

  /** ECharts and zrender name the text colour differently; the rest is the same. */
  private styleMap(colorKey: 'color' | 'fill'): Record<string, Record<string, unknown>> {
    const out: Record<string, Record<string, unknown>> = {}
    for (const [key, s] of this.styles)
      out[key] = {
        fontSize: s.fontSize,
        fontWeight: s.fontWeight ?? 'normal',
        fontFamily: s.lang ? fontFamilies[s.lang] : fontFamily,
        [colorKey]: s.color,
        lineHeight: s.lineHeight ?? Math.round(s.fontSize * lineHeightFactor),
        ...(s.tag
          ? {
              borderColor: s.tag.border,
              borderWidth: 2,
              borderRadius: 6,
              backgroundColor: s.tag.background,
              padding: [4, 12],
            }
          : {}),
      }
    return out
  }
}

export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * lineHeightFactor)
}

/** A bilingual piece of text fitted into a width: the primary language, and the other one below in smaller type. */
export interface BiText {
  lang: Lang
  second?: Lang
  primary: FittedText
  secondary?: FittedText
  width: number
  height: number
}

export interface BiTextOptions {
  maxWidth: number
  maxLines?: number
  sizes?: readonly number[]
  secondarySizes?: readonly number[]
  bold?: boolean
  /** Room for both languages; the secondary line is dropped when the pair would be taller. */
  maxHeight?: number
}

export function fitBilingual(text: Bilingual, lang: Lang, second: Lang | undefined, opts: BiTextOptions): BiText {
  const sizes = opts.sizes ?? [chartType.label]
  const primary = fitText(text[lang], opts.maxWidth, opts.maxLines ?? 3, sizes, opts.bold)
  const primaryHeight = primary.lines.length * lineHeight(primary.fontSize)
  const primaryWidth = Math.max(0, ...primary.lines.map((l) => textWidth(l, primary.fontSize, opts.bold)))
  if (second && text[second] !== text[lang]) {
    const secondary = fitText(
      text[second],
      opts.maxWidth,
      opts.maxLines ?? 3,
      opts.secondarySizes ?? [chartType.secondary, chartType.min],
    )
    const height = primaryHeight + 4 + secondary.lines.length * lineHeight(secondary.fontSize)
    if (opts.maxHeight === undefined || height <= opts.maxHeight) {
      const width = Math.max(primaryWidth, ...secondary.lines.map((l) => textWidth(l, secondary.fontSize)))
      return { lang, second, primary, secondary, width, height }
    }
  }
  return { lang, primary, width: primaryWidth, height: primaryHeight }
}

/**
 * Several texts that belong together (the boxes of one diagram, the names on one axis) at one
 * size: the largest at which every one of them fits; the secondary language likewise.
 */
export function fitAllBilingual(
  texts: readonly Bilingual[],
  lang: Lang,
  second: Lang | undefined,
  opts: BiTextOptions,
): BiText[] {
  const sizes = opts.sizes ?? [chartType.label]
  const secondarySizes = opts.secondarySizes ?? [chartType.secondary, chartType.min]
  const maxLines = opts.maxLines ?? 3
  const fits = (t: BiText) =>
    t.primary.lines.length <= maxLines &&
    t.width <= opts.maxWidth + 0.5 &&
    (opts.maxHeight === undefined || t.height <= opts.maxHeight) &&
    (!t.secondary || t.secondary.lines.length <= maxLines)
  const wantSecond = second !== undefined && texts.some((t) => t[second] !== t[lang])
  for (const size of sizes) {
    for (const secondSize of wantSecond ? secondarySizes : [secondarySizes[0]!]) {
      const fitted = texts.map((t) =>
        fitBilingual(t, lang, second, { ...opts, sizes: [size], secondarySizes: [secondSize] }),
      )
      // Dropping the other language is the last resort, for every text at once.
      if (
        fitted.every(fits) &&
        (!wantSecond || fitted.every((f, i) => f.secondary || texts[i]![second!] === texts[i]![lang]))
      )
        return fitted
    }
  }
  const smallest = [sizes[sizes.length - 1]!]
  const withSecond = texts.map((t) =>
    fitBilingual(t, lang, second, {
      ...opts,
      sizes: smallest,
      secondarySizes: [secondarySizes[secondarySizes.length - 1]!],
      maxHeight: undefined,
    }),
  )
  if (withSecond.every(fits)) return withSecond
  return texts.map((t) => fitBilingual(t, lang, undefined, { ...opts, sizes: smallest }))
}

/** Rich markup for a fitted bilingual text. */
export function biMarkup(
  book: RichBook,
  text: BiText,
  colors: { primary: string; secondary: string },
  bold = false,
): string {
  const lines = text.primary.lines.map((l) =>
    book.span(
      { lang: text.lang, fontSize: text.primary.fontSize, color: colors.primary, fontWeight: bold ? 'bold' : 'normal' },
      l,
    ),
  )
  const second = text.secondary
  if (second)
    lines.push(
      ...second.lines.map((l) =>
        book.span({ lang: text.second, fontSize: second.fontSize, color: colors.secondary }, l),
      ),
    )
  return lines.join('\n')
}

/** Text colours on the slide's ground, on filled (navy) nodes and on tiles; read per build, for its theme. */
export const colors = {
  get onWhite() {
    return { primary: palette.ink, secondary: palette.muted }
  },
  get onNavy() {
    return { primary: palette.onNavy, secondary: palette.onNavyMuted }
  },
  get onMist() {
    return { primary: palette.ink, secondary: palette.muted }
  },
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** Per-mark entrance delay: marks appear one after another. */
export function staggered(index: number, offset = 0): number {
  return offset + index * timing.stagger
}
