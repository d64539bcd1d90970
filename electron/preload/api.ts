// window.briefing: one function per contract channel, built over whatever ipcRenderer is given.
// Listeners receive the payload only, never the IPC event.
import {
  eventChannels,
  invokeChannels,
  sendChannels,
  type EventName,
  type InvokeName,
  type SendName,
} from '../../src/contract/channels'
import type { BriefingApi, EventMethod, Unsubscribe } from '../../src/contract/ipc'

type Listener = (event: unknown, ...args: unknown[]) => void

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  send(channel: string, ...args: unknown[]): void
  on(channel: string, listener: Listener): unknown
  removeListener(channel: string, listener: Listener): unknown
}

const eventMethod = <K extends EventName>(name: K) => `on${name[0]!.toUpperCase()}${name.slice(1)}` as EventMethod<K>

export function createBriefingApi(ipc: IpcRendererLike): BriefingApi {
  const api: Record<string, unknown> = {}
  for (const name of Object.keys(invokeChannels) as InvokeName[]) {
    const channel = invokeChannels[name]
    api[name] = (...args: unknown[]) => ipc.invoke(channel, ...args)
  }
  for (const name of Object.keys(sendChannels) as SendName[]) {
    const channel = sendChannels[name]
    api[name] = (...args: unknown[]) => ipc.send(channel, ...args)
  }
  for (const name of Object.keys(eventChannels) as EventName[]) {
    const channel = eventChannels[name]
    api[eventMethod(name)] = (listener: (payload: unknown) => void): Unsubscribe => {
      if (typeof listener !== 'function') throw new TypeError(`${channel}: listener must be a function`)
      const handler: Listener = (_event, payload) => listener(payload)
      ipc.on(channel, handler)
      let subscribed = true
      return () => {
        if (!subscribed) return
        subscribed = false
        ipc.removeListener(channel, handler)
      }
    }
  }
  return Object.freeze(api) as BriefingApi
}
