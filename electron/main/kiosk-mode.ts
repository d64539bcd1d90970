// Kiosk mode for the running app: no error dialogs; the display kept awake during opening hours
// only; a daily refresh of the window at a quiet time, never during a visitor's browse; an hourly
// heartbeat in the log; and a window that closes only after the exit PIN, a shutdown or the user
// logging out.
import type { BrowserWindow } from 'electron'
import type { KioskReport, KioskSettings } from '../../src/contract'
import type { AppDeps } from './context'
import { Heartbeat, type MainFigures } from './heartbeat'
import { exitCombination } from './kiosk'
import { holdDisplay, KioskSchedule, scheduleOptions } from './kiosk-hours'
import { lockDownKioskWindow } from './kiosk-window'
import type { Logger } from './log'

export interface KioskClock {
  now(): Date
  setInterval(run: () => void, ms: number): unknown
  /** Uptime and memory of the main process, for the heartbeat. */
  figures(): MainFigures
}

const systemClock: KioskClock = {
  now: () => new Date(),
  setInterval: (run, ms) => setInterval(run, ms),
  figures: () => ({ uptimeSeconds: process.uptime(), rssBytes: process.memoryUsage.rss() }),
}

export class KioskMode {
  private closable = false
  private readonly heartbeat = new Heartbeat()
  private readonly schedule: KioskSchedule
  private blocker: number | undefined

  constructor(
    private readonly deps: Pick<AppDeps, 'dialog' | 'powerMonitor' | 'powerSaveBlocker'>,
    private readonly log: Logger,
    settings: Pick<KioskSettings, 'hours' | 'refreshAt'>,
    private readonly clock: KioskClock = systemClock,
  ) {
    deps.dialog.showErrorBox = (title, content) => log.error(`${title}: ${content}`)
    log.info(`kiosk mode; exit with ${exitCombination} and the PIN`)
    deps.powerMonitor.on('shutdown', () => this.allowClose())
    this.schedule = new KioskSchedule(scheduleOptions(settings))
  }

  /** Looks at the kiosk's day every minute (and on resume and unlock); `reload` refreshes the window. */
  start(reload: () => void): void {
    const minute = () => {
      const day = this.schedule.tick(this.clock.now(), this.heartbeat.browsing)
      this.blocker = holdDisplay(this.deps.powerSaveBlocker, this.blocker, day.awake)
      const line = this.heartbeat.tick(this.clock.now().getTime(), this.clock.figures())
      if (line) this.log.info(line)
      if (day.refresh) {
        this.log.info('kiosk: daily refresh of the window')
        reload()
      }
    }
    minute()
    this.clock.setInterval(minute, 60_000)
    this.deps.powerMonitor.on('resume', minute)
    this.deps.powerMonitor.on('unlock-screen', minute)
  }

  /** The kiosk window's figures (uptime, heap, DOM nodes, live charts, loops, a visitor browsing). */
  report(report: KioskReport): void {
    this.heartbeat.report(report, this.clock.now().getTime())
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
