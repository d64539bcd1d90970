// Composition root: reads the command line and settings, wires the modules to Electron.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  webContents,
  type IpcMainEvent,
  type IpcMainInvokeEvent,
} from 'electron'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  applySettingsPatch,
  eventChannels,
  settingsView,
  type AppInfo,
  type MenuCommand,
  type Settings,
} from '../../src/contract'
import { contentSecurityPolicy } from '../../src/contract/csp'
import {
  appArgv,
  isDevelopment,
  isExport,
  kioskEnabled,
  kioskRequested,
  noKioskPinMessage,
  parseArgs,
  startLang,
  type CliOptions,
} from './cli'
import { DeckRelay } from './deck-relay'
import { diskPorts, electronRenderPorts, ensureFolder, exportFromMenu } from './export-electron'
import { exportImages, exportPdf, type ExportJob } from './export-run'
import { Healer } from './healing'
import { registerIpc } from './ipc'
import { exitCombination } from './kiosk'
import { Heartbeat } from './heartbeat'
import { holdDisplay, KioskSchedule, scheduleOptions } from './kiosk-hours'
import { PinLock } from './kiosk-pin'
import { lockFileStore } from './lock-file'
import { setKioskPin, terminalAsker } from './set-kiosk-pin'
import { lockDownKioskWindow } from './kiosk-window'
import { refusedLaunchSwitches } from './launch-switches'
import { createLogger, describeError } from './log'
import { aboutDetail, appTitle, menuTemplate, type MenuActions, type MenuState } from './menu'
import { appPaths, userPaths } from './paths'
import { placeWindows, type Placement } from './placement'
import { PrintReadySignals } from './print-ready'
import { createAppHandler } from './protocol'
import { restartingPages, stylesheetsOf } from './restarting-page'
import { hardenContents, hardenSession } from './security'
import { SettingsStore } from './settings'
import { originOf } from './trust'
import { appIndexUrl, appOrigin, appScheme, rendererUrl, restartingUrl } from './url'
import { applyPlace, createWindow, WindowRegistry } from './windows'

const log = createLogger()
process.on('uncaughtException', (error) => log.error(`uncaught exception: ${describeError(error)}`))
process.on('unhandledRejection', (reason) => log.error(`unhandled rejection: ${describeError(reason)}`))
log.toFolder(userPaths(app.getPath('userData')).logs)

app.enableSandbox()
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
])

const parsed = parseArgs(appArgv(process.argv, Boolean(process.defaultApp)))
const options: CliOptions = parsed.options
const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const development = isDevelopment(options, app.isPackaged, devServer)
const paths = appPaths(app.getAppPath())
const store = new SettingsStore(userPaths(app.getPath('userData')).settings)
const registry = new WindowRegistry()
const signals = new PrintReadySignals()
const relay = new DeckRelay()
const allowedOrigins = [appOrigin, ...(devServer ? [originOf(devServer)].filter((o): o is string => o !== null) : [])]
const rendererBase = devServer ?? appIndexUrl
let quitting = false

app.on('web-contents-created', (_event, contents) => hardenContents(contents, (m) => log.warn(m)))
app.on('before-quit', () => {
  quitting = true
})

function rendererStylesheets(): string[] {
  try {
    return stylesheetsOf(readFileSync(join(paths.renderer, 'index.html'), 'utf8'))
  } catch {
    return []
  }
}

function prepareSession(): void {
  hardenSession(
    session.defaultSession,
    { devOrigin: devServer, devTools: development },
    (m) => log.warn(m),
    contentSecurityPolicy,
  )
  protocol.handle(
    appScheme,
    createAppHandler({
      root: paths.renderer,
      pages: restartingPages(rendererStylesheets()),
      onReject: (url, why) => log.warn(`app:// refused ${url}: ${why}`),
    }),
  )
}

// A packaged build does not start with switches that open it to a debugger or turn off its sandbox.
const refusedSwitches = refusedLaunchSwitches(process.argv, app.isPackaged)
if (refusedSwitches) {
  log.error(refusedSwitches.message)
  dialog.showErrorBox(appTitle, refusedSwitches.message)
  app.exit(2)
} else if (options.setKioskPin) {
  setKioskPin({ ask: terminalAsker(process.stdin, process.stdout), store }).then(
    ({ code, message }) => {
      ;(code === 0 ? process.stdout : process.stderr).write(`${message}\n`)
      app.exit(code)
    },
    (error) => {
      process.stderr.write(`Kiosk PIN not set: ${describeError(error)}\n`)
      app.exit(1)
    },
  )
} else if (isExport(options)) {
  // A private Chromium profile, so an export can run while the app is open (and starts clean).
  const sessionData = mkdtempSync(join(tmpdir(), 'wuhai-briefing-export-'))
  app.setPath('sessionData', sessionData)
  process.on('exit', () => rmSync(sessionData, { recursive: true, force: true }))
  app.on('window-all-closed', () => {})
  app
    .whenReady()
    .then(runCommandLineExport)
    .catch((error) => {
      process.stderr.write(`Export failed: ${error instanceof Error ? error.message : String(error)}\n`)
      log.error(describeError(error))
      app.exit(1)
    })
} else if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  for (const problem of parsed.problems) log.warn(problem)
  app.whenReady().then(startApp, (error) => log.error(`start-up failed: ${describeError(error)}`))
}

