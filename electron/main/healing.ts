// Recovering a window whose renderer crashed or hung: reload within a budget, then a local
// "restarting" screen that retries slowly instead of looping.

export class ReloadBudget {
  private readonly times: number[] = []

  constructor(
    private readonly max = 3,
    private readonly windowMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Spends one reload if fewer than `max` happened in the last `windowMs`. */
  take(): boolean {
    const now = this.clock()
    while (this.times.length && now - this.times[0]! >= this.windowMs) this.times.shift()
    if (this.times.length >= this.max) return false
    this.times.push(now)
    return true
  }
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface HealingActions {
  /** Load the app page again. */
  reload(): void
  /** End a hung renderer (webContents.forcefullyCrashRenderer); a 'gone' event follows. */
  kill(): void
  /** Load the local restarting screen. */
  showRestarting(): void
  log(message: string): void
}

export interface HealerOptions {
  budget?: ReloadBudget
  timers?: Timers
  /** How long a renderer may stay unresponsive before it is ended. */
  hangGraceMs?: number
  /** How long the restarting screen stays before the app page is tried again. */
  retryMs?: number
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export class Healer {
  private hangTimer: unknown
  private retryTimer: unknown
  private restarting = false
  private readonly budget: ReloadBudget
  private readonly timers: Timers
  private readonly hangGraceMs: number
  private readonly retryMs: number

  constructor(
    private readonly actions: HealingActions,
    options: HealerOptions = {},
  ) {
    this.budget = options.budget ?? new ReloadBudget()
    this.timers = options.timers ?? realTimers
    this.hangGraceMs = options.hangGraceMs ?? 10_000
    this.retryMs = options.retryMs ?? 30_000
  }

  get showingRestartScreen(): boolean {
    return this.restarting
  }

  /** webContents 'render-process-gone'. */
  gone(reason: string): void {
    this.clearHang()
    if (reason === 'clean-exit') return
    this.actions.log(`renderer gone: ${reason}`)
    if (this.restarting) return
    if (this.budget.take()) this.actions.reload()
    else this.enterRestarting()
  }

  /** webContents 'unresponsive'. */
  unresponsive(): void {
    if (this.hangTimer !== undefined || this.restarting) return
    this.actions.log('renderer unresponsive')
    this.hangTimer = this.timers.setTimeout(() => {
      this.hangTimer = undefined
      this.actions.log(`renderer still unresponsive after ${this.hangGraceMs} ms; ending it`)
      this.actions.kill()
    }, this.hangGraceMs)
  }

  /** webContents 'responsive'. */
  responsive(): void {
    this.clearHang()
  }

  dispose(): void {
    this.clearHang()
    if (this.retryTimer !== undefined) this.timers.clearTimeout(this.retryTimer)
    this.retryTimer = undefined
  }

  private enterRestarting(): void {
    this.restarting = true
    this.actions.log(`reload budget spent; showing the restarting screen, next try in ${this.retryMs} ms`)
    this.actions.showRestarting()
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = undefined
      this.restarting = false
      this.actions.reload()
    }, this.retryMs)
  }

  private clearHang(): void {
    if (this.hangTimer !== undefined) this.timers.clearTimeout(this.hangTimer)
    this.hangTimer = undefined
  }
}
