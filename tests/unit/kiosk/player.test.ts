import { describe, expect, it } from 'vitest'
import type { TourSlide } from '../../../src/kiosk/autoplay'
import { kioskOptions, KioskPlayer, withoutKiosk, type KioskAction, type KioskOptions } from '../../../src/kiosk/player'
import type { Lang } from '../../../src/i18n/lang'

const slides: TourSlide[] = [
  { layout: 'title', steps: 0 },
  { layout: 'stats', steps: 1 },
  { layout: 'closing', steps: 0 },
]

function setup(options: Partial<KioskOptions> = {}) {
  const player = new KioskPlayer(slides, {
    dwellSeconds: 1,
    idleSeconds: 5,
    languages: ['zh', 'en'],
    scenes: [{ kind: 'tour' }],
    hours: [],
    refreshAt: 180,
    ...options,
  })
  const place: { slide: number; step: number; lang: Lang } = { slide: 0, step: 0, lang: 'zh' }
  const actions: Array<KioskAction & { at: number }> = []
  /** Ticks every 50 ms from `from` to `to`, the deck following each action. */
  const run = (from: number, to: number) => {
    for (let now = from; now <= to; now += 50) {
      const action = player.tick(now, place)
      if (!action) continue
      actions.push({ ...action, at: now })
      place.slide = action.slide
      place.step = action.step
      if ('lang' in action) place.lang = action.lang
    }
  }
  return { player, place, actions, run }
}

describe('KioskPlayer', () => {
  it('plays on its own and wraps into the next language', () => {
    const { actions, run, place } = setup()
    run(0, 3000)
    expect(actions.map((a) => `${a.kind} ${a.slide}.${a.step}`)).toEqual([
      'slide 1.0',
      'step 1.1',
      'slide 2.0',
      'scene 0.0',
    ])
    expect(place.lang).toBe('en')
  })

  it('stops moving while a visitor browses', () => {
    const { player, actions, run, place } = setup()
    run(0, 1000)
    expect(actions).toHaveLength(1)
    player.interact(1000)
    place.slide = 2 // the visitor browsed
    run(1050, 5950)
    expect(actions).toHaveLength(1)
    expect(player.paused).toBe(true)
    expect(player.progress(3000)).toBe(0)
  })

  it('after the idle time starts the scene again at slide 1, in the language the tour was in, and plays on', () => {
    const { player, actions, run, place } = setup()
    place.lang = 'en'
    player.interact(0)
    place.slide = 2
    run(0, 7000)
    expect(actions[0]).toMatchObject({ kind: 'scene', slide: 0, step: 0, lang: 'zh', at: 5000 })
    expect(player.paused).toBe(false)
    // slide 1 gets its full second after the pause, then the tour goes on
    expect(actions[1]).toMatchObject({ kind: 'slide', slide: 1, at: 6000 })
  })

  it('counts the idle time from the latest interaction', () => {
    const { player, actions, run } = setup()
    player.interact(0)
    run(0, 4000)
    player.interact(4000)
    run(4050, 8950)
    expect(actions).toEqual([])
    run(9000, 9000)
    expect(actions.map((a) => a.kind)).toEqual(['scene'])
  })

  it('asks to be ticked in time for the next move, no more often than needed', () => {
    const { player } = setup({ dwellSeconds: 10 })
    player.tick(0, { slide: 0, step: 0, lang: 'zh' })
    expect(player.nextTickMs(0)).toBe(250)
    expect(player.nextTickMs(9_900)).toBe(100)
    expect(player.nextTickMs(9_999.5)).toBe(16)
    player.interact(20_000)
    expect(player.nextTickMs(24_950)).toBe(50)
  })
})

