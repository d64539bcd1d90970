import { describe, expect, it } from 'vitest'
import { gestureFor } from '../../../src/input/gestures'

const stroke = (over: Partial<Parameters<typeof gestureFor>[0]>) =>
  gestureFor({ pointerType: 'touch', button: 0, dx: 0, dy: 0, x: 0.5, ...over })

describe('gestureFor', () => {
  it('swipes left to go on and right to go back', () => {
    expect(stroke({ dx: -120, dy: 10 })).toBe('next')
    expect(stroke({ dx: 140 })).toBe('prev')
  })
  it('ignores mostly vertical or short drags', () => {
    expect(stroke({ dx: -80, dy: 90 })).toBeNull()
    expect(stroke({ dx: 30 })).toBeNull()
  })
  it('taps on the left third go back, elsewhere on', () => {
    expect(stroke({ x: 0.1 })).toBe('prev')
    expect(stroke({ x: 0.8 })).toBe('next')
  })
  it('a mouse click goes on wherever it lands; other buttons do nothing', () => {
    expect(stroke({ pointerType: 'mouse', x: 0.1 })).toBe('next')
    expect(stroke({ pointerType: 'mouse', button: 2 })).toBeNull()
  })
})
