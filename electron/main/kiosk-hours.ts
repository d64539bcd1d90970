// The desktop kiosk's day: inside its opening hours the display is kept awake (the renderer plays),
// outside them the display may sleep (the renderer shows black); once a day, at the refresh time,
// the window is reloaded as hygiene, never while a visitor browses (then as soon as they are done).
// The clock is passed in, so that a week can be simulated in a test.
import {
  DailyRefresh,
  defaultRefreshAt,
  isOpen,
  parseHours,
  parseTime,
  type HoursSpan,
  type KioskSettings,
} from '../../src/contract'

export interface KioskDay {
  /** Keep the display awake (inside the opening hours). */
  awake: boolean
  /** Reload the kiosk window now. */
  refresh: boolean
}

export interface KioskScheduleOptions {
  hours: HoursSpan[]
  /** Minutes after midnight. */
  refreshAt: number
}

/** The schedule's options from the settings (checked when read: an unreadable value falls back to always open, 03:00). */
export function scheduleOptions(kiosk: Pick<KioskSettings, 'hours' | 'refreshAt'>): KioskScheduleOptions {
  const hours = kiosk.hours === undefined ? undefined : parseHours(kiosk.hours)
  const refreshAt = parseTime(kiosk.refreshAt ?? defaultRefreshAt) ?? parseTime(defaultRefreshAt)!
  return { hours: hours?.ok ? hours.value : [], refreshAt }
}

export class KioskSchedule {
  private readonly refresh: DailyRefresh

  constructor(private readonly options: KioskScheduleOptions) {
    this.refresh = new DailyRefresh(options.refreshAt)
  }

  /** What to do at `now`, given whether a visitor is browsing. Call it every minute or so. */
  tick(now: Date, browsing: boolean): KioskDay {
    return { awake: isOpen(this.options.hours, now), refresh: this.refresh.tick(now, browsing) }
  }
}

export interface BlockerControl {
  start(type: 'prevent-display-sleep'): number
  stop(id: number): void
  isStarted(id: number): boolean
}

/** Holds a display-sleep blocker exactly while `awake`; returns the running blocker's id, if any. */
export function holdDisplay(blocker: BlockerControl, id: number | undefined, awake: boolean): number | undefined {
  const running = id !== undefined && blocker.isStarted(id)
  if (awake) return running ? id : blocker.start('prevent-display-sleep')
  if (running) blocker.stop(id)
  return undefined
}
