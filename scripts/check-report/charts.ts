// Each chart block gives its visual the number and kinds of figures and nodes it can show.
import { packFiles } from '../../src/content/pack'
import type { ChartBlock, Deck, Figure } from '../../src/content/schema'
import { error, type CheckResult } from './findings'

/**
 * The app's own rule of what a visual can show (chartProblems of src/charts/builders), passed in:
 * the charts layer is the renderer's, and the script that runs the check hands it over.
 */
export type ChartFit = (input: { block: ChartBlock; figures: Figure[] }) => string[]

export interface ChartRef {
  path: string
  block: ChartBlock
}

export function chartBlocks(deck: Deck): ChartRef[] {
  return deck.slides.flatMap((slide, s) =>
    slide.blocks.flatMap((block, b) => (block.type === 'chart' ? [{ path: `slides[${s}].blocks[${b}]`, block }] : [])),
  )
}

export function checkCharts(deck: Deck, figures: ReadonlyMap<string, Figure>, fit: ChartFit): CheckResult {
  const charts = chartBlocks(deck)
  const findings = charts.flatMap(({ path, block }) =>
    fit({ block, figures: block.figures.map((id) => figures.get(id)!) }).map((problem) =>
      error(`${packFiles.deck}: ${path}`, problem),
    ),
  )
  return { id: 'charts', ran: true, detail: `${charts.length} charts`, findings }
}
