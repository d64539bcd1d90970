// What the main process is made of: the Electron pieces and process facts it is given (so that
// nothing runs on import and tests can hand in fakes), and what its modules share once it runs.
import type {
  App,
  BrowserWindow,
  Dialog,
  IpcMain,
  Menu,
  PowerMonitor,
  PowerSaveBlocker,
  Protocol,
  Screen,
  Session,
  WebContents,
} from 'electron'
import type { Settings } from '../../src/contract'
import type { CliOptions } from './cli'
import type { DeckRelay } from './deck-relay'
import type { LaunchProgramme } from './programme'
import type { Logger } from './log'
import type { OpenReport } from './open-report'
import type { AppPaths } from './paths'
import type { PrintReadySignals } from './print-ready'
import type { SettingsStore } from './settings'
import type { WindowFactory, WindowRegistry } from './windows'

/** What the app needs to know of, and to do with, its process. */
export interface ProcessFacts {
  argv: readonly string[]
  /** Started as `electron <app>` (process.defaultApp). */
  defaultApp: boolean
  platform: NodeJS.Platform
  /** The dev server's address, set by electron-vite in development. */
  rendererDevUrl: string | undefined
  electronVersion: string | undefined
  /** Uncaught exceptions and unhandled rejections. */
  onFailure(listener: (what: string, error: unknown) => void): void
  onExit(listener: () => void): void
  stdout(text: string): void
  stderr(text: string): void
  /** One question on the terminal (`--set-kiosk-pin`); null when the input has ended. */
  ask(question: string): Promise<string | null>
}

export interface AppDeps {
  app: App
  BrowserWindow: WindowFactory & { getFocusedWindow(): BrowserWindow | null }
  ipcMain: IpcMain
  screen: Screen
  session: { readonly defaultSession: Session }
  protocol: Protocol
  dialog: Dialog
  powerMonitor: PowerMonitor
  powerSaveBlocker: PowerSaveBlocker
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>
  webContents: { fromId(id: number): Pick<WebContents, 'send'> | undefined }
  process: ProcessFacts
  clock?: () => Date
  log?: Logger
}

/** The settings as they are now; IPC and the menu change them. */
export interface LiveSettings {
  current: Settings
}

/** What the modules of a running app share. */
export interface AppContext {
  deps: AppDeps
  log: Logger
  clock: () => Date
  options: CliOptions
  development: boolean
  devServer: string | undefined
  paths: AppPaths
  store: SettingsStore
  registry: WindowRegistry
  signals: PrintReadySignals
  relay: DeckRelay
  allowedOrigins: readonly string[]
  /** app://briefing/index.html, or the dev server. */
  rendererBase: string
  /** `--programme=FILE|NAME` as read at start (a file is read once, here). */
  launched: LaunchProgramme
  /** The report pack shown, once chosen (see open-report.ts); File → Open report… replaces it. */
  report: OpenReport | undefined
  quitting(): boolean
}
