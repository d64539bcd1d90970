// Pointer input on the slide for the question round: a click (or tap) on a stat tile, a chart or a
// section's headline figure asks where its numbers come from, a double-click zooms that block.
// Such a click does not also move the deck on, so the listener stops it before the deck's own
// pointer navigation hears it.
import type { Attachment } from 'svelte/attachments'
import type { Slide } from '../content/schema'

export interface SlideTarget {
  /** Index of the block in the slide's blocks; null for a section's headline, which is no block. */
  block: number | null
  /** The figure clicked, or the chart's first figure. */
  figure: string | null
}

/** The block and figure under an element of a slide on screen, or null. */
export function targetOf(el: Element | null, slide: Slide): SlideTarget | null {
  const tile = el?.closest<HTMLElement>('[data-figure]')
  if (tile) {
    const id = tile.dataset.figure!
    const block = slide.blocks.findIndex((b) => b.type === 'stats' && b.tiles.some((t) => t.figure === id))
    if (block >= 0) return { block, figure: id }
    return slide.headline?.figure === id ? { block: null, figure: id } : null
  }
  if (el?.closest('[data-chart-visual]')) {
    const block = slide.blocks.findIndex((b) => b.type === 'chart')
    const chart = slide.blocks[block]
    return chart?.type === 'chart' ? { block, figure: chart.figures[0] ?? null } : null
  }
  return null
}

const tapSlop = 12
/** A click waits this long for a second one, so that a double-click zooms without asking first. */
const doubleClickMs = 260

export function slidePointer(
  slide: () => Slide | undefined,
  on: { ask(target: SlideTarget): void; zoom(target: SlideTarget): void },
): Attachment<HTMLElement> {
  return (el) => {
    let start: PointerEvent | null = null
    let pending: ReturnType<typeof setTimeout> | undefined
    const down = (event: PointerEvent) => {
      start = event.isPrimary ? event : null
    }
    const up = (event: PointerEvent) => {
      const s = start
      start = null
      const current = slide()
      if (!s || !current || event.button !== 0) return
      if (Math.hypot(event.clientX - s.clientX, event.clientY - s.clientY) > tapSlop) return
      const target = targetOf(event.target as Element | null, current)
      if (!target) return
      event.stopPropagation()
      clearTimeout(pending)
      pending = setTimeout(() => on.ask(target), doubleClickMs)
    }
    const double = (event: MouseEvent) => {
      const current = slide()
      const target = current && targetOf(event.target as Element | null, current)
      if (!target) return
      event.stopPropagation()
      clearTimeout(pending)
      on.zoom(target)
    }
    el.addEventListener('pointerdown', down)
    el.addEventListener('pointerup', up)
    el.addEventListener('dblclick', double)
    return () => {
      clearTimeout(pending)
      el.removeEventListener('pointerdown', down)
      el.removeEventListener('pointerup', up)
      el.removeEventListener('dblclick', double)
    }
  }
}

/** Keeps pointer strokes on an overlay from reaching the deck's pointer navigation underneath. */
export const containPointer: Attachment<HTMLElement> = (el) => {
  const stop = (event: Event) => event.stopPropagation()
  el.addEventListener('pointerup', stop)
  el.addEventListener('pointerdown', stop)
  return () => {
    el.removeEventListener('pointerup', stop)
    el.removeEventListener('pointerdown', stop)
  }
}
