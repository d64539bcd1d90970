import { describe, expect, it } from 'vitest'
import { IdleTimer } from '../../../src/kiosk/idle'

describe('IdleTimer', () => {
  it('is not paused until a visitor interacts', () => {
    const idle = new IdleTimer(300_000)
    expect(idle.paused).toBe(false)
    expect(idle.expired(1_000_000)).toBe(false)
    expect(idle.remaining(1_000_000)).toBe(0)
  })

  it('pauses on an interaction and ends the pause once, after the idle time', () => {
    const idle = new IdleTimer(300_000)
    idle.interact(1000)
    expect(idle.paused).toBe(true)
    expect(idle.expired(300_999)).toBe(false)
    expect(idle.remaining(300_999)).toBe(1)
    expect(idle.expired(301_000)).toBe(true)
    expect(idle.paused).toBe(false)
    expect(idle.expired(301_250)).toBe(false)
  })

  it('counts the idle time again from an interaction made while waiting', () => {
    const idle = new IdleTimer(1500)
    idle.interact(0)
    expect(idle.expired(1000)).toBe(false)
    idle.interact(1200)
    expect(idle.expired(1500)).toBe(false)
    expect(idle.expired(2699)).toBe(false)
    expect(idle.expired(2700)).toBe(true)
  })

  it('restarts the quiet spell when the clock goes back instead of waiting for it to catch up', () => {
    const idle = new IdleTimer(1500)
    idle.interact(10_000_000)
    expect(idle.expired(5_000)).toBe(false)
    expect(idle.paused).toBe(true)
    expect(idle.expired(6_499)).toBe(false)
    expect(idle.expired(6_500)).toBe(true)
  })

  it('ends the pause once when the clock jumps forward', () => {
    const idle = new IdleTimer(1500)
    idle.interact(0)
    expect(idle.expired(86_400_000)).toBe(true)
    expect(idle.expired(86_400_001)).toBe(false)
  })

  it('refuses an idle time that is not positive', () => {
    expect(() => new IdleTimer(0)).toThrow()
    expect(() => new IdleTimer(Number.NaN)).toThrow()
  })
})
