// Each figure's English rendering of its source sentence: present, English, and stating every
// number of the Chinese sentence (万/亿 as thousands, millions or billions), and nothing more.
// The check is the pack checker's (scripts/check-report/figures-in-source.ts), run on the bundled pack.
import { describe, expect, it } from 'vitest'
import { checkFiguresInSource } from '../../scripts/check-report/figures-in-source'
import { loadReport, sourceText } from './content-helpers'

const report = loadReport()
const figures = [...report.figures.values()]

describe('English renderings of the source sentences', () => {
  it('are checked for every figure', () => {
    expect(figures.length).toBeGreaterThan(40)
  })

  it('are present, in English, and state the numbers of the Chinese sentence', () => {
    const result = checkFiguresInSource({ source: sourceText, figures, deck: report.deck })
    expect(result.findings.filter((f) => f.where.endsWith('.sourceEn'))).toEqual([])
  })
})
