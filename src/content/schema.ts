// The report's data model. The same schema checks the content at build, in tests and when the app loads it.
import { z } from 'zod'

// Zod's compiled fast path needs `new Function`, which the app's CSP (script-src 'self') forbids.
z.config({ jitless: true })

const nonEmpty = z.string().trim().min(1, 'expected non-empty text')

/** Every piece of report text exists in both languages side by side. */
export const bilingual = z.strictObject({ zh: nonEmpty, en: nonEmpty })

export const figureKinds = ['count', 'percent', 'change', 'money', 'weight', 'ratio', 'duration'] as const
/**
 * How an approximate figure is qualified: as the report writes it, 110余次 (over), 近2亿条 (nearly),
 * 超过10万元 (more than); or `about` for a derived value that is rounded.
 */
export const qualifiers = ['over', 'nearly', 'more-than', 'about'] as const

export const figureId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "drug-cases"')

export const figure = z
  .strictObject({
    id: figureId,
    value: z.number().finite(),
    kind: z.enum(figureKinds),
    /** What is counted, after the number: { zh: '起', en: 'cases' }, or with a measure word { zh: '个网格', en: 'grids' }; omitted for percentages. */
    unit: bilingual.optional(),
    qualifier: z.enum(qualifiers).optional(),
    /** Chinese text shows 万/亿 as the report writes it (16.34万); otherwise the plain number (75890). */
    notation: z.enum(['plain', 'compact']).default('plain'),
    /** A fraction written in words in the report (三分之二 → two thirds) is shown as words. */
    words: bilingual.optional(),
    label: bilingual,
    /** The sentence of the report the figure comes from, verbatim. */
    source: nonEmpty,
    /** That sentence in English, a faithful translation shown beside it. */
    sourceEn: nonEmpty.optional(),
    derived: z
      .strictObject({
        from: z.array(figureId).min(1),
        formula: bilingual,
      })
      .optional(),
  })
  .refine((f) => f.kind !== 'ratio' || f.words !== undefined, {
    message: 'expected "words" for a ratio (三分之二 → two thirds)',
    path: ['words'],
  })

/** A build step: 0 shows with the slide, 1 on the first click, and so on. */
const step = z.number().int().min(0).max(9).default(0)

export const visualKinds = [
  'compare', // two values of one measure side by side, e.g. 2012 vs 2016
  'declines', // year-on-year decreases as bars
  'bars', // counts of different things, each on its own scale
  'gauges', // rates out of 100%
  'ring', // a share of a whole
  'flow', // a sequence of steps, left to right
  'hub', // one centre with spokes (systems of a platform, networks of a system)
  'origins', // places that sent something to Wuhai
] as const

const point = z.strictObject({ text: bilingual, step, figures: z.array(figureId).default([]) })

/** Signpost icons a slide may use, by name (src/slides/icons.ts draws them). */
export const iconNames = [
  'car',
  'flame',
  'shield-check',
  'heart-handshake',
  'lightbulb',
  'scale',
  'leaf',
  'globe',
  'share',
  'radar',
  'users',
  'cloud',
  'server',
  'network',
  'fuel',
  'radio-tower',
  'cctv',
  'mic',
  'award',
  'landmark',
  'shield',
  'siren',
  'pill',
  'cpu',
  'database',
  'smartphone',
  'graduation-cap',
  'scan-eye',
] as const

/** Which way a measure went: `down` for fewer accidents, `up` for more satisfaction. */
export const trends = ['up', 'down'] as const

const iconTile = z.strictObject({
  icon: z.enum(iconNames),
  text: bilingual,
  /** The measures of the tile that went up or down, each with its mark. */
  trends: z
    .array(z.strictObject({ text: bilingual, direction: z.enum(trends) }))
    .max(3)
    .default([]),
  step: step.optional(),
})

const timelineEvent = z.strictObject({
  /** As the report dates it; events the report does not date have none. */
  date: bilingual.optional(),
  icon: z.enum(iconNames),
  text: bilingual,
  step: step.optional(),
})

export const blockTypes = ['points', 'stats', 'chart', 'quote', 'source', 'tiles', 'timeline'] as const

