import { describe, expect, it } from 'vitest'
import { pointerTargets } from '../../../electron/main/pointer-relay'

describe('pointerTargets', () => {
  it('sends a deck window’s pointer to the other deck windows, not back to the sender', () => {
    expect(pointerTargets(2, [1, 2, 3])).toEqual([1, 3])
    expect(pointerTargets(1, [1])).toEqual([])
  })

  it('refuses a pointer from a window that is not a deck window', () => {
    expect(pointerTargets(9, [1, 2])).toBeNull()
  })
})
