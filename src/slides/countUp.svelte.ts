// One small shared tween for big numbers: 0 → value on entry, immediate when animation is off.
export class CountUp {
  progress = $state(1)
  private frame = 0

  constructor(private readonly durationMs = 1100) {}

  start(animate: boolean): void {
    cancelAnimationFrame(this.frame)
    if (!animate) {
      this.progress = 1
      return
    }
    this.progress = 0
    const started = performance.now()
    const tick = (now: number) => {
      const t = Math.min(1, (now - started) / this.durationMs)
      this.progress = 1 - (1 - t) ** 3
      if (t < 1) this.frame = requestAnimationFrame(tick)
    }
    this.frame = requestAnimationFrame(tick)
  }

  stop(): void {
    cancelAnimationFrame(this.frame)
    this.progress = 1
  }
}
