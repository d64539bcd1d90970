// The presenter's talk timer: start, pause, reset; time read from an injected clock.

/** What a watch needs to carry on where it was: banked time, and since when it has been running. */
export interface StopwatchState {
  banked: number
  startedAt: number
  running: boolean
}

export class Stopwatch {
  running = $state(false)
  /** Time banked by earlier runs. */
  private banked = $state(0)
  private startedAt = $state(0)

  constructor(
    private readonly clock: () => number = () => Date.now(),
    from?: StopwatchState,
  ) {
    if (!from) return
    this.banked = from.banked
    this.startedAt = from.startedAt
    this.running = from.running
  }

  get state(): StopwatchState {
    return { banked: this.banked, startedAt: this.startedAt, running: this.running }
  }

  /** Whether the watch is stopped at zero: nothing timed yet, or reset while paused. */
  get idle(): boolean {
    return !this.running && this.banked === 0
  }

  /** Milliseconds on the watch at `now`. */
  elapsed(now = this.clock()): number {
    return this.banked + (this.running ? Math.max(0, now - this.startedAt) : 0)
  }

  start(): void {
    if (this.running) return
    this.startedAt = this.clock()
    this.running = true
  }

  pause(): void {
    if (!this.running) return
    this.banked = this.elapsed()
    this.running = false
  }

  toggle(): void {
    if (this.running) this.pause()
    else this.start()
  }

  reset(): void {
    this.banked = 0
    this.startedAt = this.clock()
  }
}

/**
 * A watch's state read back from storage (JSON text), or undefined when there is none or it is not
 * a watch's: finite, non-negative times only.
 */
export function parseStopwatchState(text: string | null): StopwatchState | undefined {
  if (!text) return undefined
  try {
    const raw = JSON.parse(text) as Record<string, unknown> | null
    if (!raw || typeof raw !== 'object') return undefined
    const { banked, startedAt, running } = raw
    const time = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0
    if (!time(banked) || !time(startedAt) || typeof running !== 'boolean') return undefined
    return { banked, startedAt, running }
  } catch {
    return undefined
  }
}

export type PaceStatus = 'on-track' | 'ahead' | 'behind'

/**
 * How the talk is going against its plan: where the clock says the presenter should be (slides
 * share the planned time evenly) compared with where they are. Within a minute counts as on track.
 */
export function paceHint(
  elapsedMs: number,
  plannedMs: number,
  slideIndex: number,
  total: number,
): { status: PaceStatus; minutes: number } {
  if (plannedMs <= 0 || total <= 0) return { status: 'on-track', minutes: 0 }
  const expectedMs = (plannedMs * slideIndex) / total
  const deltaMinutes = (elapsedMs - expectedMs) / 60_000
  if (Math.abs(deltaMinutes) < 1) return { status: 'on-track', minutes: 0 }
  return { status: deltaMinutes > 0 ? 'behind' : 'ahead', minutes: Math.round(Math.abs(deltaMinutes)) }
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const mm = String(m).padStart(2, '0')
  const ss = String(s).padStart(2, '0')
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}
