import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { eventChannels, invokeChannels, sendChannels, type BriefingApi, type SyncMessage } from '../../../src/contract'
import { createBriefingApi, type IpcRendererLike } from '../../../electron/preload/api'

type Listener = (event: unknown, ...args: unknown[]) => void

function fakeIpc() {
  const invoked: unknown[][] = []
  const sent: unknown[][] = []
  const listeners = new Map<string, Set<Listener>>()
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, ...args])
      return `result of ${channel}`
    },
    send: (channel, ...args) => void sent.push([channel, ...args]),
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel)!.add(listener)
    },
    removeListener: (channel, listener) => void listeners.get(channel)?.delete(listener),
  }
  const emit = (channel: string, payload: unknown) =>
    listeners.get(channel)?.forEach((l) => l({ sender: 'secret event' }, payload))
  return { ipc, invoked, sent, listeners, emit }
}

const message: SyncMessage = {
  seq: 1,
  origin: 'a',
  state: { slide: 0, step: 0, lang: 'zh', bilingual: false, screen: 'show' },
}

describe('createBriefingApi', () => {
  it('has exactly the contract methods and nothing that leaks ipcRenderer', () => {
    const { ipc } = fakeIpc()
    const api = createBriefingApi(ipc)
    const expected: (keyof BriefingApi)[] = [
      'getSettings',
      'saveSettings',
      'getInfo',
      'openPresenter',
      'toggleFullScreen',
      'exitKiosk',
      'getDeckState',
      'getProgramme',
      'saveProgrammeFile',
      'openProgrammeFile',
      'showView',
      'publishDeck',
      'printReady',
      'publishPointer',
      'publishOverlay',
      'reportKiosk',
      'onDeckState',
      'onMenuCommand',
      'onExportProgress',
      'onPointer',
      'onOverlay',
    ]
    expect(Object.keys(api).sort()).toEqual([...expected].sort())
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true)
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('each invoke method calls its own channel with its arguments', async () => {
    const { ipc, invoked } = fakeIpc()
    const api = createBriefingApi(ipc)
    expect(await api.getSettings()).toBe(`result of ${invokeChannels.getSettings}`)
    await api.saveSettings({ lang: 'en' })
    await api.getInfo()
    await api.openPresenter()
    await api.toggleFullScreen(true)
    await api.toggleFullScreen()
    await api.exitKiosk('1234')
    await api.getDeckState()
    await api.getProgramme()
    expect(invoked).toEqual([
      [invokeChannels.getSettings],
      [invokeChannels.saveSettings, { lang: 'en' }],
      [invokeChannels.getInfo],
      [invokeChannels.openPresenter],
      [invokeChannels.toggleFullScreen, true],
      [invokeChannels.toggleFullScreen],
      [invokeChannels.exitKiosk, '1234'],
      [invokeChannels.getDeckState],
      [invokeChannels.getProgramme],
    ])
  })

  it('send methods use the send channels with the contract payloads', () => {
    const { ipc, sent } = fakeIpc()
    const api = createBriefingApi(ipc)
    api.publishDeck(message)
    api.printReady(12)
    expect(sent).toEqual([
      [sendChannels.publishDeck, message],
      [sendChannels.printReady, 12],
    ])
  })

  it.each([
    ['onDeckState', eventChannels.deckState, message],
    ['onMenuCommand', eventChannels.menuCommand, { type: 'overview' }],
    ['onExportProgress', eventChannels.exportProgress, { done: 1, total: 3 }],
  ] as const)('%s delivers the payload only, and unsubscribe removes the listener', (method, channel, payload) => {
    const { ipc, listeners, emit } = fakeIpc()
    const api = createBriefingApi(ipc)
    const received: unknown[][] = []
    const unsubscribe = (api[method] as (l: (...args: unknown[]) => void) => () => void)((...args) =>
      received.push(args),
    )
    expect(listeners.get(channel)?.size).toBe(1)
    emit(channel, payload)
    expect(received).toEqual([[payload]])
    unsubscribe()
    unsubscribe()
    expect(listeners.get(channel)?.size).toBe(0)
    emit(channel, payload)
    expect(received).toHaveLength(1)
  })

  it('refuses a listener that is not a function', () => {
    const api = createBriefingApi(fakeIpc().ipc)
    expect(() => api.onDeckState('x' as never)).toThrow(TypeError)
  })
})

describe('the preload entry', () => {
  it('only imports electron, the contract and the api builder', () => {
    const source = readFileSync(new URL('../../../electron/preload/index.ts', import.meta.url), 'utf8')
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1])
    expect(imports).toEqual(['electron', '../../src/contract/channels', './api'])
    expect(source).toContain('contextBridge.exposeInMainWorld(apiKey, createBriefingApi(ipcRenderer))')
  })
})
