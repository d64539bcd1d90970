import { describe, expect, it } from 'vitest'
import {
  hashFor,
  locationOf,
  openingStop,
  parseHash,
  parseStartup,
  reloadedStep,
  rendererQuery,
  rendererUrl,
  type RendererLocation,
  withPlace,
} from '../../../src/contract/url'

describe('parseStartup', () => {
  it('reads language, slide, view and kiosk options', () => {
    const o = parseStartup('?lang=en&view=presenter&kiosk=1&dwell=8&idle=30', '#/7')
    expect(o).toMatchObject({
      lang: 'en',
      slide: 7,
      view: 'presenter',
      kiosk: { enabled: true, dwellSeconds: 8, idleSeconds: 30 },
    })
    expect(o.warnings).toEqual([])
  })

  it('turns lang=bi into Chinese with the English subtitle line', () => {
    expect(parseStartup('?lang=bi', '')).toMatchObject({ lang: 'zh', bilingual: true })
  })

  it('reads print options and reduced motion', () => {
    const o = parseStartup('?print=1&handout=notes&slide=4&motion=reduce', '')
    expect(o.print).toEqual({ enabled: true, handout: 'notes', slide: 4 })
    expect(parseStartup('?print=1&appendix=1', '').print.appendix).toBe(true)
    expect(parseStartup('?print=1&appendix=maybe', '').warnings).toEqual(['?appendix=maybe: expected 1 or 0; ignored'])
    expect(o.reducedMotion).toBe(true)
    expect(parseStartup('', '', true).reducedMotion).toBe(true)
  })

  it('reads the theme, and ignores any but light or dark with a warning', () => {
    expect(parseStartup('?theme=dark', '').theme).toBe('dark')
    expect(parseStartup('?theme=light', '').theme).toBe('light')
    expect(parseStartup('', '').theme).toBeUndefined()
    const bad = parseStartup('?theme=neon', '')
    expect(bad.theme).toBeUndefined()
    expect(bad.warnings).toEqual(['?theme=neon: expected light or dark; ignored'])
  })

  it('reads the programme name trimmed, and ignores an empty or overlong one with a warning', () => {
    expect(parseStartup('?programme=%20Hebei%20visit%20', '').programme).toBe('Hebei visit')
    expect(parseStartup(`?programme=${'a'.repeat(80)}`, '').programme).toBe('a'.repeat(80))
    for (const name of ['%20%20', 'a'.repeat(81)]) {
      const bad = parseStartup(`?programme=${name}`, '')
      expect(bad.programme).toBeUndefined()
      expect(bad.warnings).toEqual([expect.stringMatching(/: expected a programme name; ignored$/)])
    }
  })

  it('ignores bad values with a warning that names the parameter and what was expected', () => {
    const o = parseStartup('?lang=fr&dwell=-3&idle=abc&kiosk=maybe&view=speaker&handout=poster&slide=1.5', '#/zero')
    expect(o.lang).toBeUndefined()
    expect(o.kiosk).toEqual({ enabled: false })
    expect(o.view).toBe('audience')
    expect(o.print.handout).toBe('slides')
    expect(o.slide).toBeUndefined()
    expect(o.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^#\/zero: expected #\/N/),
        '?lang=fr: expected zh, en or bi; ignored',
        expect.stringMatching(/^\?dwell=-3: expected a positive number/),
        expect.stringMatching(/^\?idle=abc: expected a positive number/),
        '?kiosk=maybe: expected 1 or 0; ignored',
        '?view=speaker: expected presenter, prepare or dashboard; ignored',
        expect.stringMatching(/^\?handout=poster: expected one of slides, notes, bilingual/),
        expect.stringMatching(/^\?slide=1.5: expected a positive whole number/),
      ]),
    )
    expect(o.warnings).toHaveLength(8)
  })
})

describe('slide hashes', () => {
  it('reads #/N and writes it back for a 0-based index', () => {
    expect(parseHash('#/12')).toBe(12)
    expect(parseHash('#/0')).toBeUndefined()
    expect(parseHash('#12')).toBeUndefined()
    expect(hashFor(0)).toBe('#/1')
    expect(parseHash(hashFor(4))).toBe(5)
  })
})

