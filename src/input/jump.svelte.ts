// "Type a slide number, then Enter": the digits typed so far, forgotten after a pause.
export class JumpBuffer {
  digits = $state('')
  private typedAt = 0
  private forgetTimer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly forgetAfterMs = 4000,
  ) {}

  type(digit: string): void {
    const time = this.now()
    if (time - this.typedAt > this.forgetAfterMs) this.digits = ''
    this.typedAt = time
    if (this.digits.length < 3) this.digits += digit
    // What is shown is what Enter takes: the digits leave the screen when they are forgotten.
    clearTimeout(this.forgetTimer)
    this.forgetTimer = setTimeout(() => this.clear(), this.forgetAfterMs)
  }

  /** The number typed, if any, still fresh; clears the buffer. */
  take(): number | null {
    const fresh = this.now() - this.typedAt <= this.forgetAfterMs
    const number = this.digits && fresh ? Number(this.digits) : null
    this.clear()
    return number
  }

  erase(): boolean {
    if (!this.digits) return false
    this.digits = this.digits.slice(0, -1)
    return true
  }

  clear(): void {
    clearTimeout(this.forgetTimer)
    this.forgetTimer = undefined
    this.digits = ''
  }
}
