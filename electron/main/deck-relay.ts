// The main process's copy of the shared deck state. It alone numbers changes, and only the audience
// and presenter windows may make them; every deck window, the sender included, hears the stamped
// result, so all of them settle on the same state.
import type { DeckUpdate, SyncMessage } from '../../src/contract'
import { SyncAuthority } from '../../src/contract/sync'

export class DeckRelay {
  private authority = new SyncAuthority()

  /** Forgets the shared state: another report opens, and no window may resume the old one's place. */
  reset(): void {
    this.authority = new SyncAuthority()
  }

  get latest(): SyncMessage | null {
    return this.authority.current
  }

  /** The stamped message and the windows to send it to, or null when the sender may not publish. */
  publish(
    senderId: number,
    update: DeckUpdate,
    deckWindowIds: readonly number[],
  ): { message: SyncMessage; to: number[] } | null {
    if (!deckWindowIds.includes(senderId)) return null
    return { message: this.authority.stamp(update), to: [...deckWindowIds] }
  }
}
