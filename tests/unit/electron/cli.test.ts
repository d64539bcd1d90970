import { hashPin } from '../../../electron/main/kiosk-pin'
import { describe, expect, it } from 'vitest'
import {
  appArgv,
  isDevelopment,
  isForeignSwitch,
  kioskEnabled,
  kioskRequested,
  parseArgs,
  startLang,
} from '../../../electron/main/cli'
import { defaultSettings } from '../../../src/contract'

describe("appArgv: which part of process.argv is the app's", () => {
  it('packaged: everything after the executable', () => {
    expect(appArgv(['/opt/briefing/briefing', '--kiosk', '--lang=en'], false)).toEqual(['--kiosk', '--lang=en'])
  })
  it('unpackaged: everything after the app path, skipping Electron switches before it', () => {
    expect(appArgv(['/x/electron', '--inspect=5858', '--no-sandbox', '.', '--lang=en', '--slide', '3'], true)).toEqual([
      '--lang=en',
      '--slide',
      '3',
    ])
    expect(appArgv(['/x/electron', 'out/main/index.js'], true)).toEqual([])
    expect(appArgv(['/x/electron', '--no-sandbox'], true)).toEqual([])
  })
})

describe('parseArgs', () => {
  it('starts with defaults and no problems', () => {
    expect(parseArgs([])).toEqual({
      options: { kiosk: false, presenter: false, dev: false, setKioskPin: false },
      problems: [],
    })
  })

  it('reads every flag in --flag=value form', () => {
    const { options, problems } = parseArgs([
      '--kiosk',
      '--lang=bi',
      '--slide=12',
      '--display=2',
      '--dwell=7.5',
      '--idle=120',
      '--export-pdf=out/brief.pdf',
      '--export-png=slides',
      '--handout=notes',
      '--presenter',
      '--set-kiosk-pin',
      '--dev',
    ])
    expect(problems).toEqual([])
    expect(options).toEqual({
      setKioskPin: true,
      kiosk: true,
      lang: 'bi',
      slide: 12,
      display: 2,
      dwell: 7.5,
      idle: 120,
      exportPdf: 'out/brief.pdf',
      exportPng: 'slides',
      handout: 'notes',
      presenter: true,
      dev: true,
    })
  })

  it('also reads --flag value', () => {
    const { options, problems } = parseArgs(['--lang', 'en', '--slide', '4', '--export-pdf', 'a b.pdf'])
    expect(problems).toEqual([])
    expect(options).toMatchObject({ lang: 'en', slide: 4, exportPdf: 'a b.pdf' })
  })

  it('names the flag and the accepted values for a bad language', () => {
    const { options, problems } = parseArgs(['--lang=fr'])
    expect(options.lang).toBeUndefined()
    expect(problems).toEqual(['--lang=fr: unknown language; expected one of zh, en, bi'])
  })

  it.each([
    ['--slide=0', '--slide=0'],
    ['--slide=-2', '--slide'],
    ['--slide=2.5', '--slide=2.5'],
    ['--slide=abc', '--slide=abc'],
    ['--display=0', '--display=0'],
    ['--dwell=0', '--dwell=0'],
    ['--idle=-5', '--idle'],
    ['--idle=forever', '--idle=forever'],
    ['--dwell=1e3', '--dwell=1e3'],
    ['--handout=poster', '--handout=poster'],
  ])('rejects %s with one message naming it', (arg, named) => {
    const { options, problems } = parseArgs([arg])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(named)
    expect(problems[0]).toMatch(/expected/)
    expect(options).toEqual({ kiosk: false, presenter: false, dev: false, setKioskPin: false })
  })

  it('reports a value flag with nothing after it', () => {
    expect(parseArgs(['--slide']).problems).toEqual(['--slide: missing value; expected a slide number (1, 2, 3, ...)'])
    expect(parseArgs(['--lang=']).problems[0]).toMatch(/^--lang: missing value/)
    expect(parseArgs(['--lang', '--kiosk']).options.kiosk).toBe(true)
  })

  it('does not take a dash-led word as a space-separated value', () => {
    const { options, problems } = parseArgs(['--slide', '-2'])
    expect(options.slide).toBeUndefined()
    expect(problems).toEqual([
      expect.stringMatching(/^--slide: missing value/),
      expect.stringMatching(/^-2: unexpected argument/),
    ])
  })

  it('reports unknown flags and stray arguments, and keeps going', () => {
    const { options, problems } = parseArgs(['--fullscreen', 'hello', '--kiosk'])
    expect(options.kiosk).toBe(true)
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^--fullscreen: unknown option; options: --kiosk, --lang=zh\|en\|bi/)
    expect(problems[1]).toMatch(/^hello: unexpected argument/)
  })

  it('refuses a value on a flag that takes none', () => {
    const { options, problems } = parseArgs(['--kiosk=yes'])
    expect(options.kiosk).toBe(false)
    expect(problems).toEqual(['--kiosk=yes: --kiosk takes no value; write just --kiosk'])
  })

  it('ignores Chromium, Electron and Node switches', () => {
    const foreign = [
      '--no-sandbox',
      '--enable-logging',
      '--enable-logging=file',
      '--inspect=9229',
      '--inspect-brk',
      '--remote-debugging-port=9222',
      '--allow-file-access-from-files',
      '--disable-gpu',
      '--enable-features=Foo',
      '--js-flags=--expose-gc',
      '--user-data-dir=/tmp/x',
      '--ozone-platform=wayland',
      '--force-device-scale-factor=2',
      '--v=1',
      '--squirrel-firstrun',
      '-psn_0_12345',
      '--trace-warnings',
      '--original-process-start-time=1',
    ]
    const { options, problems } = parseArgs([...foreign, '--lang=en'])
    expect(problems).toEqual([])
    expect(options.lang).toBe('en')
    for (const arg of foreign) expect(isForeignSwitch(arg)).toBe(true)
  })

  it('never treats its own flags as foreign', () => {
    for (const arg of ['--kiosk', '--lang=en', '--dev', '--display=2', '--export-pdf=x.pdf'])
      expect(isForeignSwitch(arg)).toBe(false)
  })

  it('lets the last of a repeated flag win', () => {
    expect(parseArgs(['--lang=zh', '--lang=en']).options.lang).toBe('en')
  })
})

