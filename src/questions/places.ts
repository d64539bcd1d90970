// Where each figure appears in the deck: the slide and the build step that reveals it. A figure is
// shown by a section's headline, a stat tile, a chart or a point.
import type { Slide } from '../content/schema'

export interface FigurePlace {
  figure: string
  /** 0-based slide index. */
  slide: number
  step: number
}

export function figuresOnSlide(slide: Slide, index = 0): FigurePlace[] {
  const places: FigurePlace[] = []
  const seen = new Set<string>()
  const add = (figure: string, step: number) => {
    if (seen.has(figure)) return
    seen.add(figure)
    places.push({ figure, slide: index, step })
  }
  if (slide.headline?.figure) add(slide.headline.figure, 0)
  for (const block of slide.blocks) {
    if (block.type === 'stats') for (const tile of block.tiles) add(tile.figure, Math.max(block.step, tile.step ?? 0))
    if (block.type === 'chart') for (const id of block.figures) add(id, block.step)
    if (block.type === 'points') for (const item of block.items) for (const id of item.figures) add(id, item.step)
  }
  return places
}

export function figurePlaces(slides: readonly Slide[]): FigurePlace[] {
  return slides.flatMap((slide, i) => figuresOnSlide(slide, i))
}
