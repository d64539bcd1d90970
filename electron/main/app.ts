// The composition root: createApp wires the modules to the Electron pieces it is given. Importing
// this module does nothing; electron/main/index.ts calls createApp with the real Electron.
import { appArgv, isDevelopment, isExport, kioskEnabled, kioskRequested, noKioskPinMessage, parseArgs } from './cli'
import type { AppContext, AppDeps, ProcessFacts } from './context'
import { DeckRelay } from './deck-relay'
import { exportFromCommandLine } from './export-cli'
import { wireIpc } from './ipc-handlers'
import { existsSync, readFileSync } from 'node:fs'
import { KioskMode } from './kiosk-mode'
import { chooseReport } from './open-report'
import { launchProgramme } from './programme'
import { refusedLaunchSwitches } from './launch-switches'
import { appTitle } from './menu'
import { createLogger, describeError } from './log'
import { appPaths, userPaths } from './paths'
import { PrintReadySignals } from './print-ready'
import { hardenContents } from './security'
import { prepareSession } from './serve-renderer'
import { setKioskPin, terminalAsker } from './set-kiosk-pin'
import { SettingsStore } from './settings'
import { originOf } from './trust'
import { appIndexUrl, appOrigin, appScheme } from './url'
import { WindowController } from './window-controller'
import { WindowRegistry } from './windows'

export type { AppDeps, ProcessFacts }

/** The facts of this Node process, for createApp. */
export function nodeProcess(proc: NodeJS.Process = process): ProcessFacts {
  return {
    argv: proc.argv,
    defaultApp: Boolean(proc.defaultApp),
    platform: proc.platform,
    rendererDevUrl: proc.env.ELECTRON_RENDERER_URL,
    electronVersion: proc.versions.electron,
    onFailure: (listener) => {
      proc.on('uncaughtException', (error) => listener('uncaught exception', error))
      proc.on('unhandledRejection', (reason) => listener('unhandled rejection', reason))
    },
    onExit: (listener) => proc.on('exit', listener),
    stdout: (text) => proc.stdout.write(text),
    stderr: (text) => proc.stderr.write(text),
    ask: terminalAsker(proc.stdin, proc.stdout),
  }
}

/**
 * Registers what must precede `ready` (sandbox, the app:// scheme), reads the command line, then
 * either runs a command-line export or starts the briefing once the app is ready.
 */
export function createApp(deps: AppDeps): void {
  const { app, process: proc } = deps
  const clock = deps.clock ?? (() => new Date())
  const log = deps.log ?? createLogger({ stderr: (line) => proc.stderr(line + '\n'), clock })
  proc.onFailure((what, error) => log.error(`${what}: ${describeError(error)}`))
  log.toFolder(userPaths(app.getPath('userData')).logs)

  app.enableSandbox()
  deps.protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])

  const parsed = parseArgs(appArgv(proc.argv, proc.defaultApp))
  // --programme=FILE is read once here; the windows are opened with the programme's name.
  const launched = launchProgramme(parsed.options.programme, {
    exists: (path) => existsSync(path),
    readText: (path) => readFileSync(path, 'utf8'),
  })
  parsed.options.programme = launched.name
  const problems = [...parsed.problems, ...launched.problems]
  const devServer = app.isPackaged ? undefined : proc.rendererDevUrl
  let quitting = false
  const ctx: AppContext = {
    deps,
    log,
    clock,
    options: parsed.options,
    development: isDevelopment(parsed.options, app.isPackaged, devServer),
    devServer,
    paths: appPaths(app.getAppPath()),
    store: new SettingsStore(userPaths(app.getPath('userData')).settings, { clock }),
    registry: new WindowRegistry(),
    signals: new PrintReadySignals(),
    relay: new DeckRelay(),
    allowedOrigins: [appOrigin, ...(devServer ? [originOf(devServer)].filter((o): o is string => o !== null) : [])],
    rendererBase: devServer ?? appIndexUrl,
    launched,
    report: undefined,
    quitting: () => quitting,
  }

  app.on('web-contents-created', (_event, contents) => hardenContents(contents, (m) => log.warn(m)))
  app.on('before-quit', () => {
    quitting = true
  })

  // A packaged build does not start with switches that open it to a debugger or turn off its sandbox.
  const refused = refusedLaunchSwitches(proc.argv, app.isPackaged)
  if (refused) {
    log.error(refused.message)
    deps.dialog.showErrorBox(appTitle, refused.message)
    app.exit(2)
  } else if (ctx.options.setKioskPin) setPinFromTerminal(ctx)
  else if (isExport(ctx.options)) exportFromCommandLine(ctx, problems)
  else if (!app.requestSingleInstanceLock()) app.quit()
  else {
    for (const problem of problems) log.warn(problem)
    app.whenReady().then(
      () => startBriefing(ctx),
      (error) => log.error(`start-up failed: ${describeError(error)}`),
    )
  }
}

async function startBriefing(ctx: AppContext): Promise<void> {
  const { app } = ctx.deps
  const { log } = ctx
  prepareSession(ctx)
  const loaded = await ctx.store.load()
  for (const problem of loaded.problems) log.warn(`settings: ${problem}`)
  const settings = { current: loaded.settings }
  const reportProblems = chooseReport(ctx, loaded.settings)
  const kiosk = kioskEnabled(ctx.options, loaded.settings)
    ? new KioskMode(ctx.deps, log, loaded.settings.kiosk)
    : undefined
  const kioskRefused = !kiosk && kioskRequested(ctx.options, loaded.settings)
  if (kioskRefused) {
    log.warn(`kiosk: ${noKioskPinMessage}`)
    ctx.deps.process.stderr(`${noKioskPinMessage}\n`)
  }
  const windows = new WindowController(ctx, settings, ctx.development && !kiosk, kiosk)
  wireIpc(ctx, settings, windows, kiosk)

  windows.openAudience()
  if (reportProblems.length)
    windows.tellAudience({
      type: 'warning',
      message: '报告无法打开，显示内置报告 · The report could not be opened; showing the bundled report',
      detail: reportProblems.join('\n'),
    })
  if (kioskRefused)
    windows.tellAudience({
      type: 'warning',
      message: '未设置退出密码，展台模式未启动 · Kiosk mode needs an exit PIN',
      detail: noKioskPinMessage,
    })
  app.on('second-instance', () => windows.focusAudience())
  app.on('window-all-closed', () => app.quit())
  app.on('child-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') log.warn(`${details.type} process gone: ${details.reason}`)
  })
  windows.followDisplays()
  windows.showMenu()
  await windows.loadAudience()
  kiosk?.start(() => windows.reloadAudience())
  if (ctx.options.presenter) windows.openPresenter()
}

/** `--set-kiosk-pin`: asks for the PIN in the terminal, stores its hash, exits. */
function setPinFromTerminal(ctx: AppContext): void {
  const { app, process: proc } = ctx.deps
  setKioskPin({ ask: proc.ask, store: ctx.store }).then(
    ({ code, message }) => {
      ;(code === 0 ? proc.stdout : proc.stderr)(`${message}\n`)
      app.exit(code)
    },
    (error) => {
      proc.stderr(`Kiosk PIN not set: ${describeError(error)}\n`)
      app.exit(1)
    },
  )
}
