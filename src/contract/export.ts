// Handouts: what can be exported, how its files are named, and the progress an export reports.
import { handoutVariants, limits } from './rules'
import { startLanguages } from './lang'
import { z } from './zod'

export const exportFormats = ['pdf', 'png'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** One handout to make: its language (`bi`: bilingual slides) and variant. */
export const exportRequestSchema = z.strictObject({
  lang: z.enum(startLanguages),
  handout: z.enum(handoutVariants),
})
export type ExportRequest = z.infer<typeof exportRequestSchema>

export const exportProgressSchema = z.strictObject({
  done: z.int().min(0),
  total: z.int().min(0),
  /** Set once when the export ends. */
  result: z
    .discriminatedUnion('ok', [
      z.strictObject({ ok: z.literal(true), path: z.string() }),
      z.strictObject({ ok: z.literal(false), message: z.string() }),
    ])
    .optional(),
})
export type ExportProgress = z.infer<typeof exportProgressSchema>

/** How many pages a print window laid out: one per slide, so never more than a deck can hold. */
export const printedPagesSchema = z.int().min(1).max(limits.slides)

/** slide-01.png ... slide-12.png; wider numbers when there are 100 or more slides. */
export function slideFileName(n: number, total: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`bad slide number ${n}`)
  const width = Math.max(2, String(Math.max(total, n)).length)
  return `slide-${String(n).padStart(width, '0')}.png`
}

export const slideFilePattern = /^slide-\d{2,5}\.png$/