export const block = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('points'), items: z.array(point).min(1).max(6) }),
  z.strictObject({
    type: z.literal('stats'),
    step,
    tiles: z
      .array(z.strictObject({ figure: figureId, caption: bilingual.optional(), step: step.optional() }))
      .min(1)
      .max(6),
  }),
  z.strictObject({
    type: z.literal('chart'),
    step,
    visual: z.enum(visualKinds),
    figures: z.array(figureId).default([]),
    /** Text nodes of a diagram (flow, hub, origins): the first is the centre or the start. */
    nodes: z.array(bilingual).default([]),
    title: bilingual.optional(),
    caption: bilingual.optional(),
    /** What a screen reader hears: the chart's message in one sentence. */
    description: bilingual,
  }),
  z.strictObject({ type: z.literal('quote'), step, text: bilingual, by: bilingual }),
  z.strictObject({ type: z.literal('source'), text: bilingual }),
  /** A grid of icon tiles: the slide's things at a glance, with up/down marks where they changed. */
  z.strictObject({
    type: z.literal('tiles'),
    step,
    /** One or two rows of tiles, each with its own heading and build step. */
    groups: z
      .array(
        z.strictObject({ title: bilingual.optional(), step: step.optional(), items: z.array(iconTile).min(1).max(6) }),
      )
      .min(1)
      .max(2),
  }),
  /** Events in order, left to right. */
  z.strictObject({ type: z.literal('timeline'), step, events: z.array(timelineEvent).min(2).max(5) }),
])

/** A section divider's headline: the part's figure or phrase, shown beside its number and title. */
export const headline = z
  .strictObject({
    figure: figureId.optional(),
    text: bilingual.optional(),
    /** Words under the figure or phrase; a figure's own label when absent. */
    caption: bilingual.optional(),
    icon: z.enum(iconNames).optional(),
  })
  .refine((h) => (h.figure === undefined) !== (h.text === undefined), {
    message: 'expected either "figure" or "text"',
  })

export const layouts = ['title', 'agenda', 'section', 'points', 'stats', 'chart', 'quote', 'closing'] as const

export const slide = z.strictObject({
  id: figureId,
  layout: z.enum(layouts),
  /** Number of the report's part (1, 2, …) the slide belongs to, when it belongs to one. */
  section: z.number().int().min(1).max(99).optional(),
  kicker: bilingual.optional(),
  title: bilingual,
  subtitle: bilingual.optional(),
  /** Section dividers: what the part is about, in one figure or phrase. */
  headline: headline.optional(),
  blocks: z.array(block).default([]),
  notes: bilingual,
  /** Kiosk dwell time in seconds; the player picks a default from the layout when absent. */
  dwell: z.number().positive().max(600).optional(),
  /** Speaking time in seconds for the time plan; estimated from the notes when absent. */
  speakingSeconds: z.number().positive().max(3600).optional(),
})

/** Where an editor finds the file's JSON Schema; the app ignores it. */
const schemaRef = z.string().optional()

export const deck = z.strictObject({ $schema: schemaRef, slides: z.array(slide).min(1) })

export const figureFile = z.strictObject({ $schema: schemaRef, figures: z.array(figure).min(1) })

export const glossary = z.strictObject({
  $schema: schemaRef,
  terms: z
    .array(
      z.strictObject({
        zh: nonEmpty,
        en: nonEmpty,
        note: z.string().optional(),
        /** Other English forms a sentence may use for the term; the note says why. */
        variants: z.array(nonEmpty).optional(),
      }),
    )
    .min(1),
})

export type Bilingual = z.infer<typeof bilingual>
export type Figure = z.infer<typeof figure>
export type FigureKind = (typeof figureKinds)[number]
export type Block = z.infer<typeof block>
export type ChartBlock = Extract<Block, { type: 'chart' }>
export type TilesBlock = Extract<Block, { type: 'tiles' }>
export type TimelineBlock = Extract<Block, { type: 'timeline' }>
export type IconName = (typeof iconNames)[number]
export type Headline = z.infer<typeof headline>
export type VisualKind = (typeof visualKinds)[number]
export type Slide = z.infer<typeof slide>
export type Deck = z.infer<typeof deck>
export type Glossary = z.infer<typeof glossary>
