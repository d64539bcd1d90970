import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../../electron/main/cli'
import { defaultSettings } from '../../../src/contract'
import { hashPin } from '../../../electron/main/kiosk-pin'
import { rendererUrl } from '../../../electron/main/url'

const opts = (...argv: string[]) => parseArgs(argv).options
const pinHash = hashPin('864209')
const withPin = () => ({ ...defaultSettings(), kiosk: { ...defaultSettings().kiosk, pinHash } })

describe('rendererUrl', () => {
  it('audience window: language and theme from settings, no hash without --slide', () => {
    expect(rendererUrl({ kind: 'audience' }, opts(), defaultSettings())).toBe(
      'app://briefing/index.html?lang=zh&theme=light',
    )
    expect(rendererUrl({ kind: 'audience' }, opts(), { ...defaultSettings(), theme: 'dark' })).toBe(
      'app://briefing/index.html?lang=zh&theme=dark',
    )
  })

  it('names the theme only where the window opens on the first slide of the whole report', () => {
    const dark = { ...defaultSettings(), theme: 'dark' as const }
    expect(rendererUrl({ kind: 'audience' }, opts('--slide=1'), dark)).toBe(
      'app://briefing/index.html?lang=zh&theme=dark#/1',
    )
    expect(rendererUrl({ kind: 'audience' }, opts('--slide=5'), dark)).toBe('app://briefing/index.html?lang=zh#/5')
    // The written-in slide shows the progress line: without it the window opens unlike it.
    expect(rendererUrl({ kind: 'audience' }, opts(), { ...dark, showProgress: false })).toBe(
      'app://briefing/index.html?lang=zh',
    )
    expect(rendererUrl({ kind: 'presenter' }, opts(), dark)).toBe('app://briefing/index.html?lang=zh&view=presenter')
    expect(rendererUrl({ kind: 'audience' }, opts('--dashboard'), dark)).toBe(
      'app://briefing/index.html?lang=zh&view=dashboard',
    )
  })

  it('audience in kiosk mode with dwell, idle and a start slide', () => {
    expect(rendererUrl({ kind: 'audience' }, opts('--lang=en', '--kiosk', '--dwell=8', '--slide=5'), withPin())).toBe(
      'app://briefing/index.html?lang=en&kiosk=1&dwell=8&idle=300#/5',
    )
  })

  it('kiosk settings supply dwell and idle when the command line does not', () => {
    const s = withPin()
    s.kiosk = { ...s.kiosk, enabled: true, dwellSeconds: 12, idleSeconds: 90 }
    expect(rendererUrl({ kind: 'audience' }, opts(), s)).toBe(
      'app://briefing/index.html?lang=zh&kiosk=1&dwell=12&idle=90',
    )
  })

  it('--scenes goes to a kiosk window; --dashboard opens the dashboard view', () => {
    expect(rendererUrl({ kind: 'audience' }, opts('--kiosk', '--scenes=tour:en,dashboard@30'), withPin())).toBe(
      'app://briefing/index.html?lang=zh&kiosk=1&idle=300&scenes=tour%3Aen%2Cdashboard%4030',
    )
    expect(rendererUrl({ kind: 'audience' }, opts('--dashboard', '--lang=en'), defaultSettings())).toBe(
      'app://briefing/index.html?lang=en&view=dashboard',
    )
    expect(parseArgs(['--scenes=tour:fr']).problems).toEqual([
      expect.stringMatching(
        /^--scenes=tour:fr: "tour:fr": unknown language "fr"; expected a comma-separated list of scenes/,
      ),
    ])
  })

  it('dwell and idle are not sent outside kiosk mode', () => {
    expect(rendererUrl({ kind: 'audience' }, opts('--dwell=8', '--idle=60'), defaultSettings())).toBe(
      'app://briefing/index.html?lang=zh&theme=light',
    )
  })

  it('bilingual settings start in lang=bi', () => {
    expect(rendererUrl({ kind: 'audience' }, opts(), { ...defaultSettings(), bilingual: true })).toBe(
      'app://briefing/index.html?lang=bi&theme=light',
    )
  })

  it('presenter window', () => {
    expect(rendererUrl({ kind: 'presenter' }, opts('--slide=3', '--kiosk'), defaultSettings())).toBe(
      'app://briefing/index.html?lang=zh&view=presenter',
    )
  })

  it('works on the dev server base', () => {
    expect(rendererUrl({ kind: 'audience' }, opts('--slide=2'), defaultSettings(), 'http://localhost:5173')).toBe(
      'http://localhost:5173/?lang=zh#/2',
    )
  })
})