async function runCommandLineExport(): Promise<void> {
  if (parsed.problems.length) {
    process.stderr.write(`Export not started: ${parsed.problems.join('; ')}\n`)
    app.exit(2)
    return
  }
  prepareSession()
  const { settings } = await store.load()
  const job: ExportJob = { lang: startLang(options, settings), handout: options.handout ?? 'slides', settings }
  const render = electronRenderPorts({ preload: paths.preload, signals, registry })
  wireIpc(settings, false)
  const report = (what: string) => (p: { done: number; total: number }) =>
    process.stdout.write(`${what}: ${p.done}/${p.total}\n`)
  let code = 0
  if (options.exportPdf) {
    const result = await exportPdf(resolve(options.exportPdf), job, render, diskPorts, report('PDF'))
    if (result.ok) process.stdout.write(`Exported ${result.path}\n`)
    else {
      process.stderr.write(`PDF export failed: ${result.message}\n`)
      code = 1
    }
  }
  if (options.exportPng && code === 0) {
    const folder = resolve(options.exportPng)
    const made = await ensureFolder(folder).then(
      () => null,
      (error: NodeJS.ErrnoException) => `cannot create ${folder} (${error.code ?? error.message})`,
    )
    const result = made
      ? { ok: false as const, message: made }
      : await exportImages(folder, job, render, diskPorts, report('Slide images'))
    if (result.ok) process.stdout.write(`Exported slide images to ${result.path}\n`)
    else {
      process.stderr.write(`Slide image export failed: ${result.message}\n`)
      code = 1
    }
  }
  app.exit(code)
}

function wireIpc(initial: Settings, kiosk: boolean): { current: Settings } {
  const state = { current: initial }
  const gate = new PinLock(
    () => state.current.kiosk.pinHash,
    lockFileStore(userPaths(app.getPath('userData')).settings),
    Date.now,
    (m) => log.warn(m),
  )
  registerIpc(
    ipcMain,
    {
      getSettings: () => settingsView(state.current),
      saveSettings: async (_sender, patch) => {
        const next = applySettingsPatch(state.current, patch)
        for (const problem of next.problems) log.warn(problem)
        if (JSON.stringify(next.settings) === JSON.stringify(state.current)) return settingsView(state.current)
        state.current = next.settings
        await store.save(state.current).catch((error) => log.error(`settings not saved: ${describeError(error)}`))
        refreshMenu()
        return settingsView(state.current)
      },
      getInfo: () => appInfo(kiosk),
      openPresenter: () => openPresenter(),
      toggleFullScreen: (sender, on) => toggleFullScreen(registry.byContentsId(sender.id), on),
      exitKiosk: async (_sender, pin) => {
        if (!kiosk) return false
        const result = await gate.attempt(pin)
        if (result.ok) {
          log.info('kiosk: exit PIN accepted; quitting')
          kioskMayClose = true
          setImmediate(() => app.quit())
          return true
        }
        log.warn(
          result.lockedForMs > 0
            ? `kiosk: wrong PIN; locked for ${Math.ceil(result.lockedForMs / 1000)} s`
            : 'kiosk: wrong PIN',
        )
        return false
      },
      getDeckState: () => relay.latest,
      publishDeck: (sender, update) => {
        const ids = registry.deckWindows().map((w) => w.webContents.id)
        const published = relay.publish(sender.id, update, ids)
        if (!published) {
          log.warn(`deck update from window ${sender.id}, which is not a deck window; dropped`)
          return
        }
        for (const id of published.to) webContents.fromId(id)?.send(eventChannels.deckState, published.message)
        refreshMenu()
      },
      printReady: (sender, pages) => {
        if (!signals.ready(sender.id, pages)) log.warn(`printReady from window ${sender.id}, which no export waits for`)
      },
      reportKiosk: (sender, report) => {
        if (kiosk && sender.id === registry.audience?.webContents.id) heartbeat.report(report, Date.now())
      },
    },
    {
      senderFacts: (event: IpcMainEvent | IpcMainInvokeEvent) => {
        const frame = event.senderFrame
        const main = event.sender.mainFrame
        return {
          frameUrl: frame?.url ?? null,
          mainFrame: frame !== null && frame.processId === main.processId && frame.routingId === main.routingId,
          ownWindow: registry.owns(event.sender.id),
        }
      },
      allowedOrigins: () => allowedOrigins,
      log: (m) => log.warn(m),
    },
  )
  return state
}

