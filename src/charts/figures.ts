// A chart block's figures, looked up in the report in the block's order.
import type { ChartBlock, Figure } from '../content/schema'
import type { Report } from '../content/validate'

export function resolveFigures(block: ChartBlock, report: Report): Figure[] {
  return block.figures.flatMap((id) => {
    const figure = report.figures.get(id)
    return figure ? [figure] : []
  })
}
