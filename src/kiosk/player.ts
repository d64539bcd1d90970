// The unattended screen's player: the tour (autoplay.ts) paused by visitors (kiosk-idle.ts), and
// the options it runs with. Kiosk.svelte calls `tick` from its one timer and applies what it returns.
import { locationOf, parseStartup, rendererUrl, timing, type KioskSettings } from '../contract'
import { isLang, type Lang } from '../i18n/lang'
import { Autoplay, defaultLanguages, type Move, type Place, type TourSlide } from './autoplay'
import { IdleTimer } from './idle'

export interface KioskOptions {
  dwellSeconds?: number
  idleSeconds: number
  /** The tour's languages in order; the first is where a visitor's pause ends. */
  languages: Lang[]
}

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined

/** URL values (for testing) over stored settings over defaults; stored values are checked, as the file may be edited by hand. */
export function kioskOptions(
  url: { dwellSeconds?: number; idleSeconds?: number },
  stored?: Partial<KioskSettings>,
): KioskOptions {
  const languages = [...new Set((Array.isArray(stored?.languages) ? stored.languages : []).filter(isLang))]
  const dwellSeconds = url.dwellSeconds ?? positive(stored?.dwellSeconds)
  return {
    ...(dwellSeconds !== undefined && { dwellSeconds }),
    idleSeconds: url.idleSeconds ?? positive(stored?.idleSeconds) ?? timing.defaultIdleSeconds,
    languages: languages.length ? languages : [...defaultLanguages],
  }
}

export type KioskAction = Move | { kind: 'home'; slide: 0; step: 0; lang: Lang }

export class KioskPlayer {
  private readonly tour: Autoplay
  private readonly idle: IdleTimer
  readonly languages: readonly Lang[]

  constructor(slides: readonly TourSlide[], options: KioskOptions) {
    this.tour = new Autoplay(slides, options)
    this.idle = new IdleTimer(options.idleSeconds * 1000)
    this.languages = this.tour.languages
  }

  get paused(): boolean {
    return this.idle.paused
  }

  /** A visitor browsed (key, tap, swipe) or is typing the exit PIN. */
  interact(now: number): void {
    this.idle.interact(now)
    this.tour.restart()
  }

  tick(now: number, at: Place): KioskAction | null {
    if (this.idle.expired(now)) {
      const home = { kind: 'home', slide: 0, step: 0, lang: this.languages[0]! } as const
      // Slide 1 is timed from now, whether or not the deck was already there.
      this.tour.restart()
      this.tour.tick(now, home)
      return home
    }
    if (this.idle.paused) return null
    return this.tour.tick(now, at)
  }

  /** The share of the current stop's time that has passed; 0 while paused. */
  progress(now: number): number {
    return this.idle.paused ? 0 : this.tour.progress(now)
  }

  /** When the timer should look again: soon enough for the next move and a smooth progress line. */
  nextTickMs(now: number, maxMs = 250, minMs = 16): number {
    const due = this.idle.paused ? this.idle.remaining(now) : this.tour.remaining(now)
    return Math.min(maxMs, Math.max(minMs, Math.ceil(due)))
  }
}

/** The page's address without the kiosk parameters: where the web edition goes when the right PIN is typed. */
export function withoutKiosk(href: string): string {
  const url = new URL(href)
  return rendererUrl(href, { ...locationOf(parseStartup(url.search, url.hash)), kiosk: undefined })
}
