// Touch and mouse: a swipe or a tap on the right part moves on, on the left part moves back;
// a mouse click moves on. The wheel is ignored on purpose (it slips too easily on a lectern).
export interface PointerStroke {
  pointerType: string
  button: number
  dx: number
  dy: number
  /** Where the stroke ended, as a fraction of the slide's width (0 = left edge). */
  x: number
}

const swipeDistance = 50
const tapSlop = 12

export function gestureFor(stroke: PointerStroke): 'next' | 'prev' | null {
  const { dx, dy } = stroke
  if (Math.abs(dx) >= swipeDistance && Math.abs(dx) > Math.abs(dy) * 1.5) return dx < 0 ? 'next' : 'prev'
  if (Math.hypot(dx, dy) > tapSlop) return null
  if (stroke.pointerType === 'mouse') return stroke.button === 0 ? 'next' : null
  return stroke.x < 1 / 3 ? 'prev' : 'next'
}
