import { describe, expect, it } from 'vitest'
import {
  Autoplay,
  defaultDwell,
  nextLanguage,
  slideSeconds,
  type Move,
  type Place,
  type TourSlide,
} from '../../../src/kiosk/autoplay'

const slides: TourSlide[] = [
  { layout: 'title', steps: 0 }, // 10 s
  { layout: 'points', steps: 3 }, // 13 s over 4 stops
  { layout: 'chart', steps: 0, dwell: 4 },
]

/** Drives a tour like the kiosk does: tick, and when it moves, the deck follows. */
function run(tour: Autoplay, start: Place = { slide: 0, step: 0, lang: 'zh' }) {
  const place = { ...start }
  const moves: Array<Move & { at: number }> = []
  return {
    place,
    moves,
    tick(now: number) {
      const move = tour.tick(now, place)
      if (move) {
        moves.push({ ...move, at: now })
        place.slide = move.slide
        place.step = move.step
        if (move.kind === 'wrap') place.lang = move.lang
      }
      return move
    },
  }
}

describe('dwell', () => {
  it('takes the kiosk setting over the slide’s own over the layout’s default', () => {
    expect(slideSeconds({ layout: 'chart', steps: 0 })).toBe(defaultDwell.chart)
    expect(slideSeconds({ layout: 'chart', steps: 0, dwell: 4 })).toBe(4)
    expect(slideSeconds({ layout: 'chart', steps: 0, dwell: 4 }, 2)).toBe(2)
  })

  it('shares a slide’s dwell between its stops, so every build step shows', () => {
    const tour = new Autoplay(slides)
    expect(tour.stopMs(0)).toBe(10_000)
    expect(tour.stopMs(1)).toBe(13_000 / 4)
    expect(tour.stopMs(2)).toBe(4000)
    expect(new Autoplay(slides, { dwellSeconds: 0.8 }).stopMs(1)).toBe(200)
  })
})

describe('Autoplay.tick', () => {
  it('times the first stop from the first tick, then moves when its time is up', () => {
    const tour = run(new Autoplay(slides))
    expect(tour.tick(5_000)).toBeNull()
    expect(tour.tick(14_999)).toBeNull()
    expect(tour.tick(15_000)).toEqual({ kind: 'slide', slide: 1, step: 0 })
  })

  it('shows every build step before the next slide', () => {
    const tour = run(new Autoplay(slides, { dwellSeconds: 4 }))
    for (let now = 0; now <= 40_000; now += 100) tour.tick(now)
    expect(tour.moves.slice(0, 5).map(({ kind, slide, step }) => [kind, slide, step])).toEqual([
      ['slide', 1, 0],
      ['step', 1, 1],
      ['step', 1, 2],
      ['step', 1, 3],
      ['slide', 2, 0],
    ])
    // slide 1's 4 s are spread over its 4 stops
    expect(tour.moves[1]!.at - tour.moves[0]!.at).toBe(1000)
    expect(tour.moves[4]!.at - tour.moves[3]!.at).toBe(1000)
  })

  it('moves a slide with no steps straight to the next slide', () => {
    const tour = run(new Autoplay(slides), { slide: 2, step: 0, lang: 'zh' })
    tour.tick(0)
    const move = tour.tick(4000)
    expect(move?.kind).toBe('wrap')
    expect(tour.moves).toHaveLength(1)
  })

  it('after the last stop wraps to slide 1 in the next language, and back to the first after the last', () => {
    const tour = run(new Autoplay(slides, { dwellSeconds: 1 }), { slide: 2, step: 0, lang: 'zh' })
    tour.tick(0)
    expect(tour.tick(1000)).toEqual({ kind: 'wrap', slide: 0, step: 0, lang: 'en' })
    for (let now = 1000; now <= 5000; now += 50) tour.tick(now)
    expect(tour.moves.filter((m) => m.kind === 'wrap').map((m) => m.kind === 'wrap' && m.lang)).toEqual(['en', 'zh'])
  })

  it('keeps the one language of a one-language tour, and starts a language outside the tour at its first', () => {
    expect(nextLanguage(['en'], 'en')).toBe('en')
    expect(nextLanguage(['en'], 'zh')).toBe('en')
    expect(nextLanguage(['zh', 'en'], 'en')).toBe('zh')
    expect(nextLanguage([], 'zh')).toBe('en')
  })

  it('gives a stop the deck was moved to by someone else its full time', () => {
    const tour = new Autoplay(slides)
    tour.tick(0, { slide: 0, step: 0, lang: 'zh' })
    expect(tour.tick(9_000, { slide: 2, step: 0, lang: 'zh' })).toBeNull()
    expect(tour.tick(12_999, { slide: 2, step: 0, lang: 'zh' })).toBeNull()
    expect(tour.tick(13_000, { slide: 2, step: 0, lang: 'zh' })?.kind).toBe('wrap')
  })

  it('does not restart a stop on a language change alone', () => {
    const tour = new Autoplay(slides)
    tour.tick(0, { slide: 0, step: 0, lang: 'zh' })
    expect(tour.tick(6_000, { slide: 0, step: 0, lang: 'en' })).toBeNull()
    expect(tour.tick(10_000, { slide: 0, step: 0, lang: 'en' })?.slide).toBe(1)
  })

  it('times again from a restart', () => {
    const tour = new Autoplay(slides)
    tour.tick(0, { slide: 0, step: 0, lang: 'zh' })
    tour.restart()
    expect(tour.tick(9_000, { slide: 0, step: 0, lang: 'zh' })).toBeNull()
    expect(tour.tick(18_999, { slide: 0, step: 0, lang: 'zh' })).toBeNull()
    expect(tour.tick(19_000, { slide: 0, step: 0, lang: 'zh' })).not.toBeNull()
  })

  it('neither stalls nor catches up when the clock goes back', () => {
    const tour = run(new Autoplay(slides))
    tour.tick(1_000_000)
    // system time set back an hour: the stop is timed again from the new time, not held for an hour
    expect(tour.tick(1_000_000 - 3_600_000)).toBeNull()
    expect(tour.tick(1_000_000 - 3_600_000 + 9_999)).toBeNull()
    expect(tour.tick(1_000_000 - 3_600_000 + 10_000)).toEqual({ kind: 'slide', slide: 1, step: 0 })
  })

  it('moves one stop, not a burst, when the clock jumps forward', () => {
    const tour = run(new Autoplay(slides))
    tour.tick(0)
    const later = 3 * 24 * 3_600_000
    expect(tour.tick(later)).toEqual({ kind: 'slide', slide: 1, step: 0 })
    expect(tour.tick(later + 1)).toBeNull()
    expect(tour.tick(later + 16)).toBeNull()
    expect(tour.moves).toHaveLength(1)
  })

  it('reports how much of the stop has passed and how long is left', () => {
    const tour = new Autoplay(slides)
    expect(tour.progress(0)).toBe(0)
    tour.tick(1000, { slide: 0, step: 0, lang: 'zh' })
    expect(tour.progress(1000)).toBe(0)
    expect(tour.progress(3500)).toBe(0.25)
    expect(tour.remaining(3500)).toBe(7500)
    expect(tour.progress(60_000)).toBe(1)
    expect(tour.remaining(60_000)).toBe(0)
    expect(tour.progress(0)).toBe(0)
  })

  it('refuses an empty tour', () => {
    expect(() => new Autoplay([])).toThrow()
  })
})
