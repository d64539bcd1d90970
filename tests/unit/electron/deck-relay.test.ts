import { describe, expect, it } from 'vitest'
import type { DeckUpdate } from '../../../src/contract'
import { DeckRelay } from '../../../electron/main/deck-relay'

const update = (origin: string, slide: number): DeckUpdate => ({
  origin,
  state: { slide, step: 0, lang: 'zh', bilingual: false, screen: 'show' },
})

describe('DeckRelay', () => {
  it('starts empty, so a late window gets null until someone publishes', () => {
    expect(new DeckRelay().latest).toBeNull()
  })

  it('stamps an update, sends it to every deck window (the sender too) and keeps it for late windows', () => {
    const relay = new DeckRelay()
    const result = relay.publish(1, update('audience', 3), [1, 2])
    expect(result).toEqual({ message: { seq: 1, ...update('audience', 3) }, to: [1, 2] })
    expect(relay.latest).toEqual(result?.message)
  })

  it('numbers updates itself, one after another, whoever sends them', () => {
    const relay = new DeckRelay()
    relay.publish(1, update('audience', 5), [1, 2])
    expect(relay.publish(2, update('presenter', 4), [1, 2])?.message.seq).toBe(2)
    expect(relay.publish(1, update('audience', 6), [1, 2])?.message.seq).toBe(3)
    expect(relay.latest?.state.slide).toBe(6)
  })

  it('refuses updates from a window that is not a deck window (a print window, say)', () => {
    const relay = new DeckRelay()
    expect(relay.publish(7, update('print', 9), [1, 2])).toBeNull()
    expect(relay.latest).toBeNull()
  })
})
