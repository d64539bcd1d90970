// A figure as words on screen: number, unit and the report's qualifier ("over", "nearly") in one language.
import type { Figure } from '../content/schema'
import { translator } from './i18n'
import type { Lang } from './lang'
import { figureNumberParts } from './numbers'

export interface FigureParts {
  /** Words before the number ("over", "近"). */
  before: string
  number: string
  /** Words after the number ("cases", "余起"). */
  after: string
}

const slot = '\u0000'

export function figureParts(figure: Figure, lang: Lang, at = figure.value): FigureParts {
  if (figure.words) return { before: '', number: figure.words[lang], after: '' }
  const { digits, scale } = figureNumberParts(figure, lang, at)
  const template = translator(lang)(`figure.${figure.qualifier ?? 'plain'}`, {
    n: slot,
    unit: figure.unit?.[lang] ?? '',
  })
  const [before = '', after = ''] = template.trim().split(slot)
  return { before, number: digits, after: scale ? ` ${scale}${after}` : after }
}

export function formatFigure(figure: Figure, lang: Lang): string {
  const { before, number, after } = figureParts(figure, lang)
  return `${before}${number}${after}`
}
