import { describe, expect, it } from 'vitest'
import { Stopwatch, formatDuration, paceHint } from '../../src/chrome/stopwatch.svelte'

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
