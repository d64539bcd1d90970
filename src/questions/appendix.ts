// The data appendix: every figure of the report, grouped by the part of the report whose slides
// show it (in deck order), on pages of a few rows each. Figures no slide shows close the list.
import type { Bilingual, Figure, Slide } from '../content/schema'
import type { Report } from '../content/validate'
import { figurePlaces } from './places'

export interface AppendixGroup {
  /** The report's part (1, 2, …); undefined for the results before part 1 and for figures on no slide. */
  section?: number
  /** The part's title, from its section slide. */
  title?: Bilingual
  /** True for the figures that no slide shows. */
  unplaced?: boolean
  figures: Figure[]
}

export interface AppendixPage {
  group: AppendixGroup
  figures: Figure[]
  /** The group began on an earlier page. */
  continued: boolean
}

export const rowsPerPage = 6

function sectionTitles(slides: readonly Slide[]): Map<number, Bilingual> {
  const titles = new Map<number, Bilingual>()
  for (const slide of slides)
    if (slide.layout === 'section' && slide.section !== undefined && !titles.has(slide.section))
      titles.set(slide.section, slide.title)
  return titles
}

export function appendixGroups(report: Report): AppendixGroup[] {
  const slides = report.deck.slides
  const titles = sectionTitles(slides)
  const groups: AppendixGroup[] = []
  const placed = new Set<string>()
  for (const place of figurePlaces(slides)) {
    const figure = report.figures.get(place.figure)
    if (!figure || placed.has(figure.id)) continue
    placed.add(figure.id)
    const section = slides[place.slide]!.section
    let group = groups.find((g) => !g.unplaced && g.section === section)
    if (!group) {
      group = { figures: [] }
      if (section !== undefined) {
        group.section = section
        const title = titles.get(section)
        if (title) group.title = title
      }
      groups.push(group)
    }
    group.figures.push(figure)
  }
  const rest = [...report.figures.values()].filter((figure) => !placed.has(figure.id))
  if (rest.length) groups.push({ unplaced: true, figures: rest })
  return groups
}

export function appendixPages(report: Report, rows = rowsPerPage): AppendixPage[] {
  return appendixGroups(report).flatMap((group) =>
    Array.from({ length: Math.ceil(group.figures.length / rows) }, (_, i) => ({
      group,
      figures: group.figures.slice(i * rows, (i + 1) * rows),
      continued: i > 0,
    })),
  )
}

/** The page that lists a figure, or 0. */
export function appendixPageOf(pages: readonly AppendixPage[], figure: string): number {
  return Math.max(
    0,
    pages.findIndex((page) => page.figures.some((f) => f.id === figure)),
  )
}
