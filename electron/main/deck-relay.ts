// The main process's copy of the shared deck state: it keeps the newest message and tells the
// caller which windows must hear about it (every window but the one that sent it).
import type { SyncMessage } from '../shared/contract'
import { SyncLedger } from '../shared/sync'

export class DeckRelay {
  private readonly ledger = new SyncLedger('main')

  get latest(): SyncMessage | null {
    return this.ledger.current
  }

  /** Returns the ids to forward `message` to, or an empty list when it is stale. */
  publish(senderId: number, message: SyncMessage, windowIds: readonly number[]): number[] {
    if (!this.ledger.receive(message)) return []
    return windowIds.filter((id) => id !== senderId)
  }
}
