// Drawing pieces of the text diagrams (flow, hub, origins): boxes with fitted text, arrows and a
// strip of figures, as ECharts graphic elements laid out in canvas pixels for the chart's box.
import type { Bilingual, Figure } from '../../content/schema'
import type { Lang } from '../../i18n/lang'
import { palette } from './colors'
import {
  biMarkup,
  chartType,
  colors,
  fitAllBilingual,
  fitBilingual,
  lineHeight,
  moves,
  RichBook,
  timing,
  type BiText,
} from './common'
import { valueLabel } from './labels'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export type GraphicElement = Record<string, unknown> & { id: string; type: string }

export type NodeLook = 'navy' | 'mist'

export function enter(delay: number, duration = 600) {
  return { duration, delay, easing: timing.easing }
}

export const nodeSizes = [chartType.value, 40, chartType.node, 32, chartType.label, 28, 26] as const

/** The texts of a diagram's boxes, all at one size. */
export function fitNodes(
  texts: readonly Bilingual[],
  lang: Lang,
  second: Lang | undefined,
  maxWidth: number,
  maxLines = 3,
  maxHeight?: number,
  sizes: readonly number[] = nodeSizes,
): BiText[] {
  return fitAllBilingual(texts, lang, second, {
    maxWidth,
    maxLines,
    sizes,
    secondarySizes: [28, chartType.secondary, chartType.min],
    bold: true,
    ...(maxHeight === undefined ? {} : { maxHeight }),
  })
}

export function fitNode(
  text: Bilingual,
  lang: Lang,
  second: Lang | undefined,
  maxWidth: number,
  maxLines = 3,
  maxHeight?: number,
  sizes: readonly number[] = nodeSizes,
): BiText {
  return fitNodes([text], lang, second, maxWidth, maxLines, maxHeight, sizes)[0]!
}

/** A box (rounded rectangle, or a circle when `circle`) with its text centred in it. */
export function nodeElements(
  id: string,
  box: Rect,
  text: BiText,
  look: NodeLook,
  delay: number,
  circle = false,
): GraphicElement[] {
  const book = new RichBook()
  const markup = biMarkup(book, text, look === 'navy' ? colors.onNavy : colors.onMist, true)
  const fill = look === 'navy' ? palette.node : palette.mist
  const stroke = look === 'navy' ? palette.navy : palette.series[2]
  const shape = circle
    ? {
        type: 'circle',
        shape: { cx: box.x + box.width / 2, cy: box.y + box.height / 2, r: Math.min(box.width, box.height) / 2 },
      }
    : { type: 'rect', shape: { x: box.x, y: box.y, width: box.width, height: box.height, r: 14 } }
  return [
    {
      id: `${id}-box`,
      ...shape,
      silent: true,
      transition: moves.shape,
      z: 2,
      style: { fill, stroke, lineWidth: 3 },
      enterFrom: { style: { opacity: 0 } },
      enterAnimation: enter(delay),
    },
    {
      id: `${id}-text`,
      type: 'text',
      silent: true,
      transition: moves.text,
      z: 3,
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
      style: { text: markup, rich: book.zrender(), align: 'center', verticalAlign: 'middle' },
      enterFrom: { style: { opacity: 0 } },
      enterAnimation: enter(delay),
    },
  ]
}

const headLength = 22
const headHalf = 14

/**
 * An arrow from `from` to `to` (a polyline when `via` has bends): the shaft grows from its start,
 * then the head appears. The head's tip is at `to`.
 */
