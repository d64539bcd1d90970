// The web edition: settings in local storage, windows synced over BroadcastChannel.
// Its schemas (and zod with them) load only when there is something to check: stored settings, a
// message from another tab. A first start has neither, and shows its first slide without them.
import type { MenuCommand, SettingsPatch, SyncMessage } from '../contract'
import { programmeFileMaxBytes, programmeFileName } from '../contract/rules'
import { locationOf, parseStartup, rendererUrl } from '../contract/url'
import { webSettingsKey as settingsKey } from '../contract/channels'
import type { SyncTransport } from '../deck/sync.svelte'
import type { z } from '../contract/zod'
import type { PeerTransport, Platform } from './platform'

const channelName = 'wuhai-briefing.deck'
export const webKioskPin = '0000'
const pointerChannelName = 'wuhai-briefing.pointer'
const overlayChannelName = 'wuhai-briefing.overlay'

type Envelope = { type: 'state'; message: SyncMessage } | { type: 'hello' }

/** What local storage holds for the settings: nothing, a JSON value, or text that is not JSON. */
function readStored(storage: Pick<Storage, 'getItem'>): { value: unknown } | { error: Error } | null {
  const text = storage.getItem(settingsKey)
  if (text === null) return null
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (error) {
    return { error: error as Error }
  }
}

export async function readStoredSettings(storage: Pick<Storage, 'getItem'>): Promise<SettingsPatch> {
  const stored = readStored(storage)
  if (stored === null) return {}
  if ('error' in stored) {
    console.warn(`local storage "${settingsKey}": ${stored.error.message}; using defaults`)
    return {}
  }
  const { readOwnedSettings } = await import('../contract/settings')
  const { patch, problems } = readOwnedSettings(stored.value, `local storage "${settingsKey}"`)
  for (const problem of problems) console.warn(problem)
  return patch
}

