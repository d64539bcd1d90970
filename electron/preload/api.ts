// window.briefing: one function per contract channel, built over whatever ipcRenderer is given.
// Listeners receive the payload only, never the IPC event.
import {
  eventChannels,
  invokeChannels,
  sendChannels,
  type AppInfo,
  type BriefingApi,
  type ExportProgress,
  type MenuCommand,
  type Settings,
  type SyncMessage,
  type Unsubscribe,
} from '../shared/contract'

type Listener = (event: unknown, ...args: unknown[]) => void

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  send(channel: string, ...args: unknown[]): void
  on(channel: string, listener: Listener): unknown
  removeListener(channel: string, listener: Listener): unknown
}

export function createBriefingApi(ipc: IpcRendererLike): BriefingApi {
  function subscribe<T>(channel: string) {
    return (listener: (payload: T) => void): Unsubscribe => {
      if (typeof listener !== 'function') throw new TypeError(`${channel}: listener must be a function`)
      const handler: Listener = (_event, payload) => listener(payload as T)
      ipc.on(channel, handler)
      let subscribed = true
      return () => {
        if (!subscribed) return
        subscribed = false
        ipc.removeListener(channel, handler)
      }
    }
  }

  return Object.freeze({
    getSettings: () => ipc.invoke(invokeChannels.getSettings) as Promise<Settings>,
    saveSettings: (patch: Partial<Settings>) => ipc.invoke(invokeChannels.saveSettings, patch) as Promise<Settings>,
    getInfo: () => ipc.invoke(invokeChannels.getInfo) as Promise<AppInfo>,
    openPresenter: async () => {
      await ipc.invoke(invokeChannels.openPresenter)
    },
    toggleFullScreen: (on?: boolean) => ipc.invoke(invokeChannels.toggleFullScreen, on) as Promise<boolean>,
    exitKiosk: (pin: string) => ipc.invoke(invokeChannels.exitKiosk, pin) as Promise<boolean>,
    getDeckState: () => ipc.invoke(invokeChannels.getDeckState) as Promise<SyncMessage | null>,
    publishDeck: (message: SyncMessage) => ipc.send(sendChannels.publishDeck, message),
    printReady: (pages: number) => ipc.send(sendChannels.printReady, { pages }),
    onDeckState: subscribe<SyncMessage>(eventChannels.deckState),
    onMenuCommand: subscribe<MenuCommand>(eventChannels.menuCommand),
    onExportProgress: subscribe<ExportProgress>(eventChannels.exportProgress),
  })
}
