// What the main process knows of the bundled report, read at build time: enough to check what a
// print window reports (one page per slide) against the report itself.
import deck from '../../resources/content/deck.json'
import { programmePageCount, type Programme } from '../../src/contract'

const slides: readonly { id: string; section?: number }[] = deck.slides

/** Pages a handout must have: one per slide of the report, or of the programme it follows. */
export function expectedPages(programme?: Pick<Programme, 'slides'>): number {
  return programme ? programmePageCount(programme, slides) : slides.length
}
