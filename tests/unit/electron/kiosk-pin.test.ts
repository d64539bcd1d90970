import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { hashPin, lockoutMs, PinLock, pinProblem, verifyPin, type LockState } from '../../../electron/main/kiosk-pin'
import { lockFileStore } from '../../../electron/main/lock-file'
import { setKioskPin, terminalAsker } from '../../../electron/main/set-kiosk-pin'
import { SettingsStore } from '../../../electron/main/settings'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-pin-test-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('the PIN rule and its hash', () => {
  it('takes 6 to 12 digits and nothing else', () => {
    for (const pin of ['123456', '123456789012']) expect(pinProblem(pin)).toBeNull()
    for (const pin of ['0000', '12345', '1234567890123', '12345a', ' 123456', ''])
      expect(pinProblem(pin)).toBe('the PIN must be 6 to 12 digits')
    expect(() => hashPin('0000')).toThrow(/6 to 12 digits/)
  })

  it('stores a salted scrypt hash, never the digits, and verifies only the right PIN', () => {
    const a = hashPin('246810')
    const b = hashPin('246810')
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/)
    expect(a).not.toContain('246810')
    expect(a).not.toBe(b)
    expect(verifyPin('246810', a)).toBe(true)
    expect(verifyPin('246811', a)).toBe(false)
    expect(verifyPin('', a)).toBe(false)
  })

  it('refuses a malformed or hostile hash instead of stalling on it', () => {
    expect(verifyPin('246810', 'plain-246810')).toBe(false)
    const salt = Buffer.from('salt').toString('base64')
    expect(verifyPin('246810', `scrypt$1073741824$8$1$${salt}$${salt}`)).toBe(false)
  })
})

describe('the lock-out', () => {
  it('allows two typos, then locks 1, 2, 4, 8 … minutes, capped at an hour', () => {
    expect([1, 2, 3, 4, 5, 6].map(lockoutMs)).toEqual([0, 0, 60_000, 120_000, 240_000, 480_000])
    expect(lockoutMs(40)).toBe(3_600_000)
  })

  function memoryStore(initial: LockState | null = null) {
    let saved = initial
    return {
      load: async () => saved,
      save: async (state: LockState) => {
        saved = state
      },
      get saved() {
        return saved
      },
    }
  }

  it('refuses even the right PIN while locked, then opens; a right PIN resets the count', async () => {
    let now = 1_000_000
    const hash = hashPin('135790')
    const lock = new PinLock(
      () => hash,
      memoryStore(),
      () => now,
    )
    expect(await lock.attempt('000000')).toEqual({ ok: false, lockedForMs: 0 })
    expect(await lock.attempt('000000')).toEqual({ ok: false, lockedForMs: 0 })
    expect(await lock.attempt('000000')).toEqual({ ok: false, lockedForMs: 60_000 })
    now += 30_000
    expect(await lock.attempt('135790')).toEqual({ ok: false, lockedForMs: 30_000 })
    now += 30_000
    expect(await lock.attempt('000000')).toEqual({ ok: false, lockedForMs: 120_000 })
    now += 120_000
    expect(await lock.attempt('135790')).toEqual({ ok: true })
    expect(await lock.attempt('000000')).toEqual({ ok: false, lockedForMs: 0 })
  })

  it('survives a restart: a new gate over the same lock file keeps the count and the lock', async () => {
    let now = 5_000_000
    const dir = tempDir()
    const hash = hashPin('135790')
    const first = new PinLock(
      () => hash,
      lockFileStore(dir),
      () => now,
    )
    for (let i = 0; i < 3; i++) await first.attempt('999999')
    expect(JSON.parse(readFileSync(join(dir, 'kiosk-lock.json'), 'utf8'))).toEqual({
      failures: 3,
      lockedUntil: now + 60_000,
    })
    now += 1_000
    const afterRestart = new PinLock(
      () => hash,
      lockFileStore(dir),
      () => now,
    )
    expect(await afterRestart.attempt('135790')).toEqual({ ok: false, lockedForMs: 59_000 })
    now += 59_000
    expect(await afterRestart.attempt('999999')).toEqual({ ok: false, lockedForMs: 120_000 })
    expect(readdirSync(dir)).toEqual(['kiosk-lock.json'])
  })

  it('runs attempts one after another, so quick tries cannot slip past the count', async () => {
    const hash = hashPin('135790')
    const store = memoryStore()
    const lock = new PinLock(
      () => hash,
      store,
      () => 0,
    )
    const results = await Promise.all([1, 2, 3, 4].map(() => lock.attempt('000000')))
    expect(results.map((r) => (r.ok ? 0 : r.lockedForMs))).toEqual([0, 0, 60_000, 60_000])
    expect(store.saved?.failures).toBe(3)
  })

  it('without a PIN set, nothing opens the kiosk', async () => {
    const lock = new PinLock(
      () => undefined,
      memoryStore(),
      () => 0,
    )
    expect((await lock.attempt('0000')).ok).toBe(false)
    expect((await lock.attempt('')).ok).toBe(false)
  })

  it('a corrupt lock file is reported, not trusted', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'kiosk-lock.json'), '{nope')
    const logged: string[] = []
    const hash = hashPin('135790')
    const lock = new PinLock(
      () => hash,
      lockFileStore(dir),
      () => 0,
      (m) => logged.push(m),
    )
    expect(await lock.attempt('135790')).toEqual({ ok: true })
    expect(logged).toEqual([expect.stringContaining('kiosk-lock.json is not valid JSON')])
  })
})

describe('--set-kiosk-pin', () => {
  const asking = (...answers: (string | null)[]) => {
    const questions: string[] = []
    return { questions, ask: async (q: string) => (questions.push(q), answers.shift() ?? null) }
  }

  it('asks twice and stores only the hash in the settings file, keeping the other settings', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ lang: 'en', kiosk: { idleSeconds: 60 } }))
    const store = new SettingsStore(dir)
    const { ask, questions } = asking('20261201', '20261201')
    const result = await setKioskPin({ ask, store })
    expect(result.code).toBe(0)
    expect(result.message).toContain(join(dir, 'settings.json'))
    expect(questions).toHaveLength(2)
    const text = readFileSync(join(dir, 'settings.json'), 'utf8')
    expect(text).not.toContain('20261201')
    const saved = JSON.parse(text)
    expect(saved).toMatchObject({ lang: 'en', kiosk: { idleSeconds: 60 } })
    expect(verifyPin('20261201', saved.kiosk.pinHash)).toBe(true)
  })

  it.each([
    ['a short PIN', ['1234'], /6 to 12 digits/],
    ['two different PINs', ['123456', '654321'], /the two PINs differ/],
    ['no input', [null], /No PIN given/],
  ])('refuses %s and writes nothing', async (_what, answers, message) => {
    const dir = tempDir()
    const { ask } = asking(...(answers as (string | null)[]))
    const result = await setKioskPin({ ask, store: new SettingsStore(dir) })
    expect(result).toEqual({ code: 2, message: expect.stringMatching(message) })
    expect(readdirSync(dir)).toEqual([])
  })

  it('reads piped answers line by line', async () => {
    const input = new PassThrough()
    const output = new PassThrough()
    const ask = terminalAsker(input, output)
    input.end('112233\n112233\n')
    expect(await ask('first? ')).toBe('112233')
    expect(await ask('again? ')).toBe('112233')
    expect(await ask('more? ')).toBeNull()
    expect(output.read().toString()).toBe('first? again? more? ')
  })
})
