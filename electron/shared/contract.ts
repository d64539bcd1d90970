// The one IPC contract between the main process, the preload bridge and the renderer:
// channel names and payload types. It imports nothing, so every side can depend on it.

export type Lang = 'zh' | 'en'
/** The slides' look: light for projectors in bright rooms, dark for LED walls, dark halls and kiosks. */
export type Theme = 'light' | 'dark'
/** What the audience screen shows: the slide, or a black or white screen. Overview and help stay local to a window. */
export type Screen = 'show' | 'black' | 'white'

/** Everything another window needs to show the same place in the briefing. */
export interface DeckSnapshot {
  /** 0-based slide index. */
  slide: number
  step: number
  lang: Lang
  bilingual: boolean
  screen: Screen
}

/** A deck state stamped so that every window keeps the newest one (see sync.ts). */
export interface SyncMessage {
  seq: number
  /** Id of the window that made the change; breaks ties between equal sequence numbers. */
  origin: string
  state: DeckSnapshot
}

export interface KioskSettings {
  /** Seconds each slide stays; absent: the content's own dwell times. */
  dwellSeconds?: number
  languages: Lang[]
  idleSeconds: number
  /** Digits typed after the exit combination (Ctrl+Shift+Alt+X) to leave kiosk mode. */
  exitPin: string
}

export interface Settings {
  lang: Lang
  bilingual: boolean
  showProgress: boolean
  theme: Theme
  kiosk: KioskSettings & { enabled: boolean }
}

/** Commands the application menu sends to the audience window. */
export type MenuCommand =
  | { type: 'language'; lang: Lang }
  | { type: 'bilingual' }
  | { type: 'overview' }
  | { type: 'help' }
  | { type: 'black' }
  | { type: 'progress'; visible: boolean }
  /** Switches between the light and the dark theme (like the T key). */
  | { type: 'theme' }
  /** Kiosk mode: the exit combination was pressed; the renderer asks for the PIN and calls exitKiosk. */
  | { type: 'kiosk-exit-prompt' }

export type ExportFormat = 'pdf' | 'png'
export type HandoutVariant = 'slides' | 'notes' | 'bilingual'

export interface ExportProgress {
  done: number
  total: number
  /** Set once when the export ends. */
  result?: { ok: true; path: string } | { ok: false; message: string }
}

export interface AppInfo {
  version: string
  electron: string
  kiosk: boolean
}

/** Request/response channels (ipcRenderer.invoke → ipcMain.handle). */
export const invokeChannels = {
  getSettings: 'settings:get',
  saveSettings: 'settings:save',
  getInfo: 'app:info',
  openPresenter: 'presenter:open',
  toggleFullScreen: 'window:toggle-full-screen',
  exitKiosk: 'kiosk:exit',
  getDeckState: 'deck:get',
} as const

/** Fire-and-forget channels from a renderer (ipcRenderer.send → ipcMain.on). */
export const sendChannels = {
  publishDeck: 'deck:publish',
  printReady: 'print:ready',
} as const

/** Events pushed from the main process to renderers (webContents.send → ipcRenderer.on). */
export const eventChannels = {
  deckState: 'deck:state',
  menuCommand: 'menu:command',
  exportProgress: 'export:progress',
} as const

export interface InvokeContract {
  [invokeChannels.getSettings]: { args: []; result: Settings }
  [invokeChannels.saveSettings]: { args: [patch: Partial<Settings>]; result: Settings }
  [invokeChannels.getInfo]: { args: []; result: AppInfo }
  [invokeChannels.openPresenter]: { args: []; result: void }
  [invokeChannels.toggleFullScreen]: { args: [on?: boolean]; result: boolean }
  [invokeChannels.exitKiosk]: { args: [pin: string]; result: boolean }
  [invokeChannels.getDeckState]: { args: []; result: SyncMessage | null }
}

export interface SendContract {
  [sendChannels.publishDeck]: SyncMessage
  [sendChannels.printReady]: { pages: number }
}

export interface EventContract {
  [eventChannels.deckState]: SyncMessage
  [eventChannels.menuCommand]: MenuCommand
  [eventChannels.exportProgress]: ExportProgress
}

export type Unsubscribe = () => void

/** What the preload exposes on `window.briefing`: one function per channel. */
export interface BriefingApi {
  getSettings(): Promise<Settings>
  saveSettings(patch: Partial<Settings>): Promise<Settings>
  getInfo(): Promise<AppInfo>
  openPresenter(): Promise<void>
  /** Sets the window full screen (`on`), or toggles it when `on` is absent; resolves to the new state. */
  toggleFullScreen(on?: boolean): Promise<boolean>
  exitKiosk(pin: string): Promise<boolean>
  getDeckState(): Promise<SyncMessage | null>
  publishDeck(message: SyncMessage): void
  printReady(pages: number): void
  onDeckState(listener: (message: SyncMessage) => void): Unsubscribe
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe
  onExportProgress(listener: (progress: ExportProgress) => void): Unsubscribe
}

export const apiKey = 'briefing'
