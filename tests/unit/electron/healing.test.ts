import { describe, expect, it } from 'vitest'
import { Healer, ReloadBudget, type Timers } from '../../../electron/main/healing'

class FakeTime implements Timers {
  now = 0
  private timers = new Map<number, { at: number; run: () => void }>()
  private next = 1
  setTimeout(run: () => void, ms: number) {
    const id = this.next++
    this.timers.set(id, { at: this.now + ms, run })
    return id
  }
  clearTimeout(handle: unknown) {
    this.timers.delete(handle as number)
  }
  advance(ms: number) {
    const end = this.now + ms
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      this.timers.delete(due[0])
      this.now = due[1].at
      due[1].run()
    }
    this.now = end
  }
  get pending() {
    return this.timers.size
  }
}

function setup() {
  const time = new FakeTime()
  const calls: string[] = []
  const healer = new Healer(
    {
      reload: () => calls.push('reload'),
      kill: () => calls.push('kill'),
      showRestarting: () => calls.push('restarting'),
      log: () => {},
    },
    { budget: new ReloadBudget(3, 60_000, () => time.now), timers: time, hangGraceMs: 10_000, retryMs: 30_000 },
  )
  return { time, calls, healer }
}

describe('ReloadBudget', () => {
  it('allows 3 reloads in any 60 s window', () => {
    let now = 0
    const budget = new ReloadBudget(3, 60_000, () => now)
    expect([budget.take(), budget.take(), budget.take(), budget.take()]).toEqual([true, true, true, false])
    now = 59_999
    expect(budget.take()).toBe(false)
    now = 60_000
    expect([budget.take(), budget.take(), budget.take(), budget.take()]).toEqual([true, true, true, false])
  })
})

describe('Healer', () => {
  it('reloads after a crash, but not after a clean exit', () => {
    const { healer, calls } = setup()
    healer.gone('clean-exit')
    expect(calls).toEqual([])
    healer.gone('crashed')
    expect(calls).toEqual(['reload'])
  })

  it('over budget: the restarting screen, then a slow retry, never a tight loop', () => {
    const { healer, calls, time } = setup()
    for (let i = 0; i < 3; i++) {
      healer.gone('crashed')
      time.advance(1_000)
    }
    expect(calls).toEqual(['reload', 'reload', 'reload'])
    healer.gone('oom')
    expect(calls.at(-1)).toBe('restarting')
    expect(healer.showingRestartScreen).toBe(true)
    healer.gone('crashed')
    healer.gone('crashed')
    expect(calls.filter((c) => c === 'restarting')).toHaveLength(1)
    time.advance(29_999)
    expect(calls.at(-1)).toBe('restarting')
    time.advance(1)
    expect(calls.at(-1)).toBe('reload')
    expect(healer.showingRestartScreen).toBe(false)
  })

  it('a crash right after the retry, still inside the budget window, goes back to the restarting screen', () => {
    const { healer, calls, time } = setup()
    for (let i = 0; i < 4; i++) healer.gone('crashed')
    time.advance(30_000)
    healer.gone('crashed')
    expect(calls).toEqual(['reload', 'reload', 'reload', 'restarting', 'reload', 'restarting'])
  })

  it('a hang is given 10 s, then the renderer is ended (and the crash path reloads)', () => {
    const { healer, calls, time } = setup()
    healer.unresponsive()
    healer.unresponsive()
    time.advance(9_999)
    expect(calls).toEqual([])
    time.advance(1)
    expect(calls).toEqual(['kill'])
    healer.gone('killed')
    expect(calls).toEqual(['kill', 'reload'])
  })

  it('a renderer that becomes responsive again is left alone', () => {
    const { healer, calls, time } = setup()
    healer.unresponsive()
    time.advance(5_000)
    healer.responsive()
    time.advance(60_000)
    expect(calls).toEqual([])
  })

  it('dispose clears every timer', () => {
    const { healer, time } = setup()
    for (let i = 0; i < 4; i++) healer.gone('crashed')
    healer.unresponsive()
    healer.dispose()
    expect(time.pending).toBe(0)
  })
})
