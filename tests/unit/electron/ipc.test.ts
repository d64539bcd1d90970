import { describe, expect, it, vi } from 'vitest'
import {
  deckUpdateSchema,
  invokeChannels,
  sendChannels,
  syncMessageSchema,
  type DeckUpdate,
  type SyncMessage,
} from '../../../src/contract'
import { maxPayloadBytes, registerIpc, type IpcHandlers } from '../../../electron/main/ipc'
import { formatLine, maxEntryLength } from '../../../electron/main/log'
import { acceptSender, isTrustedSender, originOf } from '../../../electron/main/trust'
import { defaultSettings } from '../../../src/contract'

const app = ['app://briefing']

describe('isTrustedSender', () => {
  it('trusts our origin, whatever the path, query or hash', () => {
    expect(isTrustedSender('app://briefing/index.html?view=presenter#/3', app)).toBe(true)
    expect(isTrustedSender('app://briefing/', app)).toBe(true)
  })

  it.each([
    'app://briefing.evil/index.html',
    'app://briefing@evil/index.html',
    'app://evil@briefing/index.html',
    'app://briefing:8080/index.html',
    'app://briefing\\@evil/',
    'app:briefing/index.html',
    'file:///work/main/out/renderer/index.html',
    'http://127.0.0.1/',
    'http://localhost:5173/',
    'https://briefing/',
    'about:blank',
    'data:text/html,hi',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('rejects %s', (url) => {
    expect(isTrustedSender(url, app)).toBe(false)
  })

  it('rejects a missing frame', () => {
    expect(isTrustedSender(null, app)).toBe(false)
    expect(isTrustedSender(undefined, app)).toBe(false)
  })

  it('trusts the dev server origin only when it is listed', () => {
    const dev = [...app, 'http://localhost:5173']
    expect(isTrustedSender('http://localhost:5173/index.html', dev)).toBe(true)
    expect(isTrustedSender('http://localhost:5174/index.html', dev)).toBe(false)
    expect(originOf('HTTP://LOCALHOST:5173/x')).toBe('http://localhost:5173')
  })

  it('needs the main frame of one of our windows', () => {
    const url = 'app://briefing/index.html'
    expect(acceptSender({ frameUrl: url, mainFrame: true, ownWindow: true }, app)).toBe(true)
    expect(acceptSender({ frameUrl: url, mainFrame: false, ownWindow: true }, app)).toBe(false)
    expect(acceptSender({ frameUrl: url, mainFrame: true, ownWindow: false }, app)).toBe(false)
  })
})

const message: SyncMessage = {
  seq: 3,
  origin: 'w1',
  state: { slide: 2, step: 0, lang: 'en', bilingual: false, screen: 'show' },
}

const update: DeckUpdate = { origin: message.origin, state: message.state }
const parseSyncMessage = (value: unknown) => {
  const parsed = syncMessageSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

describe('sync message schema', () => {
  it('accepts a well-formed message', () => {
    expect(parseSyncMessage(message)).toEqual(message)
  })
  it.each([
    ['extra keys', { ...message, extra: 1 }],
    ['extra state keys', { ...message, state: { ...message.state, evil: true } }],
    ['seq as string', { ...message, seq: '3' }],
    ['negative seq', { ...message, seq: -1 }],
    ['fractional slide', { ...message, state: { ...message.state, slide: 1.5 } }],
    ['unknown lang', { ...message, state: { ...message.state, lang: 'fr' } }],
    ['unknown screen', { ...message, state: { ...message.state, screen: 'red' } }],
    ['bilingual as string', { ...message, state: { ...message.state, bilingual: 'no' } }],
    ['empty origin', { ...message, origin: '' }],
    ['no state', { seq: 1, origin: 'x' }],
    ['null', null],
    ['array', [message]],
  ])('drops %s', (_what, value) => {
    expect(parseSyncMessage(value)).toBeNull()
  })
  it('a published update carries no sequence number', () => {
    expect(deckUpdateSchema.safeParse(update).success).toBe(true)
    expect(deckUpdateSchema.safeParse(message).success).toBe(false)
  })
})

type Listener = (event: FakeEvent, ...args: unknown[]) => unknown
interface FakeEvent {
  sender: { id: number }
  url: string | null
  main: boolean
}

function setup(overrides: Partial<IpcHandlers> = {}) {
  const handles = new Map<string, Listener>()
  const ons = new Map<string, Listener>()
  const ipcMain = {
    handle: (channel: string, listener: Listener) => void handles.set(channel, listener),
    on: (channel: string, listener: Listener) => void ons.set(channel, listener),
  }
  const handlers: IpcHandlers = {
    getSettings: vi.fn(() => defaultSettings()),
    saveSettings: vi.fn(() => defaultSettings()),
    getInfo: vi.fn(() => ({ version: '1.0.0', electron: '45.5.0', kiosk: false })),
    openPresenter: vi.fn(),
    toggleFullScreen: vi.fn(() => true),
    exitKiosk: vi.fn(() => false),
    getDeckState: vi.fn(() => null),
    getProgramme: vi.fn(() => null),
    saveProgrammeFile: vi.fn(() => null),
    openProgrammeFile: vi.fn(() => null),
    showView: vi.fn(),
    publishDeck: vi.fn(),
    printReady: vi.fn(),
    publishPointer: vi.fn(),
    publishOverlay: vi.fn(),
    reportKiosk: vi.fn(),
    ...overrides,
  }
  const log: string[] = []
  const registered = registerIpc(ipcMain, handlers, {
    senderFacts: (e: FakeEvent) => ({ frameUrl: e.url, mainFrame: e.main, ownWindow: e.sender.id < 100 }),
    allowedOrigins: () => app,
    log: (m) => log.push(m),
  })
  const good: FakeEvent = { sender: { id: 1 }, url: 'app://briefing/index.html', main: true }
  return { handles, ons, handlers, log, registered, good }
}

describe('registerIpc', () => {
  it('registers every contract channel', () => {
    const { registered, handles, ons } = setup()
    expect(registered.sort()).toEqual([...Object.values(invokeChannels), ...Object.values(sendChannels)].sort())
    expect([...handles.keys()].sort()).toEqual(Object.values(invokeChannels).sort())
    expect([...ons.keys()].sort()).toEqual(Object.values(sendChannels).sort())
  })

  it('routes trusted calls with validated arguments', async () => {
    const { handles, handlers, good } = setup()
    expect(await handles.get(invokeChannels.toggleFullScreen)!(good, true)).toBe(true)
    expect(handlers.toggleFullScreen).toHaveBeenCalledWith(good.sender, true)
    await handles.get(invokeChannels.exitKiosk)!(good, '1234')
    expect(handlers.exitKiosk).toHaveBeenCalledWith(good.sender, '1234')
    await handles.get(invokeChannels.saveSettings)!(good, { lang: 'en' })
    expect(handlers.saveSettings).toHaveBeenCalledWith(good.sender, { lang: 'en' })
  })

  it('rejects invokes from a foreign origin, a subframe, an unknown window or a gone frame', () => {
    const { handles, handlers, good, log } = setup()
    const getInfo = handles.get(invokeChannels.getInfo)!
    expect(() => getInfo({ ...good, url: 'app://briefing.evil/' })).toThrow(/sender not allowed/)
    expect(() => getInfo({ ...good, main: false })).toThrow(/sender not allowed/)
    expect(() => getInfo({ ...good, sender: { id: 500 } })).toThrow(/sender not allowed/)
    expect(() => getInfo({ ...good, url: null })).toThrow(/sender not allowed/)
    expect(handlers.getInfo).not.toHaveBeenCalled()
    expect(log).toHaveLength(4)
  })

  it('rejects invalid invoke arguments before the handler', () => {
    const { handles, handlers, good } = setup()
    expect(() => handles.get(invokeChannels.toggleFullScreen)!(good, 'first')).toThrow(/invalid arguments/)
    expect(() => handles.get(invokeChannels.exitKiosk)!(good, 1234)).toThrow(/invalid arguments/)
    expect(() => handles.get(invokeChannels.saveSettings)!(good, [1])).toThrow(/invalid arguments/)
    expect(handlers.toggleFullScreen).not.toHaveBeenCalled()
    expect(handlers.exitKiosk).not.toHaveBeenCalled()
    expect(handlers.saveSettings).not.toHaveBeenCalled()
  })

  it('drops malformed or untrusted sends', () => {
    const { ons, handlers, good } = setup()
    const publish = ons.get(sendChannels.publishDeck)!
    publish(good, { ...update, state: { ...update.state, slide: 'x' } })
    publish(good, message)
    publish({ ...good, url: 'file:///x' }, update)
    expect(handlers.publishDeck).not.toHaveBeenCalled()
    publish(good, update)
    expect(handlers.publishDeck).toHaveBeenCalledWith(good.sender, update)
    const ready = ons.get(sendChannels.printReady)!
    ready(good, 0)
    ready(good, { pages: 12 })
    ready(good, 10001)
    expect(handlers.printReady).not.toHaveBeenCalled()
    ready(good, 12)
    expect(handlers.printReady).toHaveBeenCalledWith(good.sender, 12)
  })

  it('passes on a laser pointer only as canvas fractions 0–1, or hidden', () => {
    const { ons, handlers, good } = setup()
    const pointer = ons.get(sendChannels.publishPointer)!
    pointer(good, { visible: true, x: 1.5, y: 0.5 })
    pointer(good, { visible: true, x: 0.5 })
    pointer(good, { visible: true, x: 0.5, y: 0.5, color: 'red' })
    pointer(good, { x: 960, y: 540 })
    expect(handlers.publishPointer).not.toHaveBeenCalled()
    pointer(good, { visible: true, x: 0.25, y: 0.75 })
    pointer(good, { visible: false })
    expect(handlers.publishPointer).toHaveBeenNthCalledWith(1, good.sender, { visible: true, x: 0.25, y: 0.75 })
    expect(handlers.publishPointer).toHaveBeenNthCalledWith(2, good.sender, { visible: false })
  })

  it('passes on a shared overlay only in one of its known shapes', () => {
    const { ons, handlers, good } = setup()
    const overlay = ons.get(sendChannels.publishOverlay)!
    overlay(good, { overlay: 'zoom', slide: 1 })
    overlay(good, { overlay: 'search', query: 'x' })
    overlay(good, { overlay: 'appendix', page: -1 })
    expect(handlers.publishOverlay).not.toHaveBeenCalled()
    overlay(good, { overlay: 'zoom', slide: 1, block: 0 })
    expect(handlers.publishOverlay).toHaveBeenCalledWith(good.sender, { overlay: 'zoom', slide: 1, block: 0 })
  })

  it('a throwing send handler is logged, not thrown into the IPC layer', () => {
    const { ons, good, log } = setup({
      publishDeck: () => {
        throw new Error('boom')
      },
    })
    expect(() => ons.get(sendChannels.publishDeck)!(good, update)).not.toThrow()
    expect(log.some((l) => l.includes('boom'))).toBe(true)
  })
})

describe('payload limits', () => {
  it('refuses an oversized invoke or send before parsing it', async () => {
    const { handles, ons, handlers, good, log } = setup()
    const huge = 'x'.repeat(maxPayloadBytes + 1)
    expect(() => handles.get(invokeChannels.exitKiosk)!(good, huge)).toThrow(/payload too large/)
    ons.get(sendChannels.publishDeck)!(good, { ...update, origin: huge })
    expect(handlers.exitKiosk).not.toHaveBeenCalled()
    expect(handlers.publishDeck).not.toHaveBeenCalled()
    expect(log.every((line) => line.length < 200)).toBe(true)
  })
})

describe('log lines', () => {
  it('cut a huge entry and say how much was left out', () => {
    const line = formatLine(new Date(0), 'warn', `unknown field "${'k'.repeat(100_000)}" ignored`)
    expect(line.length).toBeLessThan(maxEntryLength + 100)
    expect(line).toMatch(/… \(96\d{3} more characters\)$/)
  })
})