/** The stored settings as an object to save over, unchecked; {} where there is none. */
function storedObject(storage: Pick<Storage, 'getItem'>): Record<string, unknown> {
  const stored = readStored(storage)
  const value = stored && 'value' in stored ? stored.value : undefined
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function broadcastTransport(): SyncTransport {
  if (typeof BroadcastChannel === 'undefined')
    return { publish() {}, subscribe: () => () => {}, latest: async () => null }
  const channel = new BroadcastChannel(channelName)
  let last: SyncMessage | null = null
  const listeners = new Set<(message: SyncMessage) => void>()
  channel.onmessage = (event: MessageEvent<Envelope>) => {
    const data = event.data
    if (data?.type === 'hello' && last) channel.postMessage({ type: 'state', message: last } satisfies Envelope)
    if (data?.type === 'state') {
      last = data.message
      for (const listener of listeners) listener(data.message)
    }
  }
  return {
    publish(message) {
      last = message
      channel.postMessage({ type: 'state', message } satisfies Envelope)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    latest() {
      return new Promise((resolve) => {
        const reply = (message: SyncMessage) => {
          listeners.delete(reply)
          clearTimeout(timer)
          resolve(message)
        }
        const timer = setTimeout(() => {
          listeners.delete(reply)
          resolve(null)
        }, 250)
        listeners.add(reply)
        channel.postMessage({ type: 'hello' } satisfies Envelope)
      })
    },
  }
}

/**
 * Messages between tabs of one browser; anything the schema does not accept is dropped. The schema
 * loads with the first message, and messages keep their order while it does.
 */
function broadcastPeer<T>(name: string, loadSchema: () => Promise<z.ZodType<T>>): PeerTransport<T> {
  if (typeof BroadcastChannel === 'undefined') return { publish() {}, subscribe: () => () => {} }
  const channel = new BroadcastChannel(name)
  const listeners = new Set<(message: T) => void>()
  let schema: Promise<z.ZodType<T>> | undefined
  channel.onmessage = (event: MessageEvent<unknown>) => {
    schema ??= loadSchema()
    schema.then(
      (checked) => {
        const parsed = checked.safeParse(event.data)
        if (parsed.success) for (const listener of listeners) listener(parsed.data)
      },
      (error: unknown) => {
        // Dropped, as an unreadable message would be; the next message tries the load again.
        schema = undefined
        console.error(`${name}: could not load the message schema (${(error as Error)?.message ?? error})`)
      },
    )
  }
  return {
    publish: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export function webPlatform(): Platform {
  const menuListeners = new Set<(command: MenuCommand) => void>()
  return {
    kind: 'web',
    async loadSettings() {
      return readStoredSettings(localStorage)
    },
    async saveSettings(patch) {
      // Written at once (a window may close right after a change), over what is stored as it
      // stands: the fields a save does not touch are checked when they are read.
      const merged = { ...storedObject(localStorage), ...patch }
      try {
        localStorage.setItem(settingsKey, JSON.stringify(merged))
      } catch (error) {
        console.warn(`could not save settings: ${(error as Error).message}`)
      }
    },
    openPresenter(slideIndex) {
      const url = rendererUrl(location.href, {
        ...locationOf(parseStartup(location.search, '')),
        kiosk: undefined,
        view: 'presenter',
        slide: slideIndex + 1,
      })
      window.open(url, 'wuhai-briefing-presenter', 'popup,width=1280,height=800')
    },
    async toggleFullScreen() {
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => {})
      else await document.documentElement.requestFullscreen?.().catch(() => {})
    },
    async enterFullScreen() {
      if (!document.fullscreenElement) await document.documentElement.requestFullscreen?.().catch(() => {})
    },
    sync: broadcastTransport(),
    pointer: broadcastPeer(pointerChannelName, () => import('../contract/pointer').then((m) => m.pointerSchema)),
    overlays: broadcastPeer(overlayChannelName, () => import('../contract/pointer').then((m) => m.sharedOverlaySchema)),
    onMenuCommand(listener) {
      menuListeners.add(listener)
      return () => menuListeners.delete(listener)
    },
    onExportProgress: () => () => {},
    printReady() {},
    // The web edition has no settings file, and a browser can always be closed, so its kiosk
    // (for trying the kiosk out) leaves on a fixed PIN. The desktop kiosk has no default PIN.
    async exitKiosk(pin) {
      return pin === webKioskPin
    },
    // `npm run web -- --programme=FILE` serves the file as programme.json (null without the flag).
    async launchProgramme() {
      const response = await fetch('programme.json', { cache: 'no-store' })
      return response.ok ? response.json() : null
    },
    async saveProgrammeFile(programme) {
      const name = programmeFileName(programme)
      const url = URL.createObjectURL(
        new Blob([`${JSON.stringify(programme, null, 2)}\n`], { type: 'application/json' }),
      )
      const link = Object.assign(document.createElement('a'), { href: url, download: name })
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return { ok: true, path: name }
    },
    openProgrammeFile() {
      return new Promise((resolve) => {
        const input = Object.assign(document.createElement('input'), { type: 'file', accept: '.json,application/json' })
        input.addEventListener('cancel', () => resolve(null))
        input.addEventListener('change', async () => {
          const file = input.files?.[0]
          if (!file) return resolve(null)
          if (file.size > programmeFileMaxBytes)
            return resolve({
              ok: false,
              message: `${file.name}: ${file.size} bytes; a programme file is at most ${programmeFileMaxBytes}`,
            })
          try {
            resolve({ ok: true, name: file.name, text: await file.text() })
          } catch (error) {
            resolve({ ok: false, message: `${file.name}: cannot be read (${(error as Error).message})` })
          }
        })
        input.click()
      })
    },
    showView(request) {
      const current = locationOf(parseStartup(location.search, ''))
      // A programme starts in its own language; the Prepare view and the report keep this window's.
      const lang = request.programme === undefined ? { lang: current.lang, bilingual: current.bilingual } : {}
      location.assign(
        rendererUrl(location.href, {
          ...lang,
          view: request.view === 'prepare' ? 'prepare' : 'audience',
          programme: request.programme,
        }),
      )
    },
    reportKiosk() {},
  }
}
