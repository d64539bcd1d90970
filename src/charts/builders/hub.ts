// hub: the first node is a circle in the middle, the others are boxes in a column on each side
// of it (the first half left, the rest right, top to bottom), each joined to the centre by a
// line; the lines grow outward and the boxes appear in turn. Two columns rather than a ring:
// chart boxes are wide, and a ring of up to eight boxes would have to shrink its text first.
// The block's figures, if any, stand in a row under the diagram.
import type { EChartsOption } from 'echarts'
import {
  chartType,
  baseOption,
  clamp,
  secondaryLang,
  sizeOf,
  timing,
  type BiText,
  type Builder,
  type ChartInput,
} from './common'
import {
  figureStrip,
  figureTextElement,
  fitNode,
  fitNodes,
  lineElement,
  nodeElements,
  nodeSizes,
  type GraphicElement,
  type Rect,
} from './diagram'
import { longestToken } from './text'

const pad = 16
const innerPad = 18
const rowGap = 20

interface HubLayout {
  centre: { cx: number; cy: number; r: number }
  spokes: Rect[]
  texts: BiText[]
  centreText: BiText
}

function hubLayout(input: ChartInput, area: Rect): HubLayout {
  const { lang, block } = input
  const second = secondaryLang(input)
  const [centreNode, ...spokeNodes] = block.nodes
  const n = spokeNodes.length
  const leftCount = Math.ceil(n / 2)
  const rows = Math.max(1, leftCount)
  const cx = area.x + area.width / 2
  const cy = area.y + area.height / 2
  const lineRoom = clamp(area.width * 0.07, 40, 110)
  // A box is never narrower than its longest word at the smallest size.
  const minWidth =
    Math.max(
      ...spokeNodes.map((node) =>
        Math.max(longestToken(node.zh, chartType.min, true), longestToken(node.en, chartType.min, true)),
      ),
    ) +
    2 * innerPad
  const slot = (area.height - (rows - 1) * rowGap) / rows

  // The centre is the diagram's subject: its text is never smaller than the boxes'. The circle
  // grows (and the boxes narrow) until it holds its text at the boxes' size.
  const smallest = clamp(Math.min(area.width * 0.13, area.height * 0.26), 70, 170)
  const largest = Math.max(smallest, Math.min(area.height / 2, area.width / 2 - lineRoom - minWidth))
  let layout: Omit<HubLayout, 'spokes'> & { boxWidth: number; boxHeight: number }
  for (let r = smallest; ; r = Math.min(largest, r + 10)) {
    const boxWidth = Math.max(minWidth, area.width / 2 - r - lineRoom)
    const texts = fitNodes(spokeNodes, lang, second, boxWidth - 2 * innerPad, 5, slot - 2 * innerPad)
    const size = Math.max(...texts.map((t) => t.primary.fontSize))
    const room = { width: r * 1.55, height: r * 1.5 }
    const centreSizes = nodeSizes.filter((s) => s >= size)
    const centreText = fitNode(centreNode!, lang, second, room.width, 5, room.height, centreSizes)
    const boxHeight = Math.min(slot, Math.max(...texts.map((t) => t.height)) + 2 * innerPad)
    layout = { centre: { cx, cy, r }, texts, centreText, boxWidth, boxHeight }
    const fits = centreText.width <= room.width + 0.5 && centreText.height <= room.height
    if (fits || r >= largest) break
  }
  const { boxWidth, boxHeight } = layout
  const column = (count: number, x: number): Rect[] => {
    const step = area.height / count
    return Array.from({ length: count }, (_, i) => ({
      x,
      y: area.y + step * (i + 0.5) - boxHeight / 2,
      width: boxWidth,
      height: boxHeight,
    }))
  }
  const spokes = [...column(leftCount, area.x), ...column(n - leftCount, area.x + area.width - boxWidth)]
  return { centre: layout.centre, spokes, texts: layout.texts, centreText: layout.centreText }
}

export const hub: Builder = (input) => {
  const { width: W, height: H } = sizeOf(input)
  const { lang, block, figures } = input
  const second = secondaryLang(input)
  const option = baseOption(input)
  if (!block.nodes.length) return option

  const strip = figures.length ? figureStrip(figures, lang, second, pad, W - 2 * pad) : undefined
  const area = { x: pad, y: pad, width: W - 2 * pad, height: H - 2 * pad - (strip ? strip.height + 32 : 0) }
  const layout = hubLayout(input, area)
  const { cx, cy, r } = layout.centre

  const elements: GraphicElement[] = [
    ...nodeElements(
      'hub-centre',
      { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r },
      layout.centreText,
      'navy',
      0,
      true,
    ),
  ]
  layout.spokes.forEach((box, i) => {
    const delay = timing.duration * 0.3 + i * timing.stagger
    const left = box.x + box.width / 2 < cx
    elements.push(
      lineElement(`hub-line-${i}`, [cx, cy], [left ? box.x + box.width : box.x, box.y + box.height / 2], delay),
    )
    elements.push(...nodeElements(`hub-node-${i}`, box, layout.texts[i]!, 'mist', delay + 300))
  })
  if (strip) {
    const top = H - pad - strip.height
    strip.blocks.forEach((b, i) =>
      elements.push(
        figureTextElement(`hub-figure-${b.figure.id}`, b, strip.columns[i]!, top, 'center', timing.duration),
      ),
    )
  }
  const result: EChartsOption = { ...option, graphic: { id: 'hub', elements } }
  return result
}
