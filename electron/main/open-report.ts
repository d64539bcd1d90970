// Which report pack the app shows: the one named on the command line, else the one opened last
// (File → Open report…), else the bundled one. A pack is checked before it is used; one that fails
// leaves the current report in place and says why, file by file.
import { join } from 'node:path'
import type { Settings } from '../../src/contract'
import { reportTitle } from '../../src/content/pack'
import type { Report } from '../../src/content/validate'
import type { AppContext } from './context'
import { readPack, type ReadFile } from './report-pack'

/** What the main process keeps of the open report. */
export interface OpenReport {
  /** The pack's folder. */
  dir: string
  /** The pack that ships with the app (served from the built renderer). */
  bundled: boolean
  id: string
  /** Both languages, as a window is named. */
  title: string
  /** Enough of the slides to know a handout's page count. */
  slides: readonly { id: string; section?: number }[]
}

export function openReportOf(dir: string, report: Report, bundled: boolean): OpenReport {
  return {
    dir,
    bundled,
    id: report.pack.id,
    title: `${reportTitle(report.pack, 'zh')} · ${reportTitle(report.pack, 'en')}`,
    slides: report.deck.slides.map(({ id, section }) => (section === undefined ? { id } : { id, section })),
  }
}

export type ReportRead = { ok: true; report: OpenReport } | { ok: false; problems: string[] }

/** Reads and checks the pack in `dir`; each problem names the pack's file and field. */
export function readReport(dir: string, read?: ReadFile): ReportRead {
  const result = readPack(dir, read)
  if (!result.ok) return { ok: false, problems: result.problems }
  return { ok: true, report: openReportOf(dir, result.report, false) }
}

export interface StartingChoice {
  /** `--report=DIR`. */
  flag?: string | undefined
  /** The folder opened last, from the settings. */
  remembered?: string | undefined
  /** The built renderer's content folder: the bundled pack. */
  bundledDir: string
  read?: ReadFile
}

export interface StartingReport {
  report: OpenReport
  /** Why a named or remembered pack was not opened; empty when it was. */
  problems: string[]
}

/** The report that ships with the app; the build checked it, so a failure here is a broken install. */
export function bundledReport(bundledDir: string, read?: ReadFile): OpenReport {
  const result = readPack(bundledDir, read)
  if (!result.ok) throw new Error(`the bundled report does not load: ${result.problems.join('; ')}`)
  return openReportOf(bundledDir, result.report, true)
}

export function startingReport(choice: StartingChoice): StartingReport {
  const bundled = () => bundledReport(choice.bundledDir, choice.read)
  const wanted = choice.flag ?? choice.remembered
  if (wanted === undefined) return { report: bundled(), problems: [] }
  const read = readReport(wanted, choice.read)
  if (read.ok) return { report: read.report, problems: [] }
  const from = choice.flag !== undefined ? '--report' : 'the report opened last'
  return {
    report: bundled(),
    problems: [`${from} (${wanted}) could not be opened; showing the bundled report instead:`, ...read.problems],
  }
}

/** The folder of the bundled pack: the content the renderer was built with. */
export function bundledReportDir(rendererDir: string): string {
  return join(rendererDir, 'content')
}

/**
 * Chooses the report at start (`--report`, else the one opened last, else the bundled one) and
 * keeps it in the context; returns why a named or remembered pack was not opened.
 */
export function chooseReport(
  ctx: Pick<AppContext, 'options' | 'paths' | 'report' | 'log'>,
  settings: Pick<Settings, 'report'>,
): string[] {
  const chosen = startingReport({
    flag: ctx.options.report,
    remembered: settings.report,
    bundledDir: bundledReportDir(ctx.paths.renderer),
  })
  ctx.report = chosen.report
  for (const problem of chosen.problems) ctx.log.warn(`report: ${problem}`)
  return chosen.problems
}

/** The report the app shows; chosen before any window opens. */
export function currentReport(ctx: Pick<AppContext, 'report'>): OpenReport {
  if (!ctx.report) throw new Error('no report chosen yet')
  return ctx.report
}
