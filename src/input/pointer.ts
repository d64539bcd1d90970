import type { Attachment } from 'svelte/attachments'
import { gestureFor } from './gestures'

/** Turns taps, swipes and clicks on an element into next/previous. */
export function pointerNavigation(onGesture: (gesture: 'next' | 'prev') => void): Attachment<HTMLElement> {
  return (el) => {
    let start: PointerEvent | null = null
    const down = (event: PointerEvent) => {
      start = event.isPrimary ? event : null
    }
    const up = (event: PointerEvent) => {
      if (!start || event.pointerId !== start.pointerId) return
      const rect = el.getBoundingClientRect()
      const gesture = gestureFor({
        pointerType: event.pointerType,
        button: start.button,
        dx: event.clientX - start.clientX,
        dy: event.clientY - start.clientY,
        x: rect.width ? (event.clientX - rect.left) / rect.width : 0.5,
      })
      start = null
      if (gesture) onGesture(gesture)
    }
    const cancel = () => (start = null)
    el.addEventListener('pointerdown', down)
    el.addEventListener('pointerup', up)
    el.addEventListener('pointercancel', cancel)
    return () => {
      el.removeEventListener('pointerdown', down)
      el.removeEventListener('pointerup', up)
      el.removeEventListener('pointercancel', cancel)
    }
  }
}
