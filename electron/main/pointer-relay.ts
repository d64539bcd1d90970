// Where a window's laser pointer goes: to every other deck window (audience, presenter), and only
// when the sender is a deck window itself. Nothing is kept: a pointer is only ever the latest place.

/** The windows to send the pointer to, or null when the sender may not publish one. */
export function pointerTargets(senderId: number, deckWindowIds: readonly number[]): number[] | null {
  if (!deckWindowIds.includes(senderId)) return null
  return deckWindowIds.filter((id) => id !== senderId)
}
