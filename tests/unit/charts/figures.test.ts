import { describe, expect, it } from 'vitest'
import { resolveFigures } from '../../../src/charts/figures'
import type { Deck } from '../../../src/content/schema'
import type { Slides } from '../../../src/content/validate'
import { samples } from './fixtures'

const { block, figures } = samples.compare
const report: Slides = { deck: {} as Deck, figures: new Map(figures.map((f) => [f.id, f])) }

describe('a chart block’s figures', () => {
  it('come in the block’s order, and unknown ids are left out', () => {
    const reversed = { ...block, figures: [...block.figures].reverse().concat('no-such-figure') }
    expect(resolveFigures(reversed, report).map((f) => f.id)).toEqual([...block.figures].reverse())
  })

  it('are one list per block and report, handed out again, so charts can compare them by identity', () => {
    expect(resolveFigures(block, report)).toBe(resolveFigures(block, report))
    expect(resolveFigures({ ...block }, report)).not.toBe(resolveFigures(block, report))
    const other: Slides = { ...report, figures: new Map(report.figures) }
    expect(resolveFigures(block, other)).not.toBe(resolveFigures(block, report))
    expect(resolveFigures(block, other)).toEqual(resolveFigures(block, report))
  })
})
