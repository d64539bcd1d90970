// The desktop kiosk's exit PIN: checked against a salted scrypt hash, never kept in plain text, and
// guarded by a lock-out that grows with each wrong PIN and survives a restart.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import { pinHashSchema, pinRule } from '../../src/contract'

const scryptParams = { N: 16384, r: 8, p: 1 } as const
const keyLength = 32

/** Why `pin` cannot be a kiosk PIN, or null when it can. */
export function pinProblem(pin: string): string | null {
  return pinRule.pattern.test(pin) ? null : `the PIN must be ${pinRule.minLength} to ${pinRule.maxLength} digits`
}

export function hashPin(pin: string, salt: Buffer = randomBytes(16)): string {
  const problem = pinProblem(pin)
  if (problem) throw new Error(problem)
  const { N, r, p } = scryptParams
  const hash = scryptSync(pin, salt, keyLength, { N, r, p })
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`
}

/** True when `pin` hashes to `stored`; the comparison takes the same time wherever they differ. */
export function verifyPin(pin: string, stored: string): boolean {
  if (!pinHashSchema.safeParse(stored).success) return false
  const [, n, r, p, salt, hash] = stored.split('$') as [string, string, string, string, string, string]
  const expected = Buffer.from(hash, 'base64')
  const N = Number(n)
  // Parameters far beyond what hashPin writes would let an edited file stall the app.
  if (N > 1 << 20 || Number(r) > 32 || Number(p) > 16 || expected.length === 0) return false
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 256 * N * Number(r) + 1024 * 1024,
  })
  return timingSafeEqual(actual, expected)
}

/** Wrong PINs allowed before the first lock-out (a typo should not lock the screen). */
export const freeAttempts = 2
export const maxLockMs = 60 * 60_000

/** How long the kiosk refuses every PIN after the `failures`-th wrong one in a row: 1, 2, 4, 8 … minutes, capped. */
export function lockoutMs(failures: number): number {
  if (failures <= freeAttempts) return 0
  return Math.min(maxLockMs, 60_000 * 2 ** (failures - freeAttempts - 1))
}

export interface LockState {
  failures: number
  /** Epoch milliseconds; 0 when not locked. */
  lockedUntil: number
}

export interface LockStore {
  load(): Promise<LockState | null>
  save(state: LockState): Promise<void>
}

export type PinResult = { ok: true } | { ok: false; lockedForMs: number }

export function parseLockState(value: unknown): LockState | null {
  if (typeof value !== 'object' || value === null) return null
  const { failures, lockedUntil } = value as Record<string, unknown>
  if (!Number.isSafeInteger(failures) || (failures as number) < 0) return null
  if (!Number.isSafeInteger(lockedUntil) || (lockedUntil as number) < 0) return null
  return { failures: failures as number, lockedUntil: lockedUntil as number }
}

/**
 * The gate in front of kiosk exit. Every attempt during a lock-out fails, the right PIN too. The
 * count and the lock are saved after each attempt, so restarting the app does not reset them.
 */
export class PinLock {
  private state: LockState = { failures: 0, lockedUntil: 0 }
  private loaded: Promise<void> | null = null
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly pinHash: () => string | undefined,
    private readonly store: LockStore,
    private readonly clock: () => number = Date.now,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** Attempts run one after another, so two quick tries cannot both slip past the count. */
  attempt(pin: string): Promise<PinResult> {
    const run = this.queue.then(() => this.check(pin))
    this.queue = run.catch(() => {})
    return run
  }

  private async check(pin: string): Promise<PinResult> {
    this.loaded ??= this.store.load().then(
      (state) => {
        if (state) this.state = state
      },
      (error) => this.log(`kiosk lock: could not be read (${(error as Error).message}); starting unlocked`),
    )
    await this.loaded
    const now = this.clock()
    if (now < this.state.lockedUntil) return { ok: false, lockedForMs: this.state.lockedUntil - now }
    const stored = this.pinHash()
    if (stored !== undefined && verifyPin(pin, stored)) {
      await this.persist({ failures: 0, lockedUntil: 0 })
      return { ok: true }
    }
    const failures = this.state.failures + 1
    const lock = lockoutMs(failures)
    await this.persist({ failures, lockedUntil: lock ? now + lock : 0 })
    return { ok: false, lockedForMs: lock }
  }

  private async persist(state: LockState): Promise<void> {
    this.state = state
    await this.store.save(state).catch((error) => this.log(`kiosk lock: not saved (${(error as Error).message})`))
  }
}
