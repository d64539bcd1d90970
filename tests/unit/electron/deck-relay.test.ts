import { describe, expect, it } from 'vitest'
import type { SyncMessage } from '../../../electron/shared/contract'
import { DeckRelay } from '../../../electron/main/deck-relay'

const msg = (seq: number, origin: string, slide: number): SyncMessage => ({
  seq,
  origin,
  state: { slide, step: 0, lang: 'zh', bilingual: false, screen: 'show' },
})

describe('DeckRelay', () => {
  it('starts empty, so a late window gets null until someone publishes', () => {
    expect(new DeckRelay().latest).toBeNull()
  })

  it('forwards a newer message to every window but the sender and keeps it for late windows', () => {
    const relay = new DeckRelay()
    expect(relay.publish(1, msg(1, 'audience', 3), [1, 2, 3])).toEqual([2, 3])
    expect(relay.latest).toEqual(msg(1, 'audience', 3))
  })

  it('drops stale and duplicate messages', () => {
    const relay = new DeckRelay()
    relay.publish(1, msg(5, 'audience', 5), [1, 2])
    expect(relay.publish(2, msg(4, 'presenter', 4), [1, 2])).toEqual([])
    expect(relay.publish(1, msg(5, 'audience', 5), [1, 2])).toEqual([])
    expect(relay.latest?.state.slide).toBe(5)
  })

  it('breaks equal sequence numbers by origin, as every window does', () => {
    const relay = new DeckRelay()
    relay.publish(1, msg(2, 'a', 1), [1, 2])
    expect(relay.publish(2, msg(2, 'b', 2), [1, 2])).toEqual([1])
    expect(relay.publish(1, msg(2, 'a', 3), [1, 2])).toEqual([])
  })
})
