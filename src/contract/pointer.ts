// The laser pointer as it travels between windows: a place on the slide canvas in fractions of its
// 1920×1080 size (0–1 from the left and from the top), or hidden. Fractions, so the windows may
// show the canvas at any scale.
import { z } from './zod'

export const pointerSchema = z.discriminatedUnion('visible', [
  z.strictObject({ visible: z.literal(true), x: z.number().min(0).max(1), y: z.number().min(0).max(1) }),
  z.strictObject({ visible: z.literal(false) }),
])
export type Pointer = z.infer<typeof pointerSchema>

export const hiddenPointer: Pointer = { visible: false }
