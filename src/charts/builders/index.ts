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

type Range = readonly [min: number, max: number]

/** Everything the app knows about one kind of visual: how to draw it and what it can show. */
export interface VisualDescriptor {
  build: Builder
  /** How many figures it shows. */
  figures: Range
  /** How many nodes (boxes of a diagram) it shows. */
  nodes: Range
  /** The figure kinds it can draw, for the figures from index `from` on (all by default). */
  kinds?: { allowed: readonly Figure['kind'][]; from?: number }
}

export const visuals: Record<VisualKind, VisualDescriptor> = {
  compare: { build: compare, figures: [2, 3], nodes: [0, 0], kinds: { allowed: ['change', 'percent'], from: 2 } },
  declines: { build: declines, figures: [2, 5], nodes: [0, 0], kinds: { allowed: ['change'] } },
  bars: { build: bars, figures: [2, 6], nodes: [0, 0] },
  gauges: { build: gauges, figures: [1, 3], nodes: [0, 0], kinds: { allowed: ['percent'] } },
  ring: { build: ring, figures: [1, 1], nodes: [0, 0], kinds: { allowed: ['percent', 'ratio'] } },
  flow: { build: flow, figures: [0, 3], nodes: [3, 6] },
  hub: { build: hub, figures: [0, 3], nodes: [4, 9] },
  origins: { build: origins, figures: [0, 3], nodes: [2, 9] },
}

export function buildOption(input: ChartInput): EChartsOption {
  return withTheme(input.theme ?? 'light', () => visuals[input.block.visual].build(input))
}

/** What a chart block asks of its figures and nodes that the visual cannot show; empty when it fits. */
export function chartProblems(input: Pick<ChartInput, 'block' | 'figures'>): string[] {
  const { block, figures } = input
  const visual = visuals[block.visual]
  const problems: string[] = []
  const [minF, maxF] = visual.figures
  const [minN, maxN] = visual.nodes
  if (figures.length < minF || figures.length > maxF)
    problems.push(`"${block.visual}" shows ${minF}–${maxF} figures; found ${figures.length}`)
  if (block.nodes.length < minN || block.nodes.length > maxN)
    problems.push(`"${block.visual}" shows ${minN}–${maxN} nodes; found ${block.nodes.length}`)
  if (visual.kinds) {
    const { allowed, from = 0 } = visual.kinds
    for (const f of figures.slice(from))
      if (!allowed.includes(f.kind))
        problems.push(`"${block.visual}": figure "${f.id}" is a ${f.kind}; expected ${allowed.join(' or ')}`)
  }
  if (
    block.visual === 'compare' &&
    figures[0] &&
    figures[1] &&
    (figures[0].unit?.en !== figures[1].unit?.en || figures[0].kind !== figures[1].kind)
  )
    problems.push(`"compare": figures "${figures[0].id}" and "${figures[1].id}" measure different things`)
  return problems
}
