// The running briefing as every view sees it: one deck, the report, the typed-number buffer, the
// host platform and how the window was opened. App.svelte provides it once; views read it from
// context instead of passing it down by hand.
import { getContext, setContext } from 'svelte'
import type { SettingsView, StartupOptions } from '../contract'
import type { Report } from '../content/validate'
import type { DeckState } from '../deck/deck.svelte'
import type { JumpBuffer } from '../input/jump.svelte'
import type { Platform } from '../platform'
import type { RunningOrder } from '../programme/order'

export interface Briefing {
  readonly deck: DeckState
  /** The report as this window runs it: with a programme, its slides include the welcome and closing. */
  readonly report: Report
  /** The report as loaded, every slide and nothing generated. */
  readonly fullReport: Report
  /** The stops the briefing goes through (see src/programme/order.ts). */
  readonly order: RunningOrder
  readonly jump: JumpBuffer
  readonly platform: Platform
  readonly startup: StartupOptions
  readonly settings: Partial<SettingsView>
  /** Slides animate (false in reduced-motion mode). */
  readonly motion: boolean
  /** Live chart instances (the kiosk reports them). */
  readonly liveCharts?: () => number
}

/** Exported so that component tests can provide a briefing of their own. */
export const briefingKey = Symbol('briefing')

export function provideBriefing(briefing: Briefing): Briefing {
  return setContext(briefingKey, briefing)
}

export function useBriefing(): Briefing {
  const briefing = getContext<Briefing | undefined>(briefingKey)
  if (!briefing) throw new Error('no briefing in context: App.svelte provides it')
  return briefing
}