describe('KioskPlayer scenes', () => {
  const tours = (lang: Lang) => ({ kind: 'tour' as const, lang })

  it('plays the tour for one loop, then the dashboard for its time, then the next tour in its language', () => {
    const { actions, run, player } = setup({
      scenes: [tours('zh'), { kind: 'dashboard', seconds: 2 }, tours('en'), { kind: 'dashboard', seconds: 2 }],
    })
    run(0, 10_000)
    const scenes = actions.filter((a) => a.kind === 'scene')
    expect(scenes.map((a) => `${a.kind === 'scene' && a.scene.kind}:${a.lang}@${a.at}`)).toEqual([
      // a loop of three slides takes 3 s (a slide's second is shared by its build steps)
      'dashboard:zh@3000',
      'tour:en@5000',
      'dashboard:en@8000',
      'tour:zh@10000',
    ])
    expect(player.scene).toMatchObject({ kind: 'tour', lang: 'zh', index: 0 })
    expect(player.loops).toBe(1)
  })

  it('ends a tour scene with a time of its own at that time, mid-loop', () => {
    const { actions, run } = setup({ scenes: [{ kind: 'tour', lang: 'zh', seconds: 1.5 }, { kind: 'dashboard' }] })
    run(0, 2000)
    expect(actions.map((a) => a.kind)).toEqual(['slide', 'scene'])
    expect(actions[1]).toMatchObject({ at: 1500, scene: { kind: 'dashboard', ms: 60_000 } })
  })

  it('starts with the tour in the start language, and after a visitor goes back to the scene that was playing', () => {
    const player = new KioskPlayer(slides, { ...kioskOptions({ dwellSeconds: 1, idleSeconds: 5 }), hours: [] }, 'en')
    expect(player.scene).toMatchObject({ kind: 'tour', lang: 'en', index: 2 })
    player.tick(0, { slide: 0, step: 0, lang: 'en' })
    player.interact(100)
    expect(player.tick(5100, { slide: 2, step: 0, lang: 'zh' })).toMatchObject({ kind: 'scene', lang: 'en' })
  })

  it('ends the pause at once when the visitor asks to go back', () => {
    const { player } = setup()
    player.interact(0)
    player.resume(1000)
    expect(player.tick(1000, { slide: 2, step: 0, lang: 'en' })).toMatchObject({ kind: 'scene', slide: 0, lang: 'zh' })
    expect(player.paused).toBe(false)
  })

  it('shows the dashboard’s progress through its time', () => {
    const { player, run } = setup({ scenes: [{ kind: 'dashboard', seconds: 10 }] })
    run(0, 0)
    expect(player.progress(5000)).toBeCloseTo(0.5)
    expect(player.nextTickMs(9_990)).toBe(16)
  })
})

describe('kioskOptions with a report pack', () => {
  it('takes the pack’s scenes when the settings name none', () => {
    const pack = {
      kiosk: { scenes: 'tour:en, dashboard@30' },
      dashboard: { title: { zh: '一', en: 'One' }, panels: [] },
    }
    expect(kioskOptions({}, undefined, pack).scenes).toEqual([
      { kind: 'tour', lang: 'en' },
      { kind: 'dashboard', seconds: 30 },
    ])
    expect(kioskOptions({}, { scenes: 'tour:zh' }, pack).scenes).toEqual([{ kind: 'tour', lang: 'zh' }])
  })

  it('plays no dashboard scene for a pack without a dashboard, whatever the settings say', () => {
    expect(kioskOptions({}, undefined, {}).scenes).toEqual([
      { kind: 'tour', lang: 'zh' },
      { kind: 'tour', lang: 'en' },
    ])
    expect(kioskOptions({}, { scenes: 'dashboard@20' }, {}).scenes).toEqual([{ kind: 'tour' }])
  })
})

describe('kioskOptions', () => {
  const defaults = {
    scenes: [{ kind: 'tour', lang: 'zh' }, { kind: 'dashboard' }, { kind: 'tour', lang: 'en' }, { kind: 'dashboard' }],
    hours: [],
    refreshAt: 180,
  }
  it('takes URL values over stored settings over defaults', () => {
    expect(kioskOptions({}, undefined)).toEqual({ idleSeconds: 300, languages: ['zh', 'en'], ...defaults })
    expect(kioskOptions({}, { dwellSeconds: 20, idleSeconds: 60, languages: ['en', 'zh'] })).toMatchObject({
      dwellSeconds: 20,
      idleSeconds: 60,
      languages: ['en', 'zh'],
    })
    expect(
      kioskOptions(
        { dwellSeconds: 0.2, idleSeconds: 1.5, scenes: 'dashboard@5', refreshAt: '04:15' },
        { dwellSeconds: 20, idleSeconds: 60, languages: ['en'], scenes: 'tour:en', hours: 'sat 09:00-12:00' },
      ),
    ).toEqual({
      dwellSeconds: 0.2,
      idleSeconds: 1.5,
      languages: ['en'],
      scenes: [{ kind: 'dashboard', seconds: 5 }],
      hours: [{ days: ['sat'], from: 540, to: 720 }],
      refreshAt: 255,
    })
  })

  it('ignores stored values that make no sense', () => {
    const stored = {
      dwellSeconds: -3,
      idleSeconds: Number.NaN,
      languages: ['fr', 'en', 'en'],
      scenes: 'slideshow',
      hours: 'always',
    } as never
    expect(kioskOptions({}, stored)).toEqual({
      idleSeconds: 300,
      languages: ['en'],
      scenes: [{ kind: 'tour', lang: 'en' }, { kind: 'dashboard' }],
      hours: [],
      refreshAt: 180,
    })
    expect(kioskOptions({}, { languages: 'zh' } as never).languages).toEqual(['zh', 'en'])
  })
})

describe('leaving kiosk mode in the web edition', () => {
  it('drops only the kiosk parameters from the address', () => {
    expect(withoutKiosk('http://127.0.0.1:8080/?kiosk=1&dwell=0.2&idle=1.5&lang=en#/4')).toBe(
      'http://127.0.0.1:8080/?lang=en#/4',
    )
    expect(withoutKiosk('app://briefing/index.html?kiosk=1')).toBe('app://briefing/index.html')
  })
})
