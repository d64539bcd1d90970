// What each IPC channel does in the running app, registered through registerIpc (ipc.ts), which
// checks the sender and the payload first.
import type { BrowserWindow, IpcMainEvent, IpcMainInvokeEvent } from 'electron'
import { applySettingsPatch, eventChannels, settingsView, type AppInfo } from '../../src/contract'
import type { AppContext, LiveSettings } from './context'
import { registerIpc } from './ipc'
import { PinLock } from './kiosk-pin'
import { lockFileStore } from './lock-file'
import { userPaths } from './paths'
import type { KioskMode } from './kiosk-mode'
import { describeError } from './log'
import { peerTargets } from './peer-relay'
import { programmeDialogs } from './programme-dialogs'
import { openProgrammeFile, saveProgrammeFile } from './programme-files'
import { toggleFullScreen } from './windows'

/** What the handlers ask of the windows and the menu (a WindowController, or nothing while exporting). */
export interface DeckWindows {
  readonly audience: BrowserWindow | undefined
  openPresenter(): void
  refreshMenu(): void
  showView(view: 'audience' | 'prepare', programme?: string): void
}

export const noWindows: DeckWindows = {
  audience: undefined,
  openPresenter: () => {},
  refreshMenu: () => {},
  showView: () => {},
}

export function appInfo(ctx: AppContext, kiosk: boolean): AppInfo {
  return { version: ctx.deps.app.getVersion(), electron: ctx.deps.process.electronVersion ?? 'unknown', kiosk }
}

export function wireIpc(ctx: AppContext, settings: LiveSettings, windows: DeckWindows, kiosk?: KioskMode): void {
  const { log, registry, relay, signals, store } = ctx
  const gate = new PinLock(
    () => settings.current.kiosk.pinHash,
    lockFileStore(userPaths(ctx.deps.app.getPath('userData')).settings),
    () => ctx.clock().getTime(),
    (m) => log.warn(m),
  )
  const deckWindowIds = () => registry.deckWindows().map((w) => w.webContents.id)
  /** The laser pointer and the shared overlay go from one deck window to the others. */
  const toOtherDeckWindows = (senderId: number, channel: string, payload: unknown) => {
    for (const id of peerTargets(senderId, deckWindowIds()) ?? [])
      ctx.deps.webContents.fromId(id)?.send(channel, payload)
  }
  registerIpc(
    ctx.deps.ipcMain,
    {
      getSettings: () => settingsView(settings.current),
      saveSettings: async (_sender, patch) => {
        const next = applySettingsPatch(settings.current, patch)
        for (const problem of next.problems) log.warn(problem)
        if (JSON.stringify(next.settings) === JSON.stringify(settings.current)) return settingsView(settings.current)
        settings.current = next.settings
        await store.save(settings.current).catch((error) => log.error(`settings not saved: ${describeError(error)}`))
        windows.refreshMenu()
        return settingsView(settings.current)
      },
      getInfo: () => appInfo(ctx, kiosk !== undefined),
      openPresenter: () => windows.openPresenter(),
      toggleFullScreen: (sender, on) => toggleFullScreen(registry.byContentsId(sender.id), on),
      exitKiosk: async (_sender, pin) => {
        if (!kiosk) return false
        const result = await gate.attempt(pin)
        if (result.ok) {
          log.info('kiosk: exit PIN accepted; quitting')
          kiosk.allowClose()
          setImmediate(() => ctx.deps.app.quit())
          return true
        }
        log.warn(
          result.lockedForMs > 0
            ? `kiosk: wrong PIN; locked for ${Math.ceil(result.lockedForMs / 1000)} s`
            : 'kiosk: wrong PIN',
        )
        return false
      },
      getDeckState: () => relay.latest,
      getProgramme: () => ctx.launched.programme,
      reportKiosk: (sender, report) => {
        if (kiosk && sender.id === registry.audience?.webContents.id) kiosk.report(report)
      },
      publishPointer: (sender, pointer) => toOtherDeckWindows(sender.id, eventChannels.pointer, pointer),
      publishOverlay: (sender, overlay) => toOtherDeckWindows(sender.id, eventChannels.overlay, overlay),
      saveProgrammeFile: (sender, programme) => saveProgrammeFile(programme, programmeDialogs(ctx, sender.id)),
      openProgrammeFile: (sender) => openProgrammeFile(programmeDialogs(ctx, sender.id)),
      showView: (sender, request) => {
        if (windows.audience?.webContents.id !== sender.id || kiosk) {
          log.warn(`showView from window ${sender.id}, which is not the audience window; ignored`)
          return
        }
        windows.showView(request.view === 'prepare' ? 'prepare' : 'audience', request.programme)
      },
      publishDeck: (sender, update) => {
        const published = relay.publish(sender.id, update, deckWindowIds())
        if (!published) {
          log.warn(`deck update from window ${sender.id}, which is not a deck window; dropped`)
          return
        }
        for (const id of published.to) ctx.deps.webContents.fromId(id)?.send(eventChannels.deckState, published.message)
        windows.refreshMenu()
      },
      printReady: (sender, pages) => {
        if (!signals.ready(sender.id, pages)) log.warn(`printReady from window ${sender.id}, which no export waits for`)
      },
    },
    {
      senderFacts: (event: IpcMainEvent | IpcMainInvokeEvent) => {
        const frame = event.senderFrame
        const main = event.sender.mainFrame
        return {
          frameUrl: frame?.url ?? null,
          mainFrame: frame !== null && frame.processId === main.processId && frame.routingId === main.routingId,
          ownWindow: registry.owns(event.sender.id),
        }
      },
      allowedOrigins: () => ctx.allowedOrigins,
      log: (m) => log.warn(m),
    },
  )
}