describe('the stop a start opens', () => {
  it('opens #/N when the running order has it, and the first stop without a hash', () => {
    expect(openingStop(35, 35)).toEqual({ number: 35 })
    expect(openingStop(3, 6)).toEqual({ number: 3 })
    expect(openingStop(undefined, 6)).toEqual({ number: 1 })
  })

  it('starts a number past the end on the first stop, saying why, rather than on the closing slide', () => {
    expect(openingStop(999, 35)).toEqual({
      number: 1,
      warning: '#/999: the briefing has 35 slides; starting at the first slide',
    })
    expect(openingStop(7, 6).number).toBe(1)
  })
})

describe('the build step across a reload', () => {
  it('keeps the step of the slide the hash names, and what else the history state held', () => {
    const state = withPlace({ other: 1 }, { number: 3, step: 2 })
    expect(state.other).toBe(1)
    expect(reloadedStep(state, 3)).toBe(2)
    expect(reloadedStep(withPlace(state, { number: 4, step: 1 }), 4)).toBe(1)
  })

  it('starts a slide on its first step when the state is about another slide, or is none or foreign', () => {
    expect(reloadedStep(withPlace(null, { number: 3, step: 2 }), 5)).toBeUndefined()
    expect(reloadedStep(null, 3)).toBeUndefined()
    expect(reloadedStep('a string', 3)).toBeUndefined()
    expect(reloadedStep({ briefingPlace: { number: 3, step: 'two' } }, 3)).toBeUndefined()
    expect(reloadedStep({ briefingPlace: { number: 3, step: -1 } }, 3)).toBeUndefined()
  })
})

describe('building renderer URLs', () => {
  const base = 'app://briefing/index.html'
  it.each<[string, RendererLocation]>([
    ['audience in English at slide 7', { lang: 'en', slide: 7 }],
    ['bilingual presenter', { lang: 'zh', bilingual: true, view: 'presenter' }],
    ['dashboard in English', { lang: 'en', view: 'dashboard' }],
    ['kiosk with dwell and idle', { lang: 'zh', kiosk: { dwellSeconds: 8, idleSeconds: 30 } }],
    [
      'kiosk with scenes, hours and refresh time',
      {
        lang: 'en',
        kiosk: {
          scenes: 'tour:zh, dashboard@90, tour:en',
          hours: 'mon-fri 08:00-18:00, sat 09:00-12:00',
          refreshAt: '04:30',
        },
      },
    ],
    ['print of the notes handout, one slide', { lang: 'en', print: { handout: 'notes', slide: 4 } }],
    ['reduced motion, no progress line', { lang: 'en', reducedMotion: true, showProgress: false }],
  ])('%s reads back as it was built', (_what, location) => {
    const url = new URL(rendererUrl(base, location))
    expect(locationOf(parseStartup(url.search, url.hash))).toEqual({ view: 'audience', ...location })
  })

  it('writes the parameters in one stable order', () => {
    expect(rendererUrl(base, { lang: 'en', print: { handout: 'slides', slide: 7 } })).toBe(
      'app://briefing/index.html?print=1&lang=en&handout=slides&slide=7',
    )
    expect(rendererUrl(base, { lang: 'en', kiosk: { dwellSeconds: 8, idleSeconds: 300 }, slide: 5 })).toBe(
      'app://briefing/index.html?lang=en&kiosk=1&dwell=8&idle=300#/5',
    )
    expect(rendererQuery({})).toBe('')
  })

  it('replaces whatever query and hash the base had', () => {
    expect(rendererUrl('http://127.0.0.1:8080/?kiosk=1&lang=en#/4', { view: 'presenter', slide: 2 })).toBe(
      'http://127.0.0.1:8080/?view=presenter#/2',
    )
  })
})

describe('timing floors in the URL', () => {
  it('refuses a dwell under 0.2 s and an idle under 1 s, naming the floor', () => {
    const o = parseStartup('?kiosk=1&dwell=0.0001&idle=1e-300', '')
    expect(o.kiosk).toEqual({ enabled: true })
    expect(o.warnings).toEqual([
      '?dwell=0.0001: expected a positive number of seconds, from 0.2 to 86400; ignored',
      '?idle=1e-300: expected a positive number of seconds, from 1 to 86400; ignored',
    ])
    expect(parseStartup('?dwell=0.2&idle=1', '').kiosk).toMatchObject({ dwellSeconds: 0.2, idleSeconds: 1 })
  })
})
