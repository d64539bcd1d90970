// The bundled deck's charts, by the pack checker's chart check with the app's own rule (chartProblems).
import { describe, expect, it } from 'vitest'
import { chartProblems } from '../../src/charts/builders'
import { chartBlocks, checkCharts } from '../../scripts/check-report/charts'
import { loadReport } from './content-helpers'

describe('chart blocks of the deck', () => {
  const report = loadReport()

  it('exist', () => {
    expect(chartBlocks(report.deck).length).toBeGreaterThan(10)
  })

  it('each give their visual the number and kinds of figures and nodes it can show', () => {
    expect(checkCharts(report.deck, report.figures, chartProblems).findings).toEqual([])
  })
})
