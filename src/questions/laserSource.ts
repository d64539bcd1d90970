// Turns the mouse over a slide canvas into the laser pointer: while the laser is on (Ctrl+L, the
// presenter's Laser button) or while a button is held down. In the presenter view the pointer is
// shared with the audience window; in the audience window it stays local.
import type { Attachment } from 'svelte/attachments'
import { canvasPointer, type LaserPointer } from './laser.svelte'

export function laserSource(
  laser: LaserPointer,
  options: { share: boolean; on: () => boolean },
): Attachment<HTMLElement> {
  return (el) => {
    // The slide canvas of this element (Scaled marks it with its scale).
    const canvas = () => el.querySelector('[data-scale]')
    const move = (event: PointerEvent) => {
      const target = canvas()
      if (!target || !(options.on() || (event.buttons & 1) === 1)) {
        if (laser.local.visible) laser.hide()
        return
      }
      laser.point(canvasPointer(target, event.clientX, event.clientY), options.share)
    }
    const leave = () => laser.hide()
    el.addEventListener('pointermove', move)
    el.addEventListener('pointerdown', move)
    el.addEventListener('pointerup', move)
    el.addEventListener('pointerleave', leave)
    return () => {
      el.removeEventListener('pointermove', move)
      el.removeEventListener('pointerdown', move)
      el.removeEventListener('pointerup', move)
      el.removeEventListener('pointerleave', leave)
      laser.hide()
    }
  }
}
