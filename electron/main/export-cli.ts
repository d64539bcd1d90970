// `--export-pdf=FILE` / `--export-png=DIR`: one export from the command line, without a visible
// window, in a private Chromium profile; then the app exits (0 done, 1 failed, 2 bad flags).
import { mkdtempSync, rmSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startLang } from './cli'
import type { AppContext } from './context'
import { chooseReport, currentReport } from './open-report'
import { expectedPages } from './report-facts'
import { runningProgramme } from './programme'
import { exportImages, exportPdf, type ExportContext, type ExportJob, type ExportResult } from './export'
import { electronRenderer } from './export-electron'
import { noWindows, wireIpc } from './ipc-handlers'
import { describeError } from './log'
import { prepareSession } from './serve-renderer'
import { appIndexUrl } from './url'

/** Call before the app is ready: the private profile must be set first. */
export function exportFromCommandLine(ctx: AppContext, problems: readonly string[]): void {
  const { app, process } = ctx.deps
  // A private Chromium profile, so an export can run while the app is open (and starts clean).
  const sessionData = mkdtempSync(join(tmpdir(), 'wuhai-briefing-export-'))
  app.setPath('sessionData', sessionData)
  process.onExit(() => rmSync(sessionData, { recursive: true, force: true }))
  app.on('window-all-closed', () => {})
  app
    .whenReady()
    .then(() => run(ctx, problems))
    .catch((error) => {
      process.stderr(`Export failed: ${error instanceof Error ? error.message : String(error)}\n`)
      ctx.log.error(describeError(error))
      app.exit(1)
    })
}

async function run(ctx: AppContext, problems: readonly string[]): Promise<void> {
  const { app, process } = ctx.deps
  const { options } = ctx
  if (problems.length) {
    process.stderr(`Export not started: ${problems.join('; ')}\n`)
    app.exit(2)
    return
  }
  const { settings } = await ctx.store.load()
  const reportProblems = chooseReport(ctx, settings)
  if (reportProblems.length) {
    process.stderr(`Export not started: ${reportProblems.join('\n  ')}\n`)
    app.exit(2)
    return
  }
  prepareSession(ctx)
  const job: ExportJob = {
    lang: options.lang ?? ctx.launched.programme?.lang ?? startLang(options, settings),
    handout: options.handout ?? 'slides',
    ...(options.programme !== undefined && { programme: options.programme }),
    slides: expectedPages(currentReport(ctx), runningProgramme(ctx, settings)),
  }
  const renderer = electronRenderer({
    windows: ctx.deps.BrowserWindow,
    preload: ctx.paths.preload,
    signals: ctx.signals,
    registry: ctx.registry,
  })
  wireIpc(ctx, { current: settings }, noWindows)
  const reporting = (what: string): ExportContext => ({
    renderer,
    base: appIndexUrl,
    progress: (p) => process.stdout(`${what}: ${p.done}/${p.total}\n`),
  })
  const finished = (what: string, result: ExportResult, done: string) => {
    if (result.ok) process.stdout(`${done} ${result.path}\n`)
    else process.stderr(`${what} failed: ${result.message}\n`)
    return result.ok
  }
  let ok = true
  if (options.exportPdf) {
    const result = await exportPdf(resolve(options.exportPdf), job, reporting('PDF'))
    ok = finished('PDF export', result, 'Exported')
  }
  if (options.exportPng && ok) {
    const folder = resolve(options.exportPng)
    const made = await mkdir(folder, { recursive: true }).then(
      () => null,
      (error: NodeJS.ErrnoException) => `cannot create ${folder} (${error.code ?? error.message})`,
    )
    const result: ExportResult = made
      ? { ok: false, message: made }
      : await exportImages(folder, job, reporting('Slide images'))
    ok = finished('Slide image export', result, 'Exported slide images to')
  }
  app.exit(ok ? 0 : 1)
}
