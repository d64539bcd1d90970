// What windows showing the same briefing share: the deck's place, and the stamped messages that carry it.
import { langSchema } from './langSchema'
import { programmeDigestSchema } from './programme'
import { limits, screens, themes } from './rules'
import { z } from './zod'

/** Everything another window needs to show the same place in the briefing. */
export const deckSnapshotSchema = z.strictObject({
  /** 0-based slide index. */
  slide: z.int().min(0).max(limits.slides),
  step: z.int().min(0).max(limits.steps),
  lang: langSchema,
  bilingual: z.boolean(),
  screen: z.enum(screens),
  /** The slides' theme, so that the presenter's view of the slide is the room's. */
  theme: z.enum(themes).optional(),
  /** The running programme's fingerprint; absent for the whole report. */
  programme: programmeDigestSchema.optional(),
  /** On a slide outside the programme: the place the deck returns to. */
  resume: z
    .strictObject({ slide: z.int().min(0).max(limits.slides), step: z.int().min(0).max(limits.steps) })
    .optional(),
})
export type DeckSnapshot = z.infer<typeof deckSnapshotSchema>

/** Id of the window that made a change; breaks ties between equal sequence numbers. */
export const originSchema = z.string().min(1).max(limits.originLength)

/** A window's change as it publishes it to the desktop app, which stamps it (see sync.ts). */
export const deckUpdateSchema = z.strictObject({ origin: originSchema, state: deckSnapshotSchema })
export type DeckUpdate = z.infer<typeof deckUpdateSchema>

/** A deck state stamped so that every window keeps the newest one. */
export const syncMessageSchema = z.strictObject({
  seq: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  origin: originSchema,
  state: deckSnapshotSchema,
})
export type SyncMessage = z.infer<typeof syncMessageSchema>
