// A chart block's figures, looked up in the report in the block's order. The list is made once per
// block and report and then handed out again, so a chart given the same block sees the same list
// (Svelte passes object props down as changed on every render; identity is what stays the same).
import type { ChartBlock, Figure } from '../content/schema'
import type { Slides } from '../content/validate'

const made = new WeakMap<Slides['figures'], WeakMap<ChartBlock, Figure[]>>()

export function resolveFigures(block: ChartBlock, report: Pick<Slides, 'figures'>): Figure[] {
  let byBlock = made.get(report.figures)
  if (!byBlock) made.set(report.figures, (byBlock = new WeakMap()))
  let figures = byBlock.get(block)
  if (!figures) {
    figures = block.figures.flatMap((id) => {
      const figure = report.figures.get(id)
      return figure ? [figure] : []
    })
    byBlock.set(block, figures)
  }
  return figures
}
