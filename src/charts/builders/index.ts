// One option builder per visual kind. Builders are pure: (block, figures, language, box) → option.
import type { EChartsOption } from 'echarts'
import type { Figure, VisualKind } from '../../content/schema'
import { bars } from './bars'
import { withTheme } from './colors'
import type { Builder, ChartInput } from './common'
import { compare } from './compare'
import { declines } from './declines'
import { flow } from './flow'
import { gauges } from './gauges'
import { hub } from './hub'
import { origins } from './origins'
import { ring } from './ring'

export type { Builder, ChartInput } from './common'

export const builders: Record<VisualKind, Builder> = { compare, declines, bars, gauges, ring, flow, hub, origins }

export function buildOption(input: ChartInput): EChartsOption {
  return withTheme(input.theme ?? 'light', () => builders[input.block.visual](input))
}

const figureCounts: Record<VisualKind, [number, number]> = {
  compare: [2, 3],
  declines: [2, 5],
  bars: [2, 6],
  gauges: [1, 3],
  ring: [1, 1],
  flow: [0, 3],
  hub: [0, 3],
  origins: [0, 3],
}
const nodeCounts: Record<VisualKind, [number, number]> = {
  compare: [0, 0],
  declines: [0, 0],
  bars: [0, 0],
  gauges: [0, 0],
  ring: [0, 0],
  flow: [3, 6],
  hub: [4, 9],
  origins: [2, 9],
}

/** What a chart block asks of its figures and nodes that the visual cannot show; empty when it fits. */
export function chartProblems(input: Pick<ChartInput, 'block' | 'figures'>): string[] {
  const { block, figures } = input
  const problems: string[] = []
  const [minF, maxF] = figureCounts[block.visual]
  const [minN, maxN] = nodeCounts[block.visual]
  if (figures.length < minF || figures.length > maxF)
    problems.push(`"${block.visual}" shows ${minF}–${maxF} figures; found ${figures.length}`)
  if (block.nodes.length < minN || block.nodes.length > maxN)
    problems.push(`"${block.visual}" shows ${minN}–${maxN} nodes; found ${block.nodes.length}`)
  const kinds = (allowed: Figure['kind'][], list: readonly Figure[]) =>
    list.forEach((f) => {
      if (!allowed.includes(f.kind))
        problems.push(`"${block.visual}": figure "${f.id}" is a ${f.kind}; expected ${allowed.join(' or ')}`)
    })
  if (block.visual === 'gauges') kinds(['percent'], figures)
  if (block.visual === 'declines') kinds(['change'], figures)
  if (block.visual === 'ring') kinds(['percent', 'ratio'], figures)
  if (block.visual === 'compare' && figures[2]) kinds(['change', 'percent'], [figures[2]])
  if (
    block.visual === 'compare' &&
    figures[0] &&
    figures[1] &&
    (figures[0].unit?.en !== figures[1].unit?.en || figures[0].kind !== figures[1].kind)
  )
    problems.push(`"compare": figures "${figures[0].id}" and "${figures[1].id}" measure different things`)
  return problems
}
