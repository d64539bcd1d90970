// A `bars` chart of figures that do not share a unit is drawn as a row of number tiles (bars.ts):
// there are no lengths to compare, only numbers. Where the deck shows such a chart larger (the
// question round's zoom), it is the same numbers as stat tiles, which grow with the screen.
import type { Block, ChartBlock, Figure } from '../content/schema'

type StatsBlock = Extract<Block, { type: 'stats' }>

/** Whether every figure has one kind and one unit, and none is a rate: bars on one honest scale. */
export function sharesUnit(figures: readonly Figure[]): boolean {
  const [first] = figures
  if (!first) return false
  return figures.every(
    (f) =>
      f.kind === first.kind &&
      f.unit?.zh === first.unit?.zh &&
      f.unit?.en === first.unit?.en &&
      f.kind !== 'percent' &&
      f.kind !== 'change',
  )
}

/** The chart's figures as stat tiles when the chart draws them as number tiles; otherwise null. */
export function asNumberTiles(block: ChartBlock, figures: readonly Figure[]): StatsBlock | null {
  if (block.visual !== 'bars' || figures.length === 0 || sharesUnit(figures)) return null
  return { type: 'stats', step: block.step, tiles: figures.map((figure) => ({ figure: figure.id })) }
}
