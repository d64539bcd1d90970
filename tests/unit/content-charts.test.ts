import { describe, expect, it } from 'vitest'
import { chartProblems } from '../../src/charts/builders'
import { loadReport } from './content-helpers'

describe('chart blocks of the deck', () => {
  const report = loadReport()
  const charts = report.deck.slides.flatMap((slide, s) =>
    slide.blocks.flatMap((block, b) => (block.type === 'chart' ? [{ path: `slides[${s}].blocks[${b}]`, block }] : [])),
  )

  it('exist', () => {
    expect(charts.length).toBeGreaterThan(10)
  })

  it('each give their visual the number and kinds of figures and nodes it can show', () => {
    const problems = charts.flatMap(({ path, block }) =>
      chartProblems({ block, figures: block.figures.map((id) => report.figures.get(id)!) }).map((p) => `${path}: ${p}`),
    )
    expect(problems).toEqual([])
  })
})
