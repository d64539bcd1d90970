// The numbers of a source text and how a figure states one. A figure covers an occurrence when its
// source sentence contains it, its value matches (万/亿 scaled, percentages and changes by magnitude),
// its qualifier matches 余/近/超过 around the number, and its unit is the word that follows the number.
import type { Figure } from '../../src/content/schema'

/** Integers, decimals, percentages, 万/亿, ranges (11-12), date codes (5.17, 4·16) and "1+3". */
const numberPattern = /\d+(?:[.·]\d+)?(?:[-+]\d+)?(?:%|万|亿)?/g

export interface Occurrence {
  /** The number as it is written. */
  token: string
  start: number
  end: number
}

export function occurrences(text: string): Occurrence[] {
  return [...text.matchAll(numberPattern)].map((m) => ({ token: m[0], start: m.index, end: m.index + m[0].length }))
}

/** Fractions the report writes in words: 三分之二. */
export function fractionOccurrences(text: string): Occurrence[] {
  return [...text.matchAll(/[一二三四五六七八九十]+分之[一二三四五六七八九十]+/g)].map((m) => ({
    token: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }))
}

/** Equal up to floating-point noise (16.34 × 10⁴ is not exactly 163400). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/** All places a string occurs in a text, as [start, end) spans. */
export function spansOf(text: string, needle: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  if (!needle) return spans
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) spans.push([i, i + needle.length])
  return spans
}

/** Whether the occurrence lies inside one of the places where `text` occurs in `source`. */
export function within(source: string, o: Occurrence, text: string): boolean {
  return spansOf(source, text).some(([start, end]) => start <= o.start && o.end <= end)
}

/** The occurrence with a little of the text around it, on one line. */
export function around(source: string, o: Occurrence, width = 8): string {
  return source.slice(Math.max(0, o.start - width), o.end + width).replace(/\n/g, '⏎')
}

/** "source.zh.txt: line 4" */
export function lineOf(source: string, o: Occurrence): number {
  return source.slice(0, o.start).split('\n').length
}

/** The value an occurrence states, or undefined for date codes, ranges and the like. */
export function valueOf(token: string): { value: number; percent: boolean } | undefined {
  const m = /^(\d+(?:\.\d+)?)(万|亿|%)?$/.exec(token)
  if (!m) return undefined
  const scale = m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1
  return { value: Number(m[1]) * scale, percent: m[2] === '%' }
}

/** The qualifier the report puts around the number: 110余次 → over, 近2亿 → nearly, 超过10万元 → more-than. */
export function qualifierAt(source: string, o: Occurrence): Figure['qualifier'] {
  if (source[o.end] === '余') return 'over'
  if (source.slice(0, o.start).endsWith('近')) return 'nearly'
  if (source.slice(0, o.start).endsWith('超过')) return 'more-than'
  return undefined
}

/** The words right after the number (after 余), where the unit should be. */
function after(source: string, o: Occurrence): string {
  const start = source[o.end] === '余' ? o.end + 1 : o.end
  return source.slice(start, start + 6)
}

/** Why a figure does not state an occurrence of `source`, or '' when it does. */
export function mismatch(source: string, figure: Figure, o: Occurrence): string {
  const stated = valueOf(o.token)
  if (!stated) return 'not a quantity'
  if (!within(source, o, figure.source)) return 'source does not contain it'
  const percentKind = figure.kind === 'percent' || figure.kind === 'change'
  if (stated.percent !== percentKind) return 'percentage mismatch'
  if (!sameNumber(Math.abs(figure.value), stated.value)) return `value ${figure.value} ≠ ${stated.value}`
  const qualifier = qualifierAt(source, o)
  if ((figure.qualifier ?? undefined) !== qualifier) return `qualifier ${figure.qualifier} ≠ ${qualifier}`
  if (!percentKind && !(figure.unit && after(source, o).startsWith([...figure.unit.zh][0]!)))
    return `unit ${figure.unit?.zh} does not follow the number`
  return ''
}
