import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  applySettingsPatch,
  defaultSettings,
  readSettings as validateSettings,
  settingsView,
  timing,
} from '../../../src/contract'
import { hashPin } from '../../../electron/main/kiosk-pin'
import { corruptName, SettingsStore } from '../../../electron/main/settings'

describe('validateSettings', () => {
  it('accepts a complete, well-typed object as is', () => {
    const good = {
      lang: 'en',
      bilingual: true,
      showProgress: false,
      theme: 'dark',
      programmes: [],
      kiosk: { enabled: true, languages: ['en'], idleSeconds: 60, pinHash: hashPin('482159'), dwellSeconds: 9 },
    }
    expect(validateSettings(good, 'f.json')).toEqual({ settings: good, problems: [] })
  })

  it('fills missing fields with defaults, silently', () => {
    expect(validateSettings({ lang: 'en' }, 'f.json')).toEqual({
      settings: { ...defaultSettings(), lang: 'en' },
      problems: [],
    })
  })

  it('replaces each ill-typed field by its default with a message naming file and field', () => {
    const { settings, problems } = validateSettings(
      {
        lang: 'fr',
        bilingual: 'yes',
        showProgress: 1,
        kiosk: { enabled: true, languages: ['zh', 'zh'], idleSeconds: -1, pinHash: 1234, dwellSeconds: 'x' },
      },
      '/u/settings.json',
    )
    expect(settings).toEqual({ ...defaultSettings(), kiosk: { ...defaultSettings().kiosk, enabled: true } })
    expect(problems).toHaveLength(7)
    for (const field of [
      'lang',
      'bilingual',
      'showProgress',
      'kiosk.languages',
      'kiosk.idleSeconds',
      'kiosk.pinHash',
      'kiosk.dwellSeconds',
    ])
      expect(problems.some((p) => p.startsWith('/u/settings.json: field "' + field + '"'))).toBe(true)
    expect(problems.find((p) => p.includes('"lang"'))).toBe(
      '/u/settings.json: field "lang" must be "zh" or "en"; using "zh"',
    )
  })

  it('never reads a PIN written in plain text, and says how to set one', () => {
    const { settings, problems } = validateSettings({ kiosk: { enabled: true, exitPin: '0000' } }, 'f.json')
    expect(settings.kiosk.pinHash).toBeUndefined()
    expect(settings.kiosk).not.toHaveProperty('exitPin')
    expect(problems).toEqual([
      expect.stringContaining('"kiosk.exitPin" (a PIN in plain text) is not read; set the PIN with --set-kiosk-pin'),
    ])
  })

  it('reports unknown fields and ignores them', () => {
    const { settings, problems } = validateSettings({ volume: 'loud', kiosk: { volume: 3 } }, 'f.json')
    expect(settings).toEqual(defaultSettings())
    expect(problems).toEqual(['f.json: unknown field "volume" ignored', 'f.json: unknown field "kiosk.volume" ignored'])
  })

  it('keeps the theme when it is light or dark, and names anything else', () => {
    expect(validateSettings({ theme: 'dark' }, 'f.json').settings.theme).toBe('dark')
    const { settings, problems } = validateSettings({ theme: 'blue' }, 'f.json')
    expect(settings.theme).toBe('light')
    expect(problems).toEqual(['f.json: field "theme" must be "light" or "dark"; using "light"'])
  })

  it('a kiosk that is not an object falls back to the default kiosk settings', () => {
    const { settings, problems } = validateSettings({ kiosk: [] }, 'f.json')
    expect(settings.kiosk).toEqual(defaultSettings().kiosk)
    expect(problems).toHaveLength(1)
  })

  it('treats dwellSeconds null as absent', () => {
    const { settings, problems } = validateSettings({ kiosk: { dwellSeconds: null } }, 'f.json')
    expect(settings.kiosk.dwellSeconds).toBeUndefined()
    expect(problems).toEqual([])
  })
})

