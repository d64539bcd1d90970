// The application menu of the running app: rebuilt when a checked item changes, its actions sent
// to the audience window or run here (exports, full screen, about).
import type { BrowserWindow } from 'electron'
import { eventChannels, type MenuCommand } from '../../src/contract'
import type { AppContext, LiveSettings } from './context'
import { electronRenderer } from './export-electron'
import { exportFromMenu } from './export-menu'
import { appInfo } from './ipc-handlers'
import { describeError } from './log'
import { runningProgramme } from './programme'
import { bundledReport, bundledReportDir, currentReport, readReport, type OpenReport } from './open-report'
import { openReportFromMenu, problemList } from './report-menu'
import { expectedPages } from './report-facts'
import { aboutDetail, appTitle, menuTemplate, type MenuActions, type MenuState } from './menu'
import { appIndexUrl } from './url'
import { toggleFullScreen } from './windows'

export interface MenuWindows {
  readonly audience: BrowserWindow | undefined
  openPresenter(): void
  showView(view: 'audience' | 'prepare'): void
  /** Reloads every window with another report, from its first slide. */
  showReport(): void
}

export class AppMenu {
  private shown = ''
  private exporting = false
  private readonly actions: MenuActions

  constructor(
    private readonly ctx: AppContext,
    private readonly settings: LiveSettings,
    private readonly windows: MenuWindows,
    private readonly devTools: boolean,
  ) {
    const { deps, log, store } = ctx
    this.actions = {
      command: (command: MenuCommand) => this.sendToAudience(eventChannels.menuCommand, command),
      exportPdf: () => this.startExport('pdf'),
      exportImages: () => this.startExport('png'),
      toggleFullScreen: () => toggleFullScreen(deps.BrowserWindow.getFocusedWindow() ?? windows.audience),
      openPresenter: () => windows.openPresenter(),
      prepare: () => windows.showView('prepare'),
      openReport: () => void this.openReport(),
      openBundledReport: () => {
        try {
          this.switchReport(bundledReport(bundledReportDir(ctx.paths.renderer)))
        } catch (error) {
          log.error(describeError(error))
        }
      },
      setProgress: (visible) => {
        this.sendToAudience(eventChannels.menuCommand, { type: 'progress', visible } satisfies MenuCommand)
        settings.current = { ...settings.current, showProgress: visible }
        store.save(settings.current).catch((error) => log.error(`settings not saved: ${describeError(error)}`))
        this.refresh()
      },
      about: () => {
        const parent = windows.audience
        const box = {
          type: 'info' as const,
          title: appTitle,
          message: appTitle,
          detail: `${currentReport(ctx).title}\n${aboutDetail(appInfo(ctx, false))}`,
          buttons: ['好 OK'],
        }
        void (parent ? deps.dialog.showMessageBox(parent, box) : deps.dialog.showMessageBox(box))
      },
    }
  }

  refresh(): void {
    const deck = this.ctx.relay.latest?.state
    const settings = this.settings.current
    const state: MenuState = {
      lang: deck?.lang ?? settings.lang,
      bilingual: deck?.bilingual ?? settings.bilingual,
      showProgress: settings.showProgress,
      platform: this.ctx.deps.process.platform,
      devTools: this.devTools,
      bundledReport: this.ctx.report?.bundled ?? true,
    }
    // Deck messages arrive on every step; rebuild only when a checked item changes.
    const key = `${state.lang}|${state.bilingual}|${state.showProgress}|${state.bundledReport}`
    if (key === this.shown) return
    this.shown = key
    const { Menu } = this.ctx.deps
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(state, this.actions)))
  }

  private async openReport(): Promise<void> {
    const { ctx } = this
    const { dialog, app } = ctx.deps
    const parent = this.windows.audience
    await openReportFromMenu({
      chooseFolder: async () => {
        const box = {
          title: '打开报告 Open report',
          defaultPath: ctx.report && !ctx.report.bundled ? ctx.report.dir : app.getPath('documents'),
          properties: ['openDirectory' as const],
        }
        const picked = await (parent ? dialog.showOpenDialog(parent, box) : dialog.showOpenDialog(box))
        return picked.canceled ? null : (picked.filePaths[0] ?? null)
      },
      read: (dir) => readReport(dir),
      refuse: async (dir, problems) => {
        ctx.log.warn(`report: ${dir} not opened: ${problems.join('; ')}`)
        const box = {
          type: 'error' as const,
          title: appTitle,
          message: '这份报告无法打开，当前报告保持不变 · This report cannot be opened; the current report stays',
          detail: `${dir}\n\n${problemList(problems)}`,
          buttons: ['好 OK'],
        }
        await (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box))
      },
      switchTo: (report) => this.switchReport(report),
    }).catch((error) => ctx.log.error(`open report: ${describeError(error)}`))
  }

  private switchReport(report: OpenReport): void {
    const { ctx, settings } = this
    ctx.report = report
    ctx.log.info(`report: showing ${report.id} from ${report.dir}`)
    const { report: _old, ...rest } = settings.current
    settings.current = report.bundled ? rest : { ...rest, report: report.dir }
    ctx.store.save(settings.current).catch((error) => ctx.log.error(`settings not saved: ${describeError(error)}`))
    this.windows.showReport()
    this.refresh()
  }

  private sendToAudience(channel: string, payload: unknown): void {
    this.windows.audience?.webContents.send(channel, payload)
  }

  private startExport(format: 'pdf' | 'png'): void {
    const parent = this.windows.audience
    if (!parent || this.exporting) return
    this.exporting = true
    const { ctx } = this
    const renderer = electronRenderer({
      windows: ctx.deps.BrowserWindow,
      preload: ctx.paths.preload,
      signals: ctx.signals,
      registry: ctx.registry,
    })
    exportFromMenu(format, {
      dialog: ctx.deps.dialog,
      platform: ctx.deps.process.platform,
      parent,
      defaultFolder: ctx.deps.app.getPath('documents'),
      reportId: currentReport(ctx).id,
      pipeline: { renderer, base: appIndexUrl },
      ...(ctx.options.programme !== undefined && { programme: ctx.options.programme }),
      slides: expectedPages(currentReport(ctx), runningProgramme(ctx, this.settings.current)),
      progress: (p) => this.sendToAudience(eventChannels.exportProgress, p),
      log: (m) => ctx.log.info(m),
    })
      .catch((error) => ctx.log.error(`export: ${describeError(error)}`))
      .finally(() => {
        this.exporting = false
      })
  }
}
