import { describe, expect, it } from 'vitest'
import type { DeckSnapshot, SyncMessage } from '../../../src/contract'
import { SyncLedger, isNewer } from '../../../src/contract/sync'
import { DeckState } from '../../../src/deck/deck.svelte'
import { DeckSync, type SyncTransport } from '../../../src/deck/sync.svelte'

const state = (slide: number, over: Partial<DeckSnapshot> = {}): DeckSnapshot => ({
  slide,
  step: 0,
  lang: 'zh',
  bilingual: false,
  screen: 'show',
  ...over,
})
const msg = (seq: number, origin: string, slide: number): SyncMessage => ({ seq, origin, state: state(slide) })

/** A shared bus like BroadcastChannel: delivers to every other member, and can hold messages back. */
function bus() {
  const members: Array<{ id: string; listeners: Set<(m: SyncMessage) => void> }> = []
  let last: SyncMessage | null = null
  const held: Array<() => void> = []
  let holding = false
  return {
    hold: () => (holding = true),
    release: (order: 'fifo' | 'reverse' = 'fifo') => {
      holding = false
      const queue = order === 'fifo' ? held.splice(0) : held.splice(0).reverse()
      queue.forEach((deliver) => deliver())
    },
    join(id: string): SyncTransport {
      const member = { id, listeners: new Set<(m: SyncMessage) => void>() }
      members.push(member)
      return {
        publish(message) {
          last = message
          for (const other of members)
            if (other !== member)
              for (const listener of other.listeners) {
                const deliver = () => listener(message)
                if (holding) held.push(deliver)
                else deliver()
              }
        },
        subscribe(listener) {
          member.listeners.add(listener)
          return () => member.listeners.delete(listener)
        },
        latest: async () => last,
      }
    },
  }
}

const counts = [0, 1, 0, 0, 0, 0]

describe('SyncLedger', () => {
  it('accepts newer messages and drops duplicates and stale ones', () => {
    const ledger = new SyncLedger('a')
    expect(ledger.receive(msg(2, 'b', 1))).not.toBeNull()
    expect(ledger.receive(msg(2, 'b', 1))).toBeNull()
    expect(ledger.receive(msg(1, 'c', 4))).toBeNull()
    expect(ledger.current?.state.slide).toBe(1)
  })

  it('breaks a tie between equal sequence numbers the same way in every window', () => {
    const a = msg(5, 'alpha', 1)
    const b = msg(5, 'beta', 2)
    expect(isNewer(b, a)).toBe(true)
    expect(isNewer(a, b)).toBe(false)
  })

  it('stamps a local change above everything it has seen', () => {
    const ledger = new SyncLedger('a')
    ledger.receive(msg(9, 'b', 1))
    expect(ledger.stamp(state(2)).seq).toBe(10)
  })
})

describe('DeckSync between two windows', () => {
  it('moves in either window appear in the other', async () => {
    const net = bus()
    const audience = new DeckState(counts)
    const presenter = new DeckState(counts)
    const a = new DeckSync(audience, net.join('a'), 'a')
    const p = new DeckSync(presenter, net.join('p'), 'p')
    await a.connect()
    await p.connect()
    audience.go(3)
    a.publish()
    expect(presenter.slide).toBe(3)
    presenter.toggleLang()
    presenter.next()
    p.publish()
    expect(audience.snapshot()).toMatchObject({ slide: 4, lang: 'en' })
    // A change of theme alone is a change to publish.
    presenter.toggleTheme()
    p.publish()
    expect(audience.theme).toBe('dark')
  })

  it('does not echo a state it has just applied', async () => {
    const net = bus()
    const audience = new DeckState(counts)
    const presenter = new DeckState(counts)
    const published: SyncMessage[] = []
    const transport = net.join('p')
    const p = new DeckSync(presenter, { ...transport, publish: (m) => (published.push(m), transport.publish(m)) }, 'p')
    const a = new DeckSync(audience, net.join('a'), 'a')
    await p.connect()
    await a.connect()
    audience.go(2)
    a.publish()
    p.publish()
    expect(published).toEqual([])
  })

  it('ignores late and out-of-order messages', async () => {
    const net = bus()
    const audience = new DeckState(counts)
    const presenter = new DeckState(counts)
    const a = new DeckSync(audience, net.join('a'), 'a')
    const p = new DeckSync(presenter, net.join('p'), 'p')
    await a.connect()
    await p.connect()
    net.hold()
    presenter.go(1)
    p.publish()
    presenter.go(2)
    p.publish()
    presenter.go(5)
    p.publish()
    net.release('reverse')
    expect(audience.slide).toBe(5)
  })

  it('brings a window that joins late to the current state at once', async () => {
    const net = bus()
    const audience = new DeckState(counts)
    const a = new DeckSync(audience, net.join('a'), 'a')
    await a.connect()
    audience.go(4)
    audience.toggleMode('black')
    a.publish()
    const presenter = new DeckState(counts)
    const p = new DeckSync(presenter, net.join('p'), 'p')
    await p.connect()
    expect(presenter.snapshot()).toMatchObject({ slide: 4, screen: 'black' })
  })

  it('a window that closes and reopens resyncs, and its first publish wins over older states', async () => {
    const net = bus()
    const audience = new DeckState(counts)
    const a = new DeckSync(audience, net.join('a'), 'a')
    await a.connect()
    audience.go(2)
    a.publish()
    const reopened = new DeckState(counts)
    const p = new DeckSync(reopened, net.join('p2'), 'p2')
    await p.connect()
    expect(reopened.slide).toBe(2)
    reopened.next()
    reopened.next()
    p.publish()
    expect(audience.slide).toBe(4)
  })
})