describe('derived options', () => {
  it('kiosk from the command line or the settings, never while exporting, and only with a PIN set', () => {
    const s = { ...defaultSettings(), kiosk: { ...defaultSettings().kiosk, pinHash: hashPin('135790') } }
    expect(kioskEnabled(parseArgs(['--kiosk']).options, s)).toBe(true)
    expect(kioskEnabled(parseArgs([]).options, { ...s, kiosk: { ...s.kiosk, enabled: true } })).toBe(true)
    expect(kioskEnabled(parseArgs(['--kiosk', '--export-pdf=a.pdf']).options, s)).toBe(false)
    const noPin = defaultSettings()
    expect(kioskRequested(parseArgs(['--kiosk']).options, noPin)).toBe(true)
    expect(kioskEnabled(parseArgs(['--kiosk']).options, noPin)).toBe(false)
  })
  it('development only when unpackaged', () => {
    const dev = parseArgs(['--dev']).options
    expect(isDevelopment(dev, false, undefined)).toBe(true)
    expect(isDevelopment(dev, true, undefined)).toBe(false)
    expect(isDevelopment(parseArgs([]).options, false, 'http://localhost:5173')).toBe(true)
    expect(isDevelopment(parseArgs([]).options, true, 'http://localhost:5173')).toBe(false)
  })
  it('start language: command line, then bilingual setting, then language setting', () => {
    const s = defaultSettings()
    expect(startLang(parseArgs([]).options, s)).toBe('zh')
    expect(startLang(parseArgs([]).options, { ...s, lang: 'en' })).toBe('en')
    expect(startLang(parseArgs([]).options, { ...s, bilingual: true })).toBe('bi')
    expect(startLang(parseArgs(['--lang=en']).options, { ...s, bilingual: true })).toBe('en')
  })
})
