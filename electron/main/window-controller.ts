// The audience and presenter windows of the running app, and the menu: where each window goes on
// which display, what it loads (and reloads after a crash), and how the two open and close together.
import type { BrowserWindow } from 'electron'
import { AppMenu } from './app-menu'
import type { CliOptions } from './cli'
import type { AppContext, LiveSettings } from './context'
import { Healer } from './healing'
import type { KioskMode } from './kiosk-mode'
import { describeError } from './log'
import { appTitle } from './menu'
import { placeWindows, type Placement } from './placement'
import { rendererUrl, restartingUrl } from './url'
import { applyPlace, createWindow, type WindowSpec } from './windows'

export class WindowController {
  private readonly menu: AppMenu
  /** What the audience window shows: the briefing, or the Prepare view. */
  private audienceView: 'audience' | 'prepare' = 'audience'
  private replaceTimer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly ctx: AppContext,
    private readonly settings: LiveSettings,
    private readonly devTools: boolean,
    private readonly kiosk?: KioskMode,
  ) {
    this.menu = new AppMenu(ctx, settings, this, devTools)
  }

  get audience(): BrowserWindow | undefined {
    return this.ctx.registry.audience
  }

  get presenter(): BrowserWindow | undefined {
    return this.ctx.registry.presenter
  }

  /** The application menu, or none in kiosk mode. */
  refreshMenu(): void {
    if (!this.kiosk) this.menu.refresh()
  }

  showMenu(): void {
    if (this.kiosk) this.ctx.deps.Menu.setApplicationMenu(null)
    else this.menu.refresh()
  }

  /** Creates the audience window: full screen and locked down in kiosk mode. */
  openAudience(): void {
    const { registry } = this.ctx
    const place = this.placement(false)
    const audience = this.deckWindow('audience', { kiosk: this.kiosk !== undefined, ...place.audience })
    registry.audience = audience
    this.watch(audience, () => this.audienceUrl())
    this.kiosk?.lockDown(audience, () => this.ctx.quitting())
    audience.on('closed', () => {
      registry.audience = undefined
      registry.presenter?.close()
    })
  }

  /** A message box over the audience window (it does not block the app). */
  tellAudience(box: { type: 'info' | 'warning'; message: string; detail: string }): void {
    const parent = this.audience
    if (!parent) return
    void this.ctx.deps.dialog.showMessageBox(parent, { ...box, title: appTitle, buttons: ['好 OK'] })
  }

  /** Loads the audience window afresh at the current place (the kiosk's daily refresh). */
  reloadAudience(): void {
    this.audience?.loadURL(this.audienceUrl()).catch((error) => this.ctx.log.warn(`refresh: ${describeError(error)}`))
  }

  async loadAudience(): Promise<void> {
    await this.audience
      ?.loadURL(this.audienceUrl())
      .catch((error) => this.ctx.log.error(`could not load the briefing: ${describeError(error)}`))
  }

  /**
   * Loads the briefing or the Prepare view into the audience window (the presenter view closes).
   * `programme` is what the windows run from now on, a reload included; a programme chosen in the
   * Prepare view is the saved one, even if a --programme file had its name. A programme started
   * here starts at its welcome in its own language, not at the place and language of the deck
   * that ran before it.
   */
  showView(view: 'audience' | 'prepare', programme?: string): void {
    const win = this.audience
    if (!win || this.kiosk) return
    this.audienceView = view
    this.ctx.launched.programme = null
    if (programme === undefined) this.ctx.options.programme = undefined
    else {
      this.ctx.options = { ...this.ctx.options, programme, slide: undefined, lang: undefined }
      this.ctx.relay.reset()
    }
    this.presenter?.close()
    win.webContents.loadURL(this.audienceUrl()).catch((error) => this.ctx.log.warn(`showView: ${describeError(error)}`))
  }

  /** Another report from now on: the presenter view closes and the audience window starts it at slide 1. */
  showReport(): void {
    const win = this.audience
    if (!win || this.kiosk) return
    this.audienceView = 'audience'
    this.ctx.options = { ...this.ctx.options, slide: undefined, programme: undefined }
    this.ctx.launched.programme = null
    this.ctx.relay.reset()
    this.presenter?.close()
    win.webContents
      .loadURL(this.audienceUrl())
      .catch((error) => this.ctx.log.warn(`showReport: ${describeError(error)}`))
  }

  /** Opens the presenter view beside the audience window, or brings it forward; never in kiosk mode. */
  openPresenter(): void {
    if (this.kiosk) return
    const { registry, log } = this.ctx
    const existing = registry.presenter
    if (existing && !existing.isDestroyed()) {
      if (existing.isMinimized()) existing.restore()
      existing.focus()
      return
    }
    const both = this.placement(true)
    const presenter = this.deckWindow('presenter', { bounds: both.presenter?.bounds, fullScreen: false })
    registry.presenter = presenter
    this.watch(presenter, () => this.presenterUrl())
    presenter.on('closed', () => {
      registry.presenter = undefined
    })
    if (registry.audience) applyPlace(registry.audience, both.audience)
    presenter
      .loadURL(this.presenterUrl())
      .catch((error) => log.error(`could not load the presenter view: ${describeError(error)}`))
  }

  private deckWindow(role: 'audience' | 'presenter', place: Pick<WindowSpec, 'kiosk' | 'bounds' | 'fullScreen'>) {
    const spec = {
      role,
      preload: this.ctx.paths.preload,
      icon: this.ctx.paths.icon,
      devTools: this.devTools,
      show: true,
      ...place,
    }
    return createWindow(this.ctx.deps.BrowserWindow, spec)
  }

  /** A second start of the app brings the audience window forward. */
  focusAudience(): void {
    const win = this.audience
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.show()
    win.focus()
  }

  /** Moves the windows again when displays come, go or change (presenter open, or --display given). */
  followDisplays(): void {
    const { screen } = this.ctx.deps
    const replace = () => {
      clearTimeout(this.replaceTimer)
      this.replaceTimer = setTimeout(() => this.replace(), 300)
    }
    screen.on('display-added', replace)
    screen.on('display-removed', replace)
    screen.on('display-metrics-changed', replace)
  }

  private replace(): void {
    const { registry, options } = this.ctx
    const presenterOpen = registry.presenter !== undefined
    if (!presenterOpen && options.display === undefined) return
    const next = this.placement(presenterOpen)
    if (registry.audience && !registry.audience.isKiosk()) applyPlace(registry.audience, next.audience)
    if (registry.presenter && next.presenter) applyPlace(registry.presenter, next.presenter)
  }

  private placement(presenter: boolean): Placement {
    const { screen } = this.ctx.deps
    const result = placeWindows(
      screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, workArea: d.workArea })),
      {
        primaryId: screen.getPrimaryDisplay().id,
        audienceDisplay: this.ctx.options.display,
        presenter,
        kiosk: this.kiosk !== undefined,
      },
    )
    for (const problem of result.problems) this.ctx.log.warn(problem)
    return result
  }

  /** Where the audience window is: the command line's start, or the deck's latest place after a reload. */
  private audienceUrl(): string {
    const { options, relay, rendererBase } = this.ctx
    const latest = relay.latest?.state
    const resume: CliOptions = latest
      ? { ...options, slide: latest.slide + 1, lang: latest.bilingual ? 'bi' : latest.lang }
      : options
    return rendererUrl({ kind: this.audienceView }, resume, this.settings.current, rendererBase)
  }

  private presenterUrl(): string {
    return rendererUrl({ kind: 'presenter' }, this.ctx.options, this.settings.current, this.ctx.rendererBase)
  }

  /** Reloads a crashed or hung window (see healing.ts). */
  private watch(win: BrowserWindow, url: () => string): void {
    const { log } = this.ctx
    const contents = win.webContents
    const healer = new Healer({
      reload: () => void contents.loadURL(url()).catch((e) => log.warn(`reload: ${describeError(e)}`)),
      kill: () => contents.forcefullyCrashRenderer(),
      showRestarting: () =>
        void contents.loadURL(restartingUrl).catch((e) => log.warn(`restarting page: ${describeError(e)}`)),
      log: (m) => log.warn(m),
    })
    contents.on('render-process-gone', (_event, details) => {
      if (!this.ctx.quitting()) healer.gone(details.reason)
    })
    win.on('unresponsive', () => healer.unresponsive())
    win.on('responsive', () => healer.responsive())
    win.on('closed', () => healer.dispose())
  }
}
