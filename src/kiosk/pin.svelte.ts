// The exit PIN as it is typed: digits only, kept out of sight, given up after a quiet spell.
import type { PinKeyAction } from './keys'

export const pinTimeoutMs = 30_000
export const pinMaxLength = 12

export class PinEntry {
  digits = $state('')
  /** The last PIN typed was wrong. */
  wrong = $state(false)
  /** A PIN is being checked; keys wait. */
  checking = $state(false)
  private lastInput: number

  constructor(
    now: number,
    readonly timeoutMs = pinTimeoutMs,
  ) {
    this.lastInput = now
  }

  /** Applies one key; returns 'submit' with a PIN to check, or 'cancel'. */
  press(action: PinKeyAction, key: string, now: number): 'submit' | 'cancel' | null {
    if (action === 'swallow') return null
    this.lastInput = now
    if (action === 'cancel') return 'cancel'
    if (this.checking) return null
    if (action === 'digit' && this.digits.length < pinMaxLength) {
      this.digits += key
      this.wrong = false
    } else if (action === 'erase') this.digits = this.digits.slice(0, -1)
    else if (action === 'submit' && this.digits) {
      this.checking = true
      return 'submit'
    }
    return null
  }

  reject(now: number): void {
    this.digits = ''
    this.wrong = true
    this.checking = false
    this.lastInput = now
  }

  /** True when nothing was typed for `timeoutMs`; a clock that went back counts from now. */
  expired(now: number): boolean {
    if (now < this.lastInput) this.lastInput = now
    return !this.checking && now - this.lastInput >= this.timeoutMs
  }
}
