// Locale number formats: Chinese keeps 万/亿 where the report uses them; English writes
// thousands separators below a million and "million"/"billion" above.
import type { Figure } from '../content/schema'
import { locales, type Lang } from './lang'

type NumberStyle = Pick<Figure, 'kind' | 'notation'>

function fractionDigits(value: number): number {
  const decimals = String(value).split('.')[1]?.length ?? 0
  return Math.min(decimals, 2)
}

/**
 * Intl options for a figure's number, given the exact value: 448.04 keeps two decimals, and every
 * in-between value of a count-up is written with as many, so the number does not jitter.
 */
export function numberOptions(figure: NumberStyle & { value: number }, lang: Lang): Intl.NumberFormatOptions {
  const decimals = fractionDigits(figure.value)
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals }
  if (figure.kind === 'percent' || figure.kind === 'change')
    return { style: 'percent', ...digits, signDisplay: figure.kind === 'change' ? 'exceptZero' : 'auto' }
  if (lang === 'zh')
    return figure.notation === 'compact'
      ? { notation: 'compact', maximumFractionDigits: 2 }
      : { ...digits, useGrouping: false }
  return Math.abs(figure.value) >= 1e6
    ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }
    : digits
}

const cache = new Map<string, Intl.NumberFormat>()

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options)
  let fmt = cache.get(key)
  if (!fmt) cache.set(key, (fmt = new Intl.NumberFormat(locales[lang], options)))
  return fmt
}

/** The number of a figure (no unit, no qualifier) in a language; `at` formats an in-between value of a count-up. */
export function formatFigureNumber(figure: NumberStyle & { value: number }, lang: Lang, at = figure.value): string {
  const { digits, scale } = figureNumberParts(figure, lang, at)
  return scale ? `${digits} ${scale}` : digits
}

/**
 * The number split into its digits and, for English "million"/"billion", the scale word: a big
 * number sets the digits large and the word with the unit ("8.77" + "million yuan"). Chinese 万/亿
 * stay with the digits, as the report writes them.
 */
export function figureNumberParts(
  figure: NumberStyle & { value: number },
  lang: Lang,
  at = figure.value,
): { digits: string; scale: string } {
  const options = numberOptions(figure, lang)
  const scaled = options.style === 'percent' ? at / 100 : at
  const parts = formatter(lang, options).formatToParts(scaled)
  const word = lang === 'en' ? (parts.find((p) => p.type === 'compact')?.value ?? '') : ''
  const digits = parts
    .filter((p) => !(word && (p.type === 'compact' || (p.type === 'literal' && !p.value.trim()))))
    .map((p) => p.value)
    .join('')
    .trim()
  return { digits: digits.replace('-', '−'), scale: word }
}

/** A plain number in a language, for axis labels and the like. */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return formatter(lang, lang === 'zh' ? { useGrouping: false, ...options } : options).format(value)
}

/**
 * Has Intl load its locale data for every language of the app. The first number format of a page
 * loads it (13–55 ms here); called ahead, in a task of its own, it leaves the first slide that
 * shows a number to render without it.
 */
export function loadLocaleData(): void {
  for (const lang of Object.keys(locales) as Lang[]) formatNumber(0, lang)
}
