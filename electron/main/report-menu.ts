// File → Open report…: the user picks a folder, the pack in it is checked, and only a pack that
// passes replaces the open report (remembered for the next start). One that fails is listed file
// by file and the current report stays as it was.
import type { OpenReport, ReportRead } from './open-report'

export interface ReportMenuPorts {
  /** Asks for a folder; null when cancelled. */
  chooseFolder(): Promise<string | null>
  read(dir: string): ReportRead
  /** Tells why the pack in `dir` cannot be opened. */
  refuse(dir: string, problems: readonly string[]): Promise<void>
  /** Shows `report` from now on and remembers it. */
  switchTo(report: OpenReport): void
}

export type OpenOutcome = 'opened' | 'cancelled' | 'refused'

/** At most this many problems in the message box; the rest are counted. */
export const shownProblems = 15

export function problemList(problems: readonly string[]): string {
  const shown = problems.slice(0, shownProblems)
  const more = problems.length - shown.length
  return [...shown, ...(more > 0 ? [`… and ${more} more (npm run check-report -- DIR lists them all)`] : [])].join('\n')
}

export async function openReportFromMenu(ports: ReportMenuPorts): Promise<OpenOutcome> {
  const dir = await ports.chooseFolder()
  if (dir === null) return 'cancelled'
  const read = ports.read(dir)
  if (!read.ok) {
    await ports.refuse(dir, read.problems)
    return 'refused'
  }
  ports.switchTo(read.report)
  return 'opened'
}
