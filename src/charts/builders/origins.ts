// origins: where visitors came from, as a schematic, not a map. No map data is bundled
// and the report gives no route or place beyond the province names, so the provinces stand in a
// column on the left in the report's order, each with an arrow to the destination (the first node, a
// circle) on the right. The block's figures (delegations, visitors) stand beside the destination as its
// labels, or under it when the box is too narrow.
import type { EChartsOption } from 'echarts'
import { baseOption, clamp, secondaryLang, sizeOf, timing, type Builder } from './common'
import {
  arrowElements,
  figureBlock,
  figureTextElement,
  fitNode,
  fitNodes,
  nodeElements,
  type GraphicElement,
  type Rect,
} from './diagram'

const pad = 16
const innerPad = 16

export const origins: Builder = (input) => {
  const { width: W, height: H } = sizeOf(input)
  const { lang, block, figures } = input
  const second = secondaryLang(input)
  const option = baseOption(input)
  const [destination, ...sources] = block.nodes
  if (!destination) return option

  const figureWidth = clamp(W * 0.26, 200, 400)
  const sourceWidth = clamp(W * 0.22, 170, 320)
  const radius = clamp(Math.min(H * 0.2, W * 0.12), 70, 150)
  const minArrow = 140
  const figuresBeside = figures.length > 0 && W - 2 * pad - sourceWidth - minArrow - 2 * radius - 40 >= figureWidth
  const blocks = figures.map((f) =>
    figureBlock(
      f,
      lang,
      second,
      figuresBeside ? figureWidth : (W - sourceWidth - minArrow - 2 * pad) / figures.length - 24,
      56,
    ),
  )
  const belowHeight = !figuresBeside && blocks.length ? Math.max(...blocks.map((b) => b.height)) + 32 : 0

  const n = Math.max(1, sources.length)
  const slot = (H - 2 * pad) / n
  const texts = fitNodes(sources, lang, second, sourceWidth - 2 * innerPad, 2, slot * 0.85 - 2 * innerPad)
  const sourceHeight = Math.min(slot * 0.85, Math.max(72, ...texts.map((t) => t.height + 2 * innerPad)))
  const boxes: Rect[] = sources.map((_, i) => ({
    x: pad,
    y: pad + slot * i + (slot - sourceHeight) / 2,
    width: sourceWidth,
    height: sourceHeight,
  }))

  const cx = figuresBeside
    ? W - pad - figureWidth - 40 - radius
    : pad + sourceWidth + (W - 2 * pad - sourceWidth) * 0.62
  const cy = pad + (H - 2 * pad - belowHeight) / 2
  const centreText = fitNode(destination, lang, second, radius * 1.6, 2, radius * 1.5)

  const elements: GraphicElement[] = []
  boxes.forEach((box, i) => {
    const delay = i * timing.stagger
    elements.push(...nodeElements(`origin-node-${i}`, box, texts[i]!, 'mist', delay))
    const from: [number, number] = [box.x + box.width + 10, box.y + box.height / 2]
    const dx = cx - from[0]
    const dy = cy - from[1]
    const d = Math.hypot(dx, dy) || 1
    const to: [number, number] = [cx - (dx / d) * (radius + 10), cy - (dy / d) * (radius + 10)]
    elements.push(...arrowElements(`origin-arrow-${i}`, from, to, delay + 250))
  })
  const arrivals = timing.stagger * sources.length + 500
  elements.push(
    ...nodeElements(
      'origin-destination',
      { x: cx - radius, y: cy - radius, width: 2 * radius, height: 2 * radius },
      centreText,
      'navy',
      arrivals,
      true,
    ),
  )

  if (figuresBeside) {
    const total = blocks.reduce((sum, b) => sum + b.height, 0) + 28 * (blocks.length - 1)
    let y = clamp(cy - total / 2, pad, H - pad - total)
    blocks.forEach((b, i) => {
      elements.push(
        figureTextElement(
          `origin-figure-${b.figure.id}`,
          b,
          cx + radius + 40,
          y,
          'left',
          arrivals + 300 + i * timing.stagger,
        ),
      )
      y += b.height + 28
    })
  } else if (blocks.length) {
    const left = pad + sourceWidth + minArrow / 2
    const columnWidth = (W - pad - left) / blocks.length
    const top = H - pad - belowHeight + 32
    blocks.forEach((b, i) =>
      elements.push(
        figureTextElement(
          `origin-figure-${b.figure.id}`,
          b,
          left + columnWidth * (i + 0.5),
          top,
          'center',
          arrivals + 300 + i * timing.stagger,
        ),
      ),
    )
  }

  const result: EChartsOption = { ...option, graphic: { id: 'origins', elements } }
  return result
}
