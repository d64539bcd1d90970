// Kiosk mode for the running app: no error dialogs, the display kept awake, and a window that
// closes only after the exit PIN, a shutdown or the user logging out.
import type { BrowserWindow } from 'electron'
import type { AppDeps } from './context'
import { ensureDisplayAwake, exitCombination } from './kiosk'
import { lockDownKioskWindow } from './kiosk-window'
import type { Logger } from './log'

export class KioskMode {
  private closable = false

  constructor(
    deps: Pick<AppDeps, 'dialog' | 'powerMonitor' | 'powerSaveBlocker'>,
    private readonly log: Logger,
  ) {
    deps.dialog.showErrorBox = (title, content) => log.error(`${title}: ${content}`)
    log.info(`kiosk mode; exit with ${exitCombination} and the PIN`)
    deps.powerMonitor.on('shutdown', () => this.allowClose())
    let blocker = ensureDisplayAwake(deps.powerSaveBlocker, undefined)
    const recheck = () => {
      blocker = ensureDisplayAwake(deps.powerSaveBlocker, blocker)
    }
    deps.powerMonitor.on('resume', recheck)
    deps.powerMonitor.on('unlock-screen', recheck)
  }

  /** The exit PIN was accepted, or the system is going down. */
  allowClose(): void {
    this.closable = true
  }

  /** Key filter, hidden cursor, and no closing until allowed (or the app is quitting). */
  lockDown(win: BrowserWindow, quitting: () => boolean): void {
    lockDownKioskWindow(win, () => this.closable || quitting())
    win.on('session-end', () => this.allowClose())
  }
}
