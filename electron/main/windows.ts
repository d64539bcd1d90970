// Creating the app's windows and keeping track of them. The only place a BrowserWindow is made.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { appTitle } from './menu'
import type { Rect, WindowPlace } from './placement'
import { webPreferences } from './security'

export type WindowRole = 'audience' | 'presenter' | 'print'

export interface WindowSpec {
  role: WindowRole
  preload: string
  devTools: boolean
  /** Print windows are never shown. */
  show: boolean
  kiosk?: boolean
  bounds?: Rect
  fullScreen?: boolean
  /** Offscreen rendering at device scale 1 (slide images). */
  offscreen?: boolean
  icon?: string
}

/** Electron's BrowserWindow, passed in (see app.ts). */
export type WindowFactory = new (options: BrowserWindowConstructorOptions) => BrowserWindow

export function createWindow(BrowserWindow: WindowFactory, spec: WindowSpec): BrowserWindow {
  const prefs = webPreferences({
    preload: spec.preload,
    devTools: spec.devTools && !spec.kiosk,
    offscreen: spec.offscreen,
  })
  const win = new BrowserWindow({
    title: appTitle,
    show: false,
    paintWhenInitiallyHidden: true,
    backgroundColor: '#000000',
    ...(spec.bounds ?? { width: 1280, height: 720 }),
    useContentSize: spec.role === 'print',
    fullscreen: Boolean(spec.fullScreen || spec.kiosk),
    kiosk: Boolean(spec.kiosk),
    autoHideMenuBar: Boolean(spec.kiosk),
    ...(spec.icon ? { icon: spec.icon } : {}),
    // The hardening values are restated here so they hold at the one construction site whatever
    // the builder returns; webPreferences() (unit-tested) supplies the rest.
    webPreferences: {
      ...prefs,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
      // A hidden export window must keep its animation frames running: charts report "finished" from them.
      backgroundThrottling: spec.role !== 'print',
    },
  })
  // Keep the bilingual title whatever the page calls itself.
  win.on('page-title-updated', (event) => event.preventDefault())
  if (spec.show) win.once('ready-to-show', () => win.show())
  return win
}

/** Moves a window to a place; a full-screen window leaves full screen first (asynchronous on macOS). */
export function applyPlace(win: BrowserWindow, place: WindowPlace): void {
  const apply = () => {
    if (win.isDestroyed()) return
    win.setBounds(place.bounds)
    if (place.fullScreen) win.setFullScreen(true)
  }
  if (win.isFullScreen() && !win.isKiosk()) {
    win.once('leave-full-screen', apply)
    win.setFullScreen(false)
  } else {
    apply()
  }
}

export class WindowRegistry {
  audience: BrowserWindow | undefined
  presenter: BrowserWindow | undefined
  private readonly printWindows = new Set<BrowserWindow>()

  addPrint(win: BrowserWindow): void {
    this.printWindows.add(win)
  }

  removePrint(win: BrowserWindow): void {
    this.printWindows.delete(win)
  }

  /** The windows that show the deck (audience, presenter). */
  deckWindows(): BrowserWindow[] {
    return [this.audience, this.presenter].filter((w): w is BrowserWindow => w !== undefined && !w.isDestroyed())
  }

  /** True for the webContents of any window the app made. */
  owns(contentsId: number): boolean {
    return [...this.deckWindows(), ...this.printWindows].some(
      (w) => !w.isDestroyed() && w.webContents.id === contentsId,
    )
  }

  byContentsId(contentsId: number): BrowserWindow | undefined {
    return this.deckWindows().find((w) => w.webContents.id === contentsId)
  }
}

/** Sets a window full screen (`on`) or toggles it; a kiosk window stays full screen. Returns the new state. */
export function toggleFullScreen(win: BrowserWindow | undefined, on?: boolean): boolean {
  if (!win || win.isDestroyed()) return false
  if (win.isKiosk()) return true
  const next = on ?? !win.isFullScreen()
  win.setFullScreen(next)
  return next
}
