// A report pack: one folder with everything report-specific — pack.json (what the report is and how
// it is presented), deck.json (the slides), figures.json (the numbers), glossary.json (terms) and
// source.zh.txt (the report itself). The app knows nothing about any one report beyond its pack.
import { z } from 'zod'
import { packFormat } from './files'
import { bilingual, figureId, layouts } from './schema'

export { appPackFiles, itemFigureIds, packFiles, packFormat, reportTitle } from './files'

const seconds = z.number().positive().max(600)

/** One item of a dashboard panel: a count-up tile, a ring (a share) or bars on a shared scale. */
export const panelItem = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('tile'), figure: figureId }),
  z.strictObject({ kind: z.literal('ring'), figure: figureId }),
  z.strictObject({
    kind: z.literal('bars'),
    /** What the bars are: two values of one measure, year-on-year decreases, or counts of different things. */
    visual: z.enum(['compare', 'declines', 'bars']),
    figures: z.array(figureId).min(2).max(4),
  }),
])

export const dashboardPanel = z.strictObject({
  id: figureId,
  title: bilingual,
  items: z.array(panelItem).min(1).max(3),
})

/** A lobby screen's one-page summary of the year: up to twelve panels. */
export const dashboard = z.strictObject({
  title: bilingual,
  panels: z.array(dashboardPanel).min(1).max(12),
})

/** A number of the source text that no figure shows, on purpose (a year, a case name, a date…). */
export const excusedNumber = z.strictObject({
  /** The number as it is written, e.g. "2016", "4·16", "11-12". */
  token: z.string().min(1),
  /** A verbatim bit of the source around it; the excuse covers only the occurrence inside it. */
  context: z.string().min(1),
  why: z.string().min(1),
})

export const kioskDefaults = z.strictObject({
  /** Seconds a slide stays, per layout, where the slide itself does not say. */
  dwell: z.partialRecord(z.enum(layouts), seconds).optional(),
  /** The scenes an unattended screen plays, e.g. "tour:zh, dashboard, tour:en, dashboard". */
  scenes: z.string().min(1).optional(),
})

export const pack = z.strictObject({
  $schema: z.string().optional().describe("Where an editor finds this file's JSON Schema; the app ignores it."),
  format: z
    .literal(packFormat, { error: `expected ${packFormat}, the pack format this app reads` })
    .describe('The pack format the files are written in.'),
  id: figureId.describe('A short name for file names, e.g. "wuhai-police-2016".'),
  year: z.int().min(1900).max(2200).describe('The year the report reviews.'),
  title: bilingual.describe("The report's own title, e.g. 2016年工作回顾 / Review of 2016."),
  organisation: bilingual.describe('Whose report it is; windows are named organisation + title.'),
  place: bilingual.describe('The place visitors come to, as welcome and closing slides name it.'),
  credit: bilingual.optional().describe('The by-line on the title slide.'),
  languages: z
    .array(z.enum(['zh', 'en']))
    .refine((list) => list.includes('zh') && list.includes('en') && list.length === 2, {
      message: 'expected ["zh", "en"]: every text of a pack is written in Chinese and English',
    })
    .describe('The languages of every text: ["zh", "en"].'),
  plannedMinutes: z
    .number()
    .positive()
    .max(600)
    .describe("Planned length of the talk in minutes, the presenter view's pace reference."),
  kiosk: kioskDefaults.optional().describe('What an unattended screen plays by default.'),
  dashboard: dashboard.optional().describe("The lobby screen's one-page summary; absent: no dashboard."),
  excusedNumbers: z
    .array(excusedNumber)
    .default([])
    .describe('Numbers of the source text that no figure shows, each with the reason (see check-report).'),
})

export type Pack = z.infer<typeof pack>
export type DashboardPanel = z.infer<typeof dashboardPanel>
export type PanelItem = z.infer<typeof panelItem>
export type ExcusedNumber = z.infer<typeof excusedNumber>
