// The web edition's settings in local storage: read only what is there, checked against the
// settings schema, and saved at once over what is stored, so that no change is lost.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readStoredSettings, webPlatform } from '../../../src/platform/web'

const key = 'wuhai-briefing.settings'

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial))
  return {
    get length() {
      return items.size
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, String(value)),
    removeItem: (name) => void items.delete(name),
    clear: () => items.clear(),
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('web settings', () => {
  it('reads nothing into a first start', async () => {
    await expect(readStoredSettings(memoryStorage())).resolves.toEqual({})
  })

  it('keeps the good fields of what is stored and warns about the rest by name', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const storage = memoryStorage({ [key]: JSON.stringify({ lang: 'en', theme: 'neon' }) })
    const patch = await readStoredSettings(storage)
    expect(patch.lang).toBe('en')
    expect(patch).not.toHaveProperty('theme')
    expect(warn.mock.calls.flat().join('\n')).toMatch(/local storage "wuhai-briefing\.settings".*theme/)
  })

  it('falls back on defaults when what is stored is not JSON, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await expect(readStoredSettings(memoryStorage({ [key]: '{lang:' }))).resolves.toEqual({})
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^local storage "wuhai-briefing\.settings": .*; using defaults$/),
    )
  })

  it('writes a change at once, so that closing the window right after it keeps it', () => {
    const storage = memoryStorage({ [key]: JSON.stringify({ lang: 'en' }) })
    vi.stubGlobal('localStorage', storage)
    void webPlatform().saveSettings({ theme: 'dark' })
    expect(JSON.parse(storage.getItem(key)!)).toEqual({ lang: 'en', theme: 'dark' })
  })

  it('loses no change when several are saved at once', async () => {
    const storage = memoryStorage({ [key]: JSON.stringify({ showProgress: false }) })
    vi.stubGlobal('localStorage', storage)
    const platform = webPlatform()
    await Promise.all([
      platform.saveSettings({ theme: 'dark' }),
      platform.saveSettings({ lang: 'en' }),
      platform.saveSettings({ bilingual: true }),
    ])
    expect(JSON.parse(storage.getItem(key)!)).toEqual({
      showProgress: false,
      theme: 'dark',
      lang: 'en',
      bilingual: true,
    })
    await expect(platform.loadSettings()).resolves.toEqual({
      showProgress: false,
      theme: 'dark',
      lang: 'en',
      bilingual: true,
    })
  })
})
