// Where a deck window's question-round messages go (its laser pointer, the overlay it shows the
// room): to every other deck window (audience, presenter), and only when the sender is a deck
// window itself. Nothing is kept: each message is only ever the latest state.

/** The windows to send to, or null when the sender may not publish. */
export function peerTargets(senderId: number, deckWindowIds: readonly number[]): number[] | null {
  if (!deckWindowIds.includes(senderId)) return null
  return deckWindowIds.filter((id) => id !== senderId)
}