export function arrowElements(
  id: string,
  from: [number, number],
  to: [number, number],
  delay: number,
  via: Array<[number, number]> = [],
  color: string = palette.muted,
): GraphicElement[] {
  const last = via.length ? via[via.length - 1]! : from
  const dx = to[0] - last[0]
  const dy = to[1] - last[1]
  const length = Math.hypot(dx, dy) || 1
  const ux = dx / length
  const uy = dy / length
  const base: [number, number] = [to[0] - ux * headLength, to[1] - uy * headLength]
  const head = [
    to,
    [base[0] - uy * headHalf, base[1] + ux * headHalf],
    [base[0] + uy * headHalf, base[1] - ux * headHalf],
  ]
  const shaftDuration = 500
  const shaft: GraphicElement = via.length
    ? {
        id: `${id}-shaft`,
        type: 'polyline',
        silent: true,
        transition: moves.shape,
        z: 1,
        shape: { points: [from, ...via, base] },
        style: { stroke: color, lineWidth: 5, fill: null },
        enterFrom: { style: { opacity: 0 } },
        enterAnimation: enter(delay, shaftDuration),
      }
    : {
        id: `${id}-shaft`,
        type: 'line',
        silent: true,
        transition: moves.shape,
        z: 1,
        shape: { x1: from[0], y1: from[1], x2: base[0], y2: base[1] },
        style: { stroke: color, lineWidth: 5 },
        enterFrom: { shape: { x2: from[0], y2: from[1] } },
        enterAnimation: enter(delay, shaftDuration),
      }
  return [
    shaft,
    {
      id: `${id}-head`,
      type: 'polygon',
      silent: true,
      transition: moves.shape,
      z: 1,
      shape: { points: head },
      style: { fill: color },
      enterFrom: { style: { opacity: 0 } },
      enterAnimation: enter(delay + shaftDuration - 100, 200),
    },
  ]
}

/** A plain connecting line (no head) that grows from `from`. */
export function lineElement(
  id: string,
  from: [number, number],
  to: [number, number],
  delay: number,
  color: string = palette.series[2],
): GraphicElement {
  return {
    id,
    type: 'line',
    silent: true,
    transition: moves.shape,
    z: 1,
    shape: { x1: from[0], y1: from[1], x2: to[0], y2: to[1] },
    style: { stroke: color, lineWidth: 5 },
    enterFrom: { shape: { x2: from[0], y2: from[1] } },
    enterAnimation: enter(delay, 500),
  }
}

export interface FigureBlock {
  figure: Figure
  /** Rich markup: value, then the label. */
  text: string
  rich: Record<string, Record<string, unknown>>
  width: number
  height: number
}

/** A figure as a diagram label: its value large, its label under it. */
export function figureBlock(
  figure: Figure,
  lang: Lang,
  second: Lang | undefined,
  maxWidth: number,
  numberSize: number = chartType.big,
): FigureBlock {
  const value = valueLabel(figure, { lang, second, numberSize, wordSize: chartType.label, maxWidth, markDerived: true })
  const name = fitBilingual(figure.label, lang, second, {
    maxWidth,
    maxLines: 3,
    sizes: [chartType.label, 28, 26],
    secondarySizes: [chartType.secondary, chartType.min],
  })
  const book = new RichBook()
  const nameMarkup = biMarkup(book, name, colors.onWhite)
  return {
    figure,
    text: `${value.text()}\n${nameMarkup}`,
    rich: { ...value.richZr, ...book.zrender() },
    width: Math.max(value.width, name.width),
    height: value.height + name.height + 4,
  }
}

export function figureTextElement(
  id: string,
  block: FigureBlock,
  x: number,
  y: number,
  align: 'left' | 'center',
  delay: number,
): GraphicElement {
  return {
    id,
    type: 'text',
    silent: true,
    transition: moves.text,
    z: 3,
    x,
    y,
    style: { text: block.text, rich: block.rich, align, verticalAlign: 'top', lineHeight: lineHeight(chartType.label) },
    enterFrom: { style: { opacity: 0 } },
    enterAnimation: enter(delay),
  }
}

/** A row of figures across `width`, each centred in its column; its height. */
export function figureStrip(
  figures: readonly Figure[],
  lang: Lang,
  second: Lang | undefined,
  left: number,
  width: number,
): { blocks: FigureBlock[]; height: number; columns: number[] } {
  const columnWidth = width / Math.max(1, figures.length)
  const numberSize = figures.length > 2 ? chartType.value : 52
  const blocks = figures.map((f) => figureBlock(f, lang, second, columnWidth * 0.9, numberSize))
  return {
    blocks,
    height: Math.max(0, ...blocks.map((b) => b.height)),
    columns: figures.map((_, i) => left + columnWidth * (i + 0.5)),
  }
}
