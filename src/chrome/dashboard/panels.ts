// The dashboard's panels: the year's headline results, each from figures in the content. A panel
// is a title (a UI string) and up to three items: a count-up tile, a ring or a set of bars.
import type { Figure } from '../../content/schema'
import type { Report } from '../../content/validate'

export type PanelItem =
  | { kind: 'tile'; figure: string }
  | { kind: 'ring'; figure: string }
  /** One bar per figure on a shared scale: `visual` says what the bars are (the chart's kind). */
  | { kind: 'bars'; visual: 'compare' | 'declines' | 'bars'; figures: string[] }

export interface PanelSpec {
  /** Also the key of its title, `dashboard.panel.<id>`. */
  id: string
  items: PanelItem[]
}

export const panels: readonly PanelSpec[] = [
  {
    id: 'crime',
    items: [
      { kind: 'tile', figure: 'criminal-incidents-change' },
      { kind: 'bars', visual: 'compare', figures: ['criminal-incidents-2012', 'criminal-incidents-2016'] },
    ],
  },
  {
    id: 'property',
    items: [
      { kind: 'tile', figure: 'property-crime-change' },
      { kind: 'tile', figure: 'minor-property-cases-solved' },
    ],
  },
  {
    id: 'clearance',
    items: [
      { kind: 'ring', figure: 'homicide-clearance-rate' },
      { kind: 'ring', figure: 'clearance-rate' },
    ],
  },
  {
    id: 'drugs',
    items: [
      { kind: 'tile', figure: 'drug-cases' },
      { kind: 'tile', figure: 'drugs-seized' },
    ],
  },
  {
    id: 'declines',
    items: [
      {
        kind: 'bars',
        visual: 'declines',
        figures: ['violent-crime-change', 'burglary-change', 'pickpocketing-change'],
      },
    ],
  },
  {
    id: 'data',
    items: [
      { kind: 'tile', figure: 'data-categories' },
      { kind: 'tile', figure: 'data-records' },
    ],
  },
  {
    id: 'video',
    items: [
      { kind: 'tile', figure: 'video-channels' },
      { kind: 'tile', figure: 'cameras-installed' },
    ],
  },
  {
    id: 'online',
    items: [
      {
        kind: 'bars',
        visual: 'bars',
        figures: ['online-vehicle-transactions', 'traffic-platform-signups', 'exit-entry-bookings'],
      },
    ],
  },
  {
    id: 'outreach',
    items: [
      { kind: 'ring', figure: 'population-share' },
      { kind: 'tile', figure: 'wechat-followers' },
    ],
  },
  {
    id: 'force',
    items: [
      { kind: 'tile', figure: 'officers-trained' },
      { kind: 'tile', figure: 'visiting-delegations' },
    ],
  },
]

export function itemFigureIds(item: PanelItem): string[] {
  return item.kind === 'bars' ? item.figures : [item.figure]
}

/** The figures an item shows, looked up in the report; a missing one is named in the error. */
export function itemFigures(item: PanelItem, report: Pick<Report, 'figures'>): Figure[] {
  return itemFigureIds(item).map((id) => {
    const figure = report.figures.get(id)
    if (!figure) throw new Error(`dashboard: figure "${id}" is not in figures.json`)
    return figure
  })
}

/** Problems with the panels against the report's figures; empty when every panel can be drawn. */
export function panelProblems(report: Pick<Report, 'figures'>): string[] {
  return panels.flatMap((panel) =>
    panel.items.flatMap((item) =>
      itemFigureIds(item)
        .filter((id) => !report.figures.has(id))
        .map((id) => `dashboard panel "${panel.id}": figure "${id}" is not in figures.json`),
    ),
  )
}
