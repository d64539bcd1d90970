import { langSchema } from './langSchema'
import { z } from './zod'

/** Commands the application menu sends to the audience window. */
export const menuCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('language'), lang: langSchema }),
  z.strictObject({ type: z.literal('bilingual') }),
  z.strictObject({ type: z.literal('overview') }),
  z.strictObject({ type: z.literal('help') }),
  z.strictObject({ type: z.literal('black') }),
  z.strictObject({ type: z.literal('progress'), visible: z.boolean() }),
  /** Switches between the light and the dark theme (like the T key). */
  z.strictObject({ type: z.literal('theme') }),
  /** Kiosk mode: the exit combination was pressed; the renderer asks for the PIN and calls exitKiosk. */
  z.strictObject({ type: z.literal('kiosk-exit-prompt') }),
])
export type MenuCommand = z.infer<typeof menuCommandSchema>