function appInfo(kiosk: boolean): AppInfo {
  return { version: app.getVersion(), electron: process.versions.electron ?? 'unknown', kiosk }
}

function toggleFullScreen(win: BrowserWindow | undefined, on?: boolean): boolean {
  if (!win || win.isDestroyed()) return false
  if (win.isKiosk()) return true
  const next = on ?? !win.isFullScreen()
  win.setFullScreen(next)
  return next
}

let kioskMayClose = false
const heartbeat = new Heartbeat()
let refreshMenu: () => void = () => {}
let openPresenter: () => void = () => {}

async function startApp(): Promise<void> {
  prepareSession()
  const loaded = await store.load()
  for (const problem of loaded.problems) log.warn(`settings: ${problem}`)
  const kiosk = kioskEnabled(options, loaded.settings)
  const kioskRefused = !kiosk && kioskRequested(options, loaded.settings)
  if (kioskRefused) {
    log.warn(`kiosk: ${noKioskPinMessage}`)
    process.stderr.write(`${noKioskPinMessage}\n`)
  }
  const settings = wireIpc(loaded.settings, kiosk)
  const devTools = development && !kiosk

  if (kiosk) {
    dialog.showErrorBox = (title, content) => log.error(`${title}: ${content}`)
    log.info(`kiosk mode; exit with ${exitCombination} and the PIN`)
    powerMonitor.on('shutdown', () => {
      kioskMayClose = true
    })
  }
  // The kiosk's day (kiosk-hours.ts) and heartbeat (heartbeat.ts), looked at every minute.
  const schedule = new KioskSchedule(scheduleOptions(loaded.settings.kiosk))
  let blocker: number | undefined
  const kioskMinute = () => {
    const day = schedule.tick(new Date(), heartbeat.browsing)
    blocker = holdDisplay(powerSaveBlocker, blocker, day.awake)
    const line = heartbeat.tick(Date.now(), { uptimeSeconds: process.uptime(), rssBytes: process.memoryUsage.rss() })
    if (line) log.info(line)
    if (day.refresh && registry.audience) {
      log.info('kiosk: daily refresh of the window')
      void registry.audience.webContents.loadURL(audienceUrl()).catch((e) => log.warn(`refresh: ${describeError(e)}`))
    }
  }
  if (kiosk) {
    kioskMinute()
    setInterval(kioskMinute, 60_000)
    powerMonitor.on('resume', kioskMinute)
    powerMonitor.on('unlock-screen', kioskMinute)
  }

  const placement = (presenter: boolean): Placement => {
    const result = placeWindows(
      screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, workArea: d.workArea })),
      { primaryId: screen.getPrimaryDisplay().id, audienceDisplay: options.display, presenter, kiosk },
    )
    for (const problem of result.problems) log.warn(problem)
    return result
  }

  const audienceUrl = (): string => {
    const latest = relay.latest?.state
    const resume: CliOptions = latest
      ? { ...options, slide: latest.slide + 1, lang: latest.bilingual ? 'bi' : latest.lang }
      : options
    return rendererUrl({ kind: 'audience' }, resume, settings.current, rendererBase)
  }

  const watch = (win: BrowserWindow, url: () => string) => {
    const contents = win.webContents
    const healer = new Healer({
      reload: () => void contents.loadURL(url()).catch((e) => log.warn(`reload: ${describeError(e)}`)),
      kill: () => contents.forcefullyCrashRenderer(),
      showRestarting: () =>
        void contents.loadURL(restartingUrl).catch((e) => log.warn(`restarting page: ${describeError(e)}`)),
      log: (m) => log.warn(m),
    })
    contents.on('render-process-gone', (_event, details) => {
      if (!quitting) healer.gone(details.reason)
    })
    win.on('unresponsive', () => healer.unresponsive())
    win.on('responsive', () => healer.responsive())
    win.on('closed', () => healer.dispose())
  }

  const place = placement(false)
  const audience = createWindow({
    role: 'audience',
    preload: paths.preload,
    devTools,
    show: true,
    kiosk,
    bounds: place.audience.bounds,
    fullScreen: place.audience.fullScreen,
  })
  registry.audience = audience
  if (kioskRefused)
    void dialog.showMessageBox(audience, {
      type: 'warning',
      title: appTitle,
      message: '未设置退出密码，展台模式未启动 · Kiosk mode needs an exit PIN',
      detail: noKioskPinMessage,
      buttons: ['好 OK'],
    })
  watch(audience, audienceUrl)
  if (kiosk) {
    lockDownKioskWindow(audience, () => kioskMayClose || quitting)
    audience.on('session-end', () => {
      kioskMayClose = true
    })
  }
  audience.on('closed', () => {
    registry.audience = undefined
    registry.presenter?.close()
  })
  app.on('second-instance', () => {
    const win = registry.audience
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.show()
    win.focus()
  })
  app.on('window-all-closed', () => app.quit())
  app.on('child-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') log.warn(`${details.type} process gone: ${details.reason}`)
  })

  openPresenter = () => {
    if (kiosk) return
    const existing = registry.presenter
    if (existing && !existing.isDestroyed()) {
      if (existing.isMinimized()) existing.restore()
      existing.focus()
      return
    }
    const both = placement(true)
    const presenter = createWindow({
      role: 'presenter',
      preload: paths.preload,
      devTools,
      show: true,
      bounds: both.presenter?.bounds,
      fullScreen: false,
    })
    registry.presenter = presenter
    watch(presenter, () => rendererUrl({ kind: 'presenter' }, options, settings.current, rendererBase))
    presenter.on('closed', () => {
      registry.presenter = undefined
    })
    if (registry.audience) applyPlace(registry.audience, both.audience)
    presenter
      .loadURL(rendererUrl({ kind: 'presenter' }, options, settings.current, rendererBase))
      .catch((error) => log.error(`could not load the presenter view: ${describeError(error)}`))
  }

  let replaceTimer: ReturnType<typeof setTimeout> | undefined
  const replace = () => {
    clearTimeout(replaceTimer)
    replaceTimer = setTimeout(() => {
      const presenterOpen = registry.presenter !== undefined
      if (!presenterOpen && options.display === undefined) return
      const next = placement(presenterOpen)
      if (registry.audience && !registry.audience.isKiosk()) applyPlace(registry.audience, next.audience)
      if (registry.presenter && next.presenter) applyPlace(registry.presenter, next.presenter)
    }, 300)
  }
  screen.on('display-added', replace)
  screen.on('display-removed', replace)
  screen.on('display-metrics-changed', replace)

  const render = electronRenderPorts({ preload: paths.preload, signals, registry })
  let exporting = false
  const sendToAudience = (channel: string, payload: unknown) => registry.audience?.webContents.send(channel, payload)
  const startExport = (format: 'pdf' | 'png') => {
    const parent = registry.audience
    if (!parent || exporting) return
    exporting = true
    exportFromMenu(format, {
      parent,
      defaultFolder: app.getPath('documents'),
      job: { settings: settings.current },
      render,
      progress: (p) => sendToAudience(eventChannels.exportProgress, p),
      log: (m) => log.info(m),
    })
      .catch((error) => log.error(`export: ${describeError(error)}`))
      .finally(() => {
        exporting = false
      })
  }

  const actions: MenuActions = {
    command: (command: MenuCommand) => sendToAudience(eventChannels.menuCommand, command),
    exportPdf: () => startExport('pdf'),
    exportImages: () => startExport('png'),
    toggleFullScreen: () => toggleFullScreen(BrowserWindow.getFocusedWindow() ?? registry.audience),
    openPresenter: () => openPresenter(),
    setProgress: (visible) => {
      sendToAudience(eventChannels.menuCommand, { type: 'progress', visible } satisfies MenuCommand)
      settings.current = { ...settings.current, showProgress: visible }
      store.save(settings.current).catch((error) => log.error(`settings not saved: ${describeError(error)}`))
      refreshMenu()
    },
    about: () => {
      const parent = registry.audience
      const box = {
        type: 'info' as const,
        title: appTitle,
        message: appTitle,
        detail: aboutDetail(appInfo(kiosk)),
        buttons: ['好 OK'],
      }
      void (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box))
    },
  }
  let shownMenu = ''
  refreshMenu = () => {
    if (kiosk) return
    const deck = relay.latest?.state
    const state: MenuState = {
      lang: deck?.lang ?? settings.current.lang,
      bilingual: deck?.bilingual ?? settings.current.bilingual,
      showProgress: settings.current.showProgress,
      platform: process.platform,
      devTools,
    }
    // Deck messages arrive on every step; rebuild only when a checked item changes.
    const key = `${state.lang}|${state.bilingual}|${state.showProgress}`
    if (key === shownMenu) return
    shownMenu = key
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(state, actions)))
  }
  if (kiosk) Menu.setApplicationMenu(null)
  else refreshMenu()

  await audience
    .loadURL(audienceUrl())
    .catch((error) => log.error(`could not load the briefing: ${describeError(error)}`))
  if (options.presenter) openPresenter()
}
