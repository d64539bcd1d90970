// Which blocks of a slide zoom to fill the canvas: a chart (a diagram is a chart too) or a row of
// stat tiles, once its build step has shown it. Title, section and agenda slides have none.
import type { Slide } from '../content/schema'

const zoomableLayouts: ReadonlySet<Slide['layout']> = new Set(['points', 'stats', 'chart', 'quote'])

function revealedAt(block: Slide['blocks'][number]): number {
  if (block.type === 'stats') return Math.min(...block.tiles.map((tile) => Math.max(block.step, tile.step ?? 0)))
  return 'step' in block ? block.step : 0
}

export function isZoomable(slide: Slide, block: number, step: number): boolean {
  const b = slide.blocks[block]
  if (!b || !zoomableLayouts.has(slide.layout)) return false
  if (b.type === 'chart' && slide.blocks.findIndex((x) => x.type === 'chart') !== block) return false
  return (b.type === 'chart' || b.type === 'stats') && revealedAt(b) <= step
}

/** The block `Z` zooms: the chart when it shows, else the first row of tiles that shows; null when none. */
export function zoomableBlock(slide: Slide, step: number): number | null {
  const chart = slide.blocks.findIndex((b, i) => b.type === 'chart' && isZoomable(slide, i, step))
  if (chart >= 0) return chart
  const stats = slide.blocks.findIndex((b, i) => b.type === 'stats' && isZoomable(slide, i, step))
  return stats >= 0 ? stats : null
}
