import { describe, expect, it } from 'vitest'
import { PinEntry, pinMaxLength } from '../../../src/kiosk/pin.svelte'

describe('PinEntry', () => {
  it('collects digits, erases with Backspace and submits on Enter', () => {
    const pin = new PinEntry(0)
    for (const d of '129') pin.press('digit', d, 10)
    pin.press('erase', 'Backspace', 20)
    pin.press('digit', '3', 30)
    expect(pin.digits).toBe('123')
    expect(pin.press('submit', 'Enter', 40)).toBe('submit')
    expect(pin.checking).toBe(true)
  })

  it('does not submit an empty PIN, and cancels on Esc', () => {
    const pin = new PinEntry(0)
    expect(pin.press('submit', 'Enter', 10)).toBeNull()
    expect(pin.checking).toBe(false)
    expect(pin.press('cancel', 'Escape', 20)).toBe('cancel')
  })

  it('ignores keys while a PIN is being checked, and starts over after a wrong one', () => {
    const pin = new PinEntry(0)
    pin.press('digit', '1', 0)
    pin.press('submit', 'Enter', 0)
    pin.press('digit', '2', 10)
    expect(pin.digits).toBe('1')
    pin.reject(20)
    expect(pin).toMatchObject({ digits: '', wrong: true, checking: false })
    pin.press('digit', '5', 30)
    expect(pin).toMatchObject({ digits: '5', wrong: false })
  })

  it('stops at the longest PIN', () => {
    const pin = new PinEntry(0)
    for (let i = 0; i < pinMaxLength + 5; i++) pin.press('digit', '7', i)
    expect(pin.digits).toHaveLength(pinMaxLength)
  })

  it('expires after 30 s without a key, counted from the last key', () => {
    const pin = new PinEntry(0)
    expect(pin.expired(29_999)).toBe(false)
    pin.press('digit', '1', 20_000)
    expect(pin.expired(49_999)).toBe(false)
    expect(pin.expired(50_000)).toBe(true)
    // a swallowed key is not input
    const other = new PinEntry(0)
    other.press('swallow', 'a', 20_000)
    expect(other.expired(30_000)).toBe(true)
  })

  it('does not expire while a PIN is checked, and survives the clock going back', () => {
    const pin = new PinEntry(1_000_000)
    pin.press('digit', '1', 1_000_000)
    pin.press('submit', 'Enter', 1_000_000)
    expect(pin.expired(1_100_000)).toBe(false)
    pin.reject(1_100_000)
    expect(pin.expired(5_000)).toBe(false)
    expect(pin.expired(34_999)).toBe(false)
    expect(pin.expired(35_000)).toBe(true)
  })
})