describe('a window changing settings (applySettingsPatch)', () => {
  const storedHash = hashPin('987654')
  const current = () => ({
    ...defaultSettings(),
    lang: 'en' as const,
    kiosk: { ...defaultSettings().kiosk, pinHash: storedHash, dwellSeconds: 10 },
  })

  it('merges the fields a window owns', () => {
    const { settings, problems } = applySettingsPatch(current(), { showProgress: false, bilingual: true })
    expect(problems).toEqual([])
    expect(settings).toEqual({ ...current(), showProgress: false, bilingual: true })
  })

  it('keeps the current value (not the default) for a bad field', () => {
    const { settings, problems } = applySettingsPatch(current(), { lang: 'de' })
    expect(settings.lang).toBe('en')
    expect(problems).toEqual(['patch: field "lang" must be "zh" or "en"; using "en"'])
  })

  it('never changes which report pack opens: only File → Open report… does', () => {
    const { settings, problems } = applySettingsPatch(current(), { report: '/tmp/elsewhere' })
    expect(settings).toEqual(current())
    expect(problems).toEqual(['patch: field "report" cannot be changed by a window; ignored'])
    const read = validateSettings({ report: '/home/office/reports/2017' }, 'settings.json')
    expect(read.settings.report).toBe('/home/office/reports/2017')
    expect(validateSettings({ report: 17 }, 'settings.json').problems).toEqual([
      'settings.json: field "report" must be the folder of a report pack, or absent; using absent',
    ])
  })

  it('never changes kiosk settings: a window cannot turn the kiosk on or choose its PIN', () => {
    const { settings, problems } = applySettingsPatch(current(), {
      kiosk: { enabled: true, pinHash: hashPin('111111'), idleSeconds: 45 },
    })
    expect(settings).toEqual(current())
    expect(problems).toEqual(['patch: field "kiosk" cannot be changed by a window; ignored'])
  })

  it('what a window reads holds no PIN', () => {
    expect(JSON.stringify(settingsView(current()))).not.toContain('scrypt')
    expect(settingsView(current()).kiosk).not.toHaveProperty('pinHash')
  })

  it('refuses a patch that is not an object', () => {
    expect(applySettingsPatch(current(), 'lang=zh').settings).toEqual(current())
  })
})

describe('timing floors', () => {
  it.each([
    ['idleSeconds', 1e-300],
    ['idleSeconds', 0.5],
    ['dwellSeconds', 0.0001],
    ['dwellSeconds', 0.1],
  ])('refuses kiosk.%s = %s with a message that names the floor', (field, value) => {
    const { settings, problems } = validateSettings({ kiosk: { [field]: value } }, 'f.json')
    expect(settings.kiosk).toEqual(defaultSettings().kiosk)
    const floor = field === 'idleSeconds' ? timing.minIdleSeconds : timing.minDwellSeconds
    expect(problems).toEqual([
      expect.stringContaining(`field "kiosk.${field}" must be a number of seconds from ${floor}`),
    ])
  })

  it('accepts the floors themselves, for short test runs', () => {
    const { settings, problems } = validateSettings({ kiosk: { idleSeconds: 1, dwellSeconds: 0.2 } }, 'f.json')
    expect(problems).toEqual([])
    expect(settings.kiosk).toMatchObject({ idleSeconds: 1, dwellSeconds: 0.2 })
  })
})

