// What a kiosk renderer reports about itself (once a minute and when a visitor starts or stops
// browsing), for the main process's hourly heartbeat line and its refresh rule.
import { z } from './zod'

const count = z.number().int().min(0).max(1e12)

export const kioskReportSchema = z.strictObject({
  /** Seconds since this page loaded. */
  uptimeSeconds: z.number().min(0).max(1e9),
  /** The JS heap in use, where the engine tells (Chromium). */
  heapBytes: count.optional(),
  domNodes: count,
  liveCharts: count,
  /** Full passes through the kiosk's scenes. */
  loops: count,
  /** A visitor is browsing (the tour is paused). */
  browsing: z.boolean(),
  screen: z.enum(['tour', 'dashboard', 'closed']),
})
export type KioskReport = z.infer<typeof kioskReportSchema>
