import { describe, expect, it } from 'vitest'
import { Stopwatch, formatDuration, paceHint, parseStopwatchState } from '../../src/chrome/stopwatch.svelte'

describe('Stopwatch', () => {
  it('counts only while running, and resets to zero', () => {
    let now = 1_000
    const watch = new Stopwatch(() => now)
    expect(watch.elapsed()).toBe(0)
    watch.start()
    now += 5_000
    expect(watch.elapsed()).toBe(5_000)
    watch.pause()
    now += 60_000
    expect(watch.elapsed()).toBe(5_000)
    watch.toggle()
    now += 1_000
    expect(watch.elapsed()).toBe(6_000)
    watch.reset()
    expect(watch.elapsed()).toBe(0)
    now += 2_000
    expect(watch.elapsed()).toBe(2_000)
  })
  it('never goes negative when the clock steps back', () => {
    let now = 10_000
    const watch = new Stopwatch(() => now)
    watch.start()
    now = 5_000
    expect(watch.elapsed()).toBe(0)
  })
})

describe('Stopwatch state', () => {
  it('carries on from a saved state, counting the time in between while it ran', () => {
    let now = 1_000
    const first = new Stopwatch(() => now)
    first.start()
    now += 4_000
    const saved = parseStopwatchState(JSON.stringify(first.state))
    now += 3_000
    const again = new Stopwatch(() => now, saved)
    expect(again.running).toBe(true)
    expect(again.elapsed()).toBe(7_000)
  })
  it('keeps a paused watch paused at its time', () => {
    let now = 1_000
    const first = new Stopwatch(() => now)
    first.start()
    now += 2_500
    first.pause()
    const again = new Stopwatch(() => now + 60_000, parseStopwatchState(JSON.stringify(first.state)))
    expect(again.running).toBe(false)
    expect(again.elapsed()).toBe(2_500)
    expect(again.idle).toBe(false)
  })
  it('is idle only when stopped at zero', () => {
    let now = 0
    const watch = new Stopwatch(() => now)
    expect(watch.idle).toBe(true)
    watch.start()
    expect(watch.idle).toBe(false)
    now += 1_000
    watch.pause()
    expect(watch.idle).toBe(false)
    watch.reset()
    expect(watch.idle).toBe(true)
  })
  it('reads nothing from text that is not a saved watch', () => {
    for (const text of [
      null,
      '',
      'not json',
      'null',
      '[]',
      '{"banked":-1,"startedAt":0,"running":true}',
      '{"banked":0,"startedAt":"5","running":true}',
      '{"banked":0,"startedAt":5}',
      '{"banked":1e999,"startedAt":5,"running":false}',
    ])
      expect(parseStopwatchState(text), String(text)).toBeUndefined()
    expect(parseStopwatchState('{"banked":5,"startedAt":9,"running":false}')).toEqual({
      banked: 5,
      startedAt: 9,
      running: false,
    })
  })
})

describe('paceHint', () => {
  it('is on track within a minute of the plan', () => {
    expect(paceHint(10 * 60_000 + 30_000, 30 * 60_000, 10, 30)).toEqual({ status: 'on-track', minutes: 0 })
  })
  it('says how many minutes behind or ahead', () => {
    expect(paceHint(15 * 60_000, 30 * 60_000, 10, 30)).toEqual({ status: 'behind', minutes: 5 })
    expect(paceHint(5 * 60_000, 30 * 60_000, 20, 30)).toEqual({ status: 'ahead', minutes: 15 })
  })
  it('has nothing to say without a plan', () => {
    expect(paceHint(5 * 60_000, 0, 3, 30).status).toBe('on-track')
  })
})

describe('formatDuration', () => {
  it('writes minutes and seconds, and hours when needed', () => {
    expect(formatDuration(0)).toBe('00:00')
    expect(formatDuration(65_400)).toBe('01:05')
    expect(formatDuration(3_726_000)).toBe('1:02:06')
  })
})
