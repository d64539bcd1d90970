// A visitor's interaction pauses the tour; after a quiet spell it ends by itself. Times are
// milliseconds from an injected clock. A clock that goes back restarts the quiet spell rather
// than holding the pause until the clock catches up.
export class IdleTimer {
  private lastInteraction: number | null = null

  constructor(readonly idleMs: number) {
    if (!(idleMs > 0)) throw new Error('the idle time must be positive')
  }

  get paused(): boolean {
    return this.lastInteraction !== null
  }

  /** A visitor did something: pause, and count the quiet spell from now. */
  interact(now: number): void {
    this.lastInteraction = now
  }

  /** True once, at the first tick after `idleMs` without interaction; the pause is then over. */
  expired(now: number): boolean {
    const last = this.lastInteraction
    if (last === null) return false
    if (now < last) {
      this.lastInteraction = now
      return false
    }
    if (now - last < this.idleMs) return false
    this.lastInteraction = null
    return true
  }

  /** Milliseconds of quiet still needed before the pause ends (0 when not paused). */
  remaining(now: number): number {
    const last = this.lastInteraction
    if (last === null) return 0
    return Math.max(0, this.idleMs - Math.max(0, now - last))
  }
}
