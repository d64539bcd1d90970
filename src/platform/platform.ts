import type { ExportProgress, KioskReport, MenuCommand, SettingsPatch, SettingsView } from '../contract'
import type { SyncTransport } from '../deck/sync.svelte'

/** What the renderer needs from its host: the Electron app or a plain browser. */
export interface Platform {
  kind: 'electron' | 'web'
  loadSettings(): Promise<Partial<SettingsView>>
  saveSettings(patch: SettingsPatch): Promise<void>
  openPresenter(slideIndex: number): void
  toggleFullScreen(): Promise<void>
  enterFullScreen(): Promise<void>
  sync: SyncTransport
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Progress of a handout export the desktop app runs (File → Export); never fires in a browser. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void
  /** Tells the host the print layout is complete (fonts loaded, every chart finished). */
  printReady(pages: number): void
  exitKiosk(pin: string): Promise<boolean>
  /** A kiosk's figures for the desktop app's heartbeat log; the web edition has no log and drops them. */
  reportKiosk(report: KioskReport): void
}
