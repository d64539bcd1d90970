// Every contract channel, registered in one place behind a sender check and payload validation.
import { invokeChannels, sendChannels, type AppInfo, type Settings, type SyncMessage } from '../shared/contract'
import { acceptSender, type SenderFacts } from './trust'
import { parseOptionalBoolean, parsePatch, parsePin, parsePrintReady, parseSyncMessage } from './validate'

export interface IpcSender {
  id: number
}

export interface IpcEventLike {
  sender: IpcSender
}

export interface IpcMainLike<H extends IpcEventLike, O extends IpcEventLike> {
  handle(channel: string, listener: (event: H, ...args: unknown[]) => unknown): void
  on(channel: string, listener: (event: O, ...args: unknown[]) => void): unknown
}

export interface IpcHandlers {
  getSettings(sender: IpcSender): Settings | Promise<Settings>
  saveSettings(sender: IpcSender, patch: Record<string, unknown>): Settings | Promise<Settings>
  getInfo(sender: IpcSender): AppInfo
  openPresenter(sender: IpcSender): void | Promise<void>
  toggleFullScreen(sender: IpcSender, on: boolean | undefined): boolean
  exitKiosk(sender: IpcSender, pin: string): boolean
  getDeckState(sender: IpcSender): SyncMessage | null
  publishDeck(sender: IpcSender, message: SyncMessage): void
  printReady(sender: IpcSender, pages: number): void
}

export interface IpcOptions<E extends IpcEventLike> {
  /** Facts about event.senderFrame and event.sender (see trust.ts). */
  senderFacts(event: E): SenderFacts
  allowedOrigins(): readonly string[]
  log(message: string): void
}

class Rejected extends Error {}

/** Wires every invoke and send channel of the contract; returns the channel names it registered. */
export function registerIpc<H extends IpcEventLike, O extends IpcEventLike>(
  ipcMain: IpcMainLike<H, O>,
  handlers: IpcHandlers,
  options: IpcOptions<H | O>,
): string[] {
  const registered: string[] = []
  const trusted = (event: H | O, channel: string): boolean => {
    const facts = options.senderFacts(event)
    if (acceptSender(facts, options.allowedOrigins())) return true
    options.log(`ipc ${channel}: rejected sender ${facts.frameUrl ?? '(no frame)'}`)
    return false
  }

  function invoke(channel: string, run: (sender: IpcSender, args: unknown[]) => unknown) {
    registered.push(channel)
    ipcMain.handle(channel, (event, ...args) => {
      if (!trusted(event, channel)) throw new Rejected(`${channel}: sender not allowed`)
      return run(event.sender, args)
    })
  }
  function send(channel: string, run: (sender: IpcSender, payload: unknown) => void) {
    registered.push(channel)
    ipcMain.on(channel, (event, payload) => {
      if (!trusted(event, channel)) return
      try {
        run(event.sender, payload)
      } catch (error) {
        options.log(`ipc ${channel}: ${(error as Error).stack ?? error}`)
      }
    })
  }
  const invalid = (channel: string): never => {
    options.log(`ipc ${channel}: invalid arguments`)
    throw new Rejected(`${channel}: invalid arguments`)
  }

  invoke(invokeChannels.getSettings, (sender) => handlers.getSettings(sender))
  invoke(invokeChannels.saveSettings, (sender, [patch]) => {
    const parsed = parsePatch(patch)
    return parsed ? handlers.saveSettings(sender, parsed) : invalid(invokeChannels.saveSettings)
  })
  invoke(invokeChannels.getInfo, (sender) => handlers.getInfo(sender))
  invoke(invokeChannels.openPresenter, (sender) => handlers.openPresenter(sender))
  invoke(invokeChannels.toggleFullScreen, (sender, [on]) => {
    const parsed = parseOptionalBoolean(on)
    return parsed.ok ? handlers.toggleFullScreen(sender, parsed.value) : invalid(invokeChannels.toggleFullScreen)
  })
  invoke(invokeChannels.exitKiosk, (sender, [pin]) => {
    const parsed = parsePin(pin)
    return parsed === null ? invalid(invokeChannels.exitKiosk) : handlers.exitKiosk(sender, parsed)
  })
  invoke(invokeChannels.getDeckState, (sender) => handlers.getDeckState(sender))

  send(sendChannels.publishDeck, (sender, payload) => {
    const message = parseSyncMessage(payload)
    if (message) handlers.publishDeck(sender, message)
    else options.log(`ipc ${sendChannels.publishDeck}: dropped a malformed message`)
  })
  send(sendChannels.printReady, (sender, payload) => {
    const pages = parsePrintReady(payload)
    if (pages !== null) handlers.printReady(sender, pages)
    else options.log(`ipc ${sendChannels.printReady}: dropped a malformed message`)
  })
  return registered
}
