// The dashboard's panels, as the report pack gives them: the year's headline results, each a title
// and up to three items (a count-up tile, a ring or a set of bars) drawn from the pack's figures.
import { itemFigureIds } from '../../content/files'
import type { PanelItem } from '../../content/pack'
import type { Figure } from '../../content/schema'
import type { Report } from '../../content/validate'

export type { DashboardPanel as PanelSpec, PanelItem } from '../../content/pack'

/** Rows and columns for `count` panels on one 16:9 screen: one row up to five, then two, then three. */
export function panelGrid(count: number): { rows: number; columns: number } {
  const rows = count <= 5 ? 1 : count <= 10 ? 2 : 3
  return { rows, columns: Math.ceil(count / rows) }
}

/** The figures an item shows, looked up in the report; a missing one is named in the error. */
export function itemFigures(item: PanelItem, report: Pick<Report, 'figures'>): Figure[] {
  return itemFigureIds(item).map((id) => {
    const figure = report.figures.get(id)
    if (!figure) throw new Error(`dashboard: figure "${id}" is not in figures.json`)
    return figure
  })
}
