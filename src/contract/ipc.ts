// The one IPC contract: for every channel, the schema of what a renderer sends (checked in the main
// process) and the type of what comes back. The preload's API and the main process's handlers are
// both typed from these maps, so a handler that does not fit its channel fails to compile.
import type { EventName, InvokeName, SendName } from './channels'
import { deckUpdateSchema, type SyncMessage } from './deck'
import { printedPagesSchema, type ExportProgress } from './export'
import { kioskReportSchema } from './heartbeat'
import type { MenuCommand } from './menu'
import {
  programmeSchema,
  viewRequestSchema,
  type Programme,
  type ProgrammeOpened,
  type ProgrammeSaved,
} from './programme'
import { pointerSchema, sharedOverlaySchema, type Pointer, type SharedOverlay } from './pointer'
import { pinAttemptSchema, settingsPatchSchema, type SettingsView } from './settings'
import { z } from './zod'

export interface AppInfo {
  version: string
  electron: string
  kiosk: boolean
}

/** Arguments of each invoke channel, as the main process validates them. */
export const invokeArgs = {
  getSettings: z.tuple([]),
  saveSettings: z.tuple([settingsPatchSchema]),
  getInfo: z.tuple([]),
  openPresenter: z.tuple([]),
  /** Sets the window full screen (`on`), or toggles it when `on` is absent. */
  toggleFullScreen: z.tuple([z.boolean().optional()]),
  exitKiosk: z.tuple([pinAttemptSchema]),
  getDeckState: z.tuple([]),
  getProgramme: z.tuple([]),
  saveProgrammeFile: z.tuple([programmeSchema]),
  openProgrammeFile: z.tuple([]),
  /** Only the audience window may change what it shows. */
  showView: z.tuple([viewRequestSchema]),
} satisfies Record<InvokeName, z.ZodTuple>

export interface InvokeResults {
  getSettings: SettingsView
  saveSettings: SettingsView
  getInfo: AppInfo
  openPresenter: void
  /** The window's new full-screen state. */
  toggleFullScreen: boolean
  exitKiosk: boolean
  getDeckState: SyncMessage | null
  /** The programme given with `--programme` (checked against the schema), or null. */
  getProgramme: Programme | null
  saveProgrammeFile: ProgrammeSaved
  openProgrammeFile: ProgrammeOpened
  showView: void
}

/** Payloads of each send channel. */
export const sendArgs = {
  publishDeck: z.tuple([deckUpdateSchema]),
  printReady: z.tuple([printedPagesSchema]),
  /** The laser pointer of a deck window, for the other deck windows. */
  publishPointer: z.tuple([pointerSchema]),
  /** The overlay a deck window shows the room, for the other deck windows. */
  publishOverlay: z.tuple([sharedOverlaySchema]),
  reportKiosk: z.tuple([kioskReportSchema]),
} satisfies Record<SendName, z.ZodTuple>

/** Payloads the main process pushes. */
export interface EventPayloads {
  deckState: SyncMessage
  menuCommand: MenuCommand
  exportProgress: ExportProgress
  pointer: Pointer
  overlay: SharedOverlay
}

export type InvokeArgs<K extends InvokeName> = z.infer<(typeof invokeArgs)[K]>
export type SendArgs<K extends SendName> = z.infer<(typeof sendArgs)[K]>

export type Unsubscribe = () => void
export type EventMethod<K extends EventName> = `on${Capitalize<K>}`

/** What the preload exposes on `window.briefing`: one function per channel. */
export type BriefingApi = {
  readonly [K in InvokeName]: (...args: InvokeArgs<K>) => Promise<InvokeResults[K]>
} & {
  readonly [K in SendName]: (...args: SendArgs<K>) => void
} & {
  readonly [K in EventName as EventMethod<K>]: (listener: (payload: EventPayloads[K]) => void) => Unsubscribe
}
