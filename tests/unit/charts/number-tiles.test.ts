import { describe, expect, it } from 'vitest'
import { asNumberTiles } from '../../../src/charts/numberTiles'
import { samples } from './fixtures'

describe('asNumberTiles', () => {
  it('turns bars of unlike units into stat tiles, in the chart’s order and at its step', () => {
    const { block, figures } = samples.bars
    const tiles = asNumberTiles({ ...block, step: 2 }, figures)
    expect(tiles).toEqual({ type: 'stats', step: 2, tiles: figures.map((f) => ({ figure: f.id })) })
  })
  it('leaves bars on one scale, and every other visual, as charts', () => {
    const { block, figures } = samples.bars
    const sameUnit = figures.map((f) => ({ ...f, kind: 'count' as const, unit: { zh: '起', en: 'cases' } }))
    expect(asNumberTiles(block, sameUnit)).toBeNull()
    expect(asNumberTiles(samples.gauges.block, samples.gauges.figures)).toBeNull()
    expect(asNumberTiles(block, [])).toBeNull()
  })
})
