// The kiosk's self-playing tour: how long each stop stays and where the deck goes next. A stop is
// one build step of one slide; a slide's dwell is shared by its stops, so every step shows. After
// the last stop the tour starts again at slide 1 in the next language. Time comes in as `now`
// (milliseconds); each stop is timed from the moment it was reached, so a clock that jumps either
// way costs at most one stop and never fires a burst of moves.
import { languages, type Lang } from '../i18n/lang'
import type { Slide } from '../content/schema'

export type Layout = Slide['layout']

/** Seconds a slide stays when neither the kiosk settings nor the content say otherwise. */
export const defaultDwell: Readonly<Record<Layout, number>> = {
  title: 10,
  section: 7,
  agenda: 10,
  chart: 16,
  stats: 13,
  points: 13,
  quote: 12,
  closing: 10,
}

export const defaultLanguages: readonly Lang[] = languages

export interface TourSlide {
  layout: Layout
  /** The content's own dwell time in seconds. */
  dwell?: number
  /** Build steps after the slide opens (0: the slide is one stop). */
  steps: number
}

export interface TourOptions {
  /** Seconds for every slide, over the content's and the layout's. */
  dwellSeconds?: number
  languages?: readonly Lang[]
}

export interface Place {
  slide: number
  step: number
  lang: Lang
}

export type Move =
  | { kind: 'step' | 'slide'; slide: number; step: number }
  /** Back to slide 1 in the next language of the tour. */
  | { kind: 'wrap'; slide: 0; step: 0; lang: Lang }

export function slideSeconds(slide: TourSlide, override?: number): number {
  return override ?? slide.dwell ?? defaultDwell[slide.layout]
}

/** The language that follows `lang` in the tour; a language outside the tour goes to its first. */
export function nextLanguage(languages: readonly Lang[], lang: Lang): Lang {
  const list = languages.length ? languages : defaultLanguages
  const at = list.indexOf(lang)
  return list[at < 0 ? 0 : (at + 1) % list.length]!
}

export class Autoplay {
  private readonly slides: readonly TourSlide[]
  private readonly dwellSeconds: number | undefined
  readonly languages: readonly Lang[]
  /** The stop being timed and when it was reached; null until the next tick looks at the deck. */
  private current: { slide: number; step: number; since: number } | null = null

  constructor(slides: readonly TourSlide[], options: TourOptions = {}) {
    if (slides.length === 0) throw new Error('a tour needs at least one slide')
    this.slides = slides
    this.dwellSeconds = options.dwellSeconds
    this.languages = options.languages?.length ? options.languages : defaultLanguages
  }

  /** Milliseconds one stop of a slide stays. */
  stopMs(slide: number): number {
    const s = this.slides[slide] ?? this.slides[0]!
    return (slideSeconds(s, this.dwellSeconds) * 1000) / (Math.max(0, s.steps) + 1)
  }

  /** Forgets the stop being timed: the next tick gives the deck's current stop its full time. */
  restart(): void {
    this.current = null
  }

  /** Decides whether the deck moves now. `at` is where the deck is, whoever moved it. */
  tick(now: number, at: Place): Move | null {
    const current = this.current
    if (!current || current.slide !== at.slide || current.step !== at.step || now < current.since) {
      this.current = { slide: at.slide, step: at.step, since: now }
      return null
    }
    if (now - current.since < this.stopMs(at.slide)) return null
    const move = this.after(at)
    this.current = { slide: move.slide, step: move.step, since: now }
    return move
  }

  /** How much of the current stop's time has passed, 0 to 1. */
  progress(now: number): number {
    const current = this.current
    if (!current) return 0
    return clamp((now - current.since) / this.stopMs(current.slide), 0, 1)
  }

  /** Milliseconds until the current stop is due to end (0 when due or not yet timed). */
  remaining(now: number): number {
    const current = this.current
    if (!current || now < current.since) return 0
    return Math.max(0, this.stopMs(current.slide) - (now - current.since))
  }

  private after(at: Place): Move {
    const steps = this.slides[at.slide]?.steps ?? 0
    if (at.step < steps) return { kind: 'step', slide: at.slide, step: at.step + 1 }
    if (at.slide < this.slides.length - 1) return { kind: 'slide', slide: at.slide + 1, step: 0 }
    return { kind: 'wrap', slide: 0, step: 0, lang: nextLanguage(this.languages, at.lang) }
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
