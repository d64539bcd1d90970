import type {
  ExportProgress,
  KioskReport,
  MenuCommand,
  Pointer,
  Programme,
  ProgrammeOpened,
  ProgrammeSaved,
  SettingsPatch,
  SettingsView,
  SharedOverlay,
  ViewRequest,
} from '../contract'
import type { SyncTransport } from '../deck/sync.svelte'

/** Messages to the other deck windows, latest wins; nothing is numbered or kept. */
export interface PeerTransport<T> {
  publish(message: T): void
  subscribe(listener: (message: T) => void): () => void
}

/** What the renderer needs from its host: the Electron app or a plain browser. */
export interface Platform {
  kind: 'electron' | 'web'
  loadSettings(): Promise<Partial<SettingsView>>
  saveSettings(patch: SettingsPatch): Promise<void>
  openPresenter(slideIndex: number): void
  toggleFullScreen(): Promise<void>
  enterFullScreen(): Promise<void>
  sync: SyncTransport
  /** The laser pointer between the deck windows (presenter → audience). */
  pointer: PeerTransport<Pointer>
  /** The overlay the room sees (where from, zoom, appendix), between the deck windows. */
  overlays: PeerTransport<SharedOverlay>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Progress of a handout export the desktop app runs (File → Export); never fires in a browser. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void
  /** Tells the host the print layout is complete (fonts loaded, every chart finished). */
  printReady(pages: number): void
  exitKiosk(pin: string): Promise<boolean>
  /** The programme the app or the web edition's server was started with (`--programme=FILE`), unchecked; null if none. */
  launchProgramme(): Promise<unknown>
  /** Writes a programme to a file the user chooses (desktop: a save dialog; web: a download). */
  saveProgrammeFile(programme: Programme): Promise<ProgrammeSaved>
  /** Reads a programme file the user chooses, as text to be checked. */
  openProgrammeFile(): Promise<ProgrammeOpened>
  /** Shows the Prepare view, or the briefing (with a programme) in this window. */
  showView(request: ViewRequest): void
  /** A kiosk's figures for the desktop app's heartbeat log; the web edition has no log and drops them. */
  reportKiosk(report: KioskReport): void
}
