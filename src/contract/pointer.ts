// What deck windows share for the question round besides the deck itself. The laser pointer: a
// place on the slide canvas in fractions of its 1920×1080 size (0–1 from the left and from the
// top), or hidden; fractions, so the windows may show the canvas at any scale. The overlay the
// room sees: where a slide's figures come from, a zoomed block, a page of the data appendix.
import { limits } from './rules'
import { z } from './zod'

export const pointerSchema = z.discriminatedUnion('visible', [
  z.strictObject({ visible: z.literal(true), x: z.number().min(0).max(1), y: z.number().min(0).max(1) }),
  z.strictObject({ visible: z.literal(false) }),
])
export type Pointer = z.infer<typeof pointerSchema>

const slideIndex = z.int().min(0).max(limits.slides)

export const sharedOverlaySchema = z.discriminatedUnion('overlay', [
  z.strictObject({ overlay: z.literal('none') }),
  z.strictObject({
    overlay: z.literal('where-from'),
    slide: slideIndex,
    figure: z.string().max(limits.originLength).nullable(),
  }),
  z.strictObject({ overlay: z.literal('zoom'), slide: slideIndex, block: z.int().min(0).max(99) }),
  z.strictObject({ overlay: z.literal('appendix'), page: z.int().min(0).max(limits.slides) }),
])
export type SharedOverlay = z.infer<typeof sharedOverlaySchema>