describe('SettingsStore on disk', () => {
  let dir: string
  const clock = () => new Date('2024-05-06T07:08:09.010Z')
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'settings-test-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const files = () => readdirSync(dir).sort()

  it('first run: no file, defaults, no problems', async () => {
    const store = new SettingsStore(dir, { clock })
    expect(await store.load()).toEqual({ settings: defaultSettings(), problems: [] })
  })

  it('saves atomically: settings.json and the last good copy, no temp files left', async () => {
    const store = new SettingsStore(dir, { clock })
    const s = { ...defaultSettings(), lang: 'en' as const }
    await store.save(s)
    expect(files()).toEqual(['settings.json', 'settings.last-good.json'])
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual(s)
    expect(await new SettingsStore(dir).load()).toEqual({ settings: s, problems: [] })
  })

  it('an empty file is moved aside, never overwritten, and the last good copy is used', async () => {
    const store = new SettingsStore(dir, { clock })
    const good = { ...defaultSettings(), showProgress: false }
    await store.save(good)
    writeFileSync(join(dir, 'settings.json'), '')
    const { settings, problems } = await store.load()
    expect(settings).toEqual(good)
    expect(files()).toEqual([corruptName(clock()), 'settings.last-good.json'])
    expect(readFileSync(join(dir, corruptName(clock())), 'utf8')).toBe('')
    expect(problems[0]).toMatch(
      /settings\.json: the file is empty; moved aside to .*settings\.corrupt-2024-05-06T07-08-09-010Z\.json$/,
    )
    expect(problems[1]).toMatch(/using the last good copy/)
  })

  it('corrupt JSON without a last good copy: moved aside, defaults', async () => {
    writeFileSync(join(dir, 'settings.json'), '{"lang": "en",')
    const { settings, problems } = await new SettingsStore(dir, { clock }).load()
    expect(settings).toEqual(defaultSettings())
    expect(problems[0]).toMatch(/not valid JSON/)
    expect(problems.at(-1)).toBe('using default settings')
    expect(readFileSync(join(dir, corruptName(clock())), 'utf8')).toBe('{"lang": "en",')
  })

  it('a second corrupt file in the same millisecond does not replace the first one set aside', async () => {
    const store = new SettingsStore(dir, { clock })
    writeFileSync(join(dir, 'settings.json'), 'one')
    await store.load()
    writeFileSync(join(dir, 'settings.json'), '[2]')
    const { problems } = await store.load()
    expect(problems[0]).toMatch(/does not hold a JSON object/)
    expect(files()).toEqual([corruptName(clock(), 1), corruptName(clock())].sort())
    expect(readFileSync(join(dir, corruptName(clock())), 'utf8')).toBe('one')
  })

  it('partial fields: valid ones kept, others defaulted, file left in place', async () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ lang: 'en', kiosk: { idleSeconds: 'soon' } }))
    const { settings, problems } = await new SettingsStore(dir, { clock }).load()
    expect(settings).toEqual({ ...defaultSettings(), lang: 'en' })
    expect(problems).toEqual([
      `${join(dir, 'settings.json')}: field "kiosk.idleSeconds" must be a number of seconds from 1 to 86400; using 300`,
    ])
    expect(files()).toEqual(['settings.json'])
  })

  it('a fully valid file refreshes a missing last good copy', async () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ lang: 'en' }))
    await new SettingsStore(dir, { clock }).load()
    expect(JSON.parse(readFileSync(join(dir, 'settings.last-good.json'), 'utf8'))).toEqual({
      ...defaultSettings(),
      lang: 'en',
    })
  })

  it('an unwritable folder makes save reject, while load still returns defaults', async () => {
    const blocker = join(dir, 'not-a-folder')
    writeFileSync(blocker, 'x')
    const store = new SettingsStore(join(blocker, 'sub'), { clock })
    expect((await store.load()).settings).toEqual(defaultSettings())
    await expect(store.save(defaultSettings())).rejects.toThrow()
  })

  it('a failing write leaves no temp file and the previous settings intact', async () => {
    const store = new SettingsStore(dir, { clock })
    await store.save(defaultSettings())
    const failing = new SettingsStore(dir, {
      clock,
      fs: {
        rename: async (from, to) => {
          if (String(to).endsWith('settings.json')) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
          return fsp.rename(from, to)
        },
      },
    })
    await expect(failing.save({ ...defaultSettings(), lang: 'en' })).rejects.toThrow('disk full')
    expect(files()).toEqual(['settings.json', 'settings.last-good.json'])
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).lang).toBe('zh')
  })

  it('an unreadable settings file (a folder by that name) is reported and not moved', async () => {
    await fsp.mkdir(join(dir, 'settings.json'))
    const { settings, problems } = await new SettingsStore(dir, { clock }).load()
    expect(settings).toEqual(defaultSettings())
    expect(problems[0]).toMatch(/cannot be read \(EISDIR\)/)
    expect(files()).toEqual(['settings.json'])
  })
})
