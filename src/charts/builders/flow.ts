// flow: the block's nodes as steps from left to right, joined by arrows; the steps appear one
// after another. When the steps would be too narrow for their text they run in two rows, the
// second row reached by an elbow arrow from the end of the first. The block's figures, if any,
// stand in a row under the steps.
import type { EChartsOption } from 'echarts'
import { baseOption, clamp, secondaryLang, sizeOf, timing, type Builder } from './common'
import {
  arrowElements,
  figureStrip,
  figureTextElement,
  fitNodes,
  nodeElements,
  type GraphicElement,
  type Rect,
} from './diagram'

const pad = 16
const innerPad = 24

export const flow: Builder = (input) => {
  const { width: W, height: H } = sizeOf(input)
  const { lang, block, figures } = input
  const second = secondaryLang(input)
  const option = baseOption(input)
  const nodes = block.nodes
  if (!nodes.length) return option

  const strip = figures.length ? figureStrip(figures, lang, second, pad, W - 2 * pad) : undefined
  const stripGap = strip ? 40 : 0
  const areaTop = pad
  const areaHeight = H - 2 * pad - (strip ? strip.height + stripGap : 0)

  const arrowLength = clamp(W * 0.06, 56, 96)
  const n = nodes.length
  const oneRowWidth = (W - 2 * pad - (n - 1) * arrowLength) / n
  const rows = oneRowWidth >= 190 || n <= 3 ? 1 : 2
  const perRow = Math.ceil(n / rows)
  const boxWidth = (W - 2 * pad - (perRow - 1) * arrowLength) / perRow
  const rowGap = rows > 1 ? 64 : 0
  const maxBoxHeight = (areaHeight - rowGap) / rows
  const texts = fitNodes(nodes, lang, second, boxWidth - 2 * innerPad, 4, maxBoxHeight - 2 * innerPad)
  const boxHeight = clamp(
    Math.max(...texts.map((t) => t.height)) + 2 * innerPad,
    Math.min(140, maxBoxHeight),
    maxBoxHeight,
  )
  const contentHeight = rows * boxHeight + rowGap
  const top = areaTop + Math.max(0, (areaHeight - contentHeight) / 2)

  const boxes: Rect[] = nodes.map((_, i) => {
    const row = Math.floor(i / perRow)
    const col = i % perRow
    return {
      x: pad + col * (boxWidth + arrowLength),
      y: top + row * (boxHeight + rowGap),
      width: boxWidth,
      height: boxHeight,
    }
  })

  const step = timing.stagger * 2.5
  const elements: GraphicElement[] = []
  boxes.forEach((box, i) => {
    elements.push(...nodeElements(`flow-node-${i}`, box, texts[i]!, 'navy', i * step))
    const next = boxes[i + 1]
    if (!next) return
    const delay = i * step + step * 0.5
    if (next.y === box.y) {
      const y = box.y + box.height / 2
      elements.push(...arrowElements(`flow-arrow-${i}`, [box.x + box.width + 8, y], [next.x - 8, y], delay))
    } else {
      // From the bottom of the row's last step, across under the row, down into the next row's first step.
      const midY = box.y + box.height + rowGap / 2
      const fromX = box.x + box.width / 2
      const toX = next.x + next.width / 2
      elements.push(
        ...arrowElements(`flow-arrow-${i}`, [fromX, box.y + box.height + 6], [toX, next.y - 6], delay, [
          [fromX, midY],
          [toX, midY],
        ]),
      )
    }
  })

  if (strip) {
    const stripTop = H - pad - strip.height
    strip.blocks.forEach((b, i) =>
      elements.push(
        figureTextElement(`flow-figure-${b.figure.id}`, b, strip.columns[i]!, stripTop, 'center', n * step),
      ),
    )
  }

  const result: EChartsOption = { ...option, graphic: { id: 'flow', elements } }
  return result
}
