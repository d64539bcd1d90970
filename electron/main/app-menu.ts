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
import { expectedPages } from './report-facts'
import { aboutDetail, appTitle, menuTemplate, type MenuActions, type MenuState } from './menu'
import { appIndexUrl } from './url'
import { toggleFullScreen } from './windows'

export interface MenuWindows {
  readonly audience: BrowserWindow | undefined
  openPresenter(): void
  showView(view: 'audience' | 'prepare'): void
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
          detail: aboutDetail(appInfo(ctx, false)),
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
    }
    // Deck messages arrive on every step; rebuild only when a checked item changes.
    const key = `${state.lang}|${state.bilingual}|${state.showProgress}`
    if (key === this.shown) return
    this.shown = key
    const { Menu } = this.ctx.deps
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(state, this.actions)))
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
      pipeline: { renderer, base: appIndexUrl },
      ...(ctx.options.programme !== undefined && { programme: ctx.options.programme }),
      slides: expectedPages(runningProgramme(ctx, this.settings.current)),
      progress: (p) => this.sendToAudience(eventChannels.exportProgress, p),
      log: (m) => ctx.log.info(m),
    })
      .catch((error) => ctx.log.error(`export: ${describeError(error)}`))
      .finally(() => {
        this.exporting = false
      })
  }
}
