// Keeps a deck in step with the other windows showing the same briefing (audience, presenter).
import type { DeckSnapshot, SyncMessage } from '../contract'
import { SyncLedger, sameState } from '../contract/sync'
import type { DeckState } from './deck.svelte'

/** How messages travel between windows: BroadcastChannel in a browser, the main process in Electron. */
export interface SyncTransport {
  publish(message: SyncMessage): void
  subscribe(listener: (message: SyncMessage) => void): () => void
  /** The newest state another window holds, for a window that opens late. */
  latest(): Promise<SyncMessage | null>
}

export function windowId(): string {
  return crypto.randomUUID()
}

export class DeckSync {
  private readonly ledger: SyncLedger

  constructor(
    private readonly deck: DeckState,
    private readonly transport: SyncTransport,
    origin = windowId(),
  ) {
    this.ledger = new SyncLedger(origin)
  }

  /** Applies what other windows publish; resolves once the latest known state is in. Returns a stop function. */
  async connect(): Promise<() => void> {
    const stop = this.transport.subscribe((message) => this.receive(message))
    const latest = await this.transport.latest()
    if (latest) this.receive(latest)
    return stop
  }

  receive(message: SyncMessage): void {
    if (this.ledger.receive(message)) this.deck.apply(message.state)
  }

  /** Publishes the deck's state if it differs from the last one seen; call it whenever the deck changes. */
  publish(state: DeckSnapshot = this.deck.snapshot()): void {
    const current = this.ledger.current
    if (current && sameState(current.state, state)) return
    this.transport.publish(this.ledger.stamp(state))
  }
}
