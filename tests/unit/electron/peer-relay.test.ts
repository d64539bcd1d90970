import { describe, expect, it } from 'vitest'
import { peerTargets } from '../../../electron/main/peer-relay'

describe('peerTargets', () => {
  it('sends a deck window’s pointer to the other deck windows, not back to the sender', () => {
    expect(peerTargets(2, [1, 2, 3])).toEqual([1, 3])
    expect(peerTargets(1, [1])).toEqual([])
  })

  it('refuses a pointer from a window that is not a deck window', () => {
    expect(peerTargets(9, [1, 2])).toBeNull()
  })
})
