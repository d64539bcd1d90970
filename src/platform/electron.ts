// The Electron app: everything goes through the preload's `window.briefing` API.
import type { BriefingApi } from '../contract'
import type { Platform } from './platform'

export function electronPlatform(api: BriefingApi): Platform {
  return {
    kind: 'electron',
    loadSettings: () => api.getSettings(),
    async saveSettings(patch) {
      await api.saveSettings(patch)
    },
    openPresenter: () => void api.openPresenter(),
    async toggleFullScreen() {
      await api.toggleFullScreen()
    },
    async enterFullScreen() {
      await api.toggleFullScreen(true)
    },
    sync: {
      publish: ({ origin, state }) => api.publishDeck({ origin, state }),
      subscribe: (listener) => api.onDeckState(listener),
      latest: () => api.getDeckState(),
    },
    pointer: {
      publish: (pointer) => api.publishPointer(pointer),
      subscribe: (listener) => api.onPointer(listener),
    },
    overlays: {
      publish: (overlay) => api.publishOverlay(overlay),
      subscribe: (listener) => api.onOverlay(listener),
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onExportProgress: (listener) => api.onExportProgress(listener),
    printReady: (pages) => api.printReady(pages),
    exitKiosk: (pin) => api.exitKiosk(pin),
    launchProgramme: () => api.getProgramme(),
    saveProgrammeFile: (programme) => api.saveProgrammeFile(programme),
    openProgrammeFile: () => api.openProgrammeFile(),
    showView: (request) => void api.showView(request),
    reportKiosk: (report) => api.reportKiosk(report),
  }
}
