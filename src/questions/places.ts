// Where each figure appears in the deck: the slide, the build step that reveals it, and the block
// that shows it (a stat tile, a chart or a point).
import type { Slide } from '../content/schema'

export interface FigurePlace {
  figure: string
  /** 0-based slide index. */
  slide: number
  step: number
  /** Index of the block in `slide.blocks`. */
  block: number
}

export function figuresOnSlide(slide: Slide, index = 0): FigurePlace[] {
  const places: FigurePlace[] = []
  const seen = new Set<string>()
  const add = (figure: string, step: number, block: number) => {
    if (seen.has(figure)) return
    seen.add(figure)
    places.push({ figure, slide: index, step, block })
  }
  slide.blocks.forEach((block, b) => {
    if (block.type === 'stats')
      for (const tile of block.tiles) add(tile.figure, Math.max(block.step, tile.step ?? 0), b)
    if (block.type === 'chart') for (const id of block.figures) add(id, block.step, b)
    if (block.type === 'points') for (const item of block.items) for (const id of item.figures) add(id, item.step, b)
  })
  return places
}

export function figurePlaces(slides: readonly Slide[]): FigurePlace[] {
  return slides.flatMap((slide, i) => figuresOnSlide(slide, i))
}
