import type { Slide } from './schema'

/** How many build steps a slide has: the highest step any of its blocks, points or tiles waits for. */
export function stepCount(slide: Slide): number {
  let max = 0
  for (const block of slide.blocks) {
    if ('step' in block && typeof block.step === 'number') max = Math.max(max, block.step)
    if (block.type === 'points') for (const item of block.items) max = Math.max(max, item.step)
    if (block.type === 'stats') for (const tile of block.tiles) max = Math.max(max, tile.step ?? 0)
    if (block.type === 'tiles')
      for (const group of block.groups)
        for (const item of group.items) max = Math.max(max, group.step ?? 0, item.step ?? 0)
    if (block.type === 'timeline') for (const event of block.events) max = Math.max(max, event.step ?? 0)
  }
  return max
}
