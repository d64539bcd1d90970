// What the main process checks a print window against: the pages a handout must have.
import { programmePageCount, type Programme } from '../../src/contract'
import type { OpenReport } from './open-report'

/** Pages a handout must have: one per slide of the open report, or of the programme it follows. */
export function expectedPages(report: Pick<OpenReport, 'slides'>, programme?: Pick<Programme, 'slides'>): number {
  return programme ? programmePageCount(programme, report.slides) : report.slides.length
}
