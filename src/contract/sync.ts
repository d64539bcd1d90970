// Keeping several windows on one deck state: every change carries a sequence number and the id of
// the window that made it; each side keeps only messages newer than the last it accepted. In the
// desktop app the main process is the one authority that numbers changes; in a browser each window
// numbers its own.
import type { DeckSnapshot, DeckUpdate, SyncMessage } from './deck'

/** True when `candidate` should replace `current`: a higher sequence wins, equal ones by origin id. */
export function isNewer(candidate: SyncMessage, current: SyncMessage | null): boolean {
  if (!current) return true
  if (candidate.seq !== current.seq) return candidate.seq > current.seq
  return candidate.origin > current.origin
}

export function sameState(a: DeckSnapshot, b: DeckSnapshot): boolean {
  return (
    a.slide === b.slide &&
    a.step === b.step &&
    a.lang === b.lang &&
    a.bilingual === b.bilingual &&
    a.screen === b.screen &&
    a.theme === b.theme &&
    a.programme === b.programme &&
    a.resume?.slide === b.resume?.slide &&
    a.resume?.step === b.resume?.step
  )
}

/** One window's view of the shared state: what it accepts from others and how it stamps its own changes. */
export class SyncLedger {
  private latest: SyncMessage | null = null

  constructor(readonly origin: string) {}

  get current(): SyncMessage | null {
    return this.latest
  }

  /** Accepts a message from elsewhere; returns it when it is newer, null when it is stale or a duplicate. */
  receive(message: SyncMessage): SyncMessage | null {
    if (!isNewer(message, this.latest)) return null
    this.latest = message
    return message
  }

  /** Stamps a local change so that it wins over everything seen so far. */
  stamp(state: DeckSnapshot): SyncMessage {
    const message = { seq: (this.latest?.seq ?? 0) + 1, origin: this.origin, state }
    this.latest = message
    return message
  }
}

/**
 * The desktop app's numbering authority: every accepted update gets the next sequence number, so no
 * window can choose one (a window that sent a huge number would otherwise freeze every other).
 */
export class SyncAuthority {
  private latest: SyncMessage | null = null

  get current(): SyncMessage | null {
    return this.latest
  }

  stamp(update: DeckUpdate): SyncMessage {
    this.latest = { seq: (this.latest?.seq ?? 0) + 1, origin: update.origin, state: update.state }
    return this.latest
  }
}
