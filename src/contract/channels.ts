// The IPC channel names. Imports nothing, so the sandboxed preload bundles only these strings.

/** Request/response channels (ipcRenderer.invoke → ipcMain.handle). */
export const invokeChannels = {
  getSettings: 'settings:get',
  saveSettings: 'settings:save',
  getInfo: 'app:info',
  openPresenter: 'presenter:open',
  toggleFullScreen: 'window:toggle-full-screen',
  exitKiosk: 'kiosk:exit',
  getDeckState: 'deck:get',
  getProgramme: 'programme:get',
  saveProgrammeFile: 'programme:save-file',
  openProgrammeFile: 'programme:open-file',
  showView: 'window:show-view',
} as const

/** Fire-and-forget channels from a renderer (ipcRenderer.send → ipcMain.on). */
export const sendChannels = {
  publishDeck: 'deck:publish',
  printReady: 'print:ready',
  publishPointer: 'pointer:publish',
  publishOverlay: 'overlay:publish',
  reportKiosk: 'kiosk:report',
} as const

/** Events pushed from the main process to renderers (webContents.send → ipcRenderer.on). */
export const eventChannels = {
  deckState: 'deck:state',
  menuCommand: 'menu:command',
  exportProgress: 'export:progress',
  pointer: 'pointer:state',
  overlay: 'overlay:state',
} as const

export type InvokeName = keyof typeof invokeChannels
export type SendName = keyof typeof sendChannels
export type EventName = keyof typeof eventChannels

/** The name of the preload's API on `window`. */
export const apiKey = 'briefing'

/** The web edition's local-storage key for its settings (platform/web.ts; read before start by firstPaint/boot.ts). */
export const webSettingsKey = 'wuhai-briefing.settings'
