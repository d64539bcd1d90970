// The unattended screen's player: the scenes in turn (scenes.ts), the tour within a tour scene
// (autoplay.ts), paused by visitors (idle.ts), and the options it runs with. The kiosk controller
// calls `tick` from its one timer and applies what it returns.
import type { KioskSettings } from '../contract'
import { timing } from '../contract/rules'
import {
  defaultRefreshAt,
  defaultScenes,
  parseHours,
  parseScenes,
  parseTime,
  type HoursSpan,
  type Scene,
} from '../contract/schedule'
import { locationOf, parseStartup, rendererUrl, type KioskUrlOptions } from '../contract/url'
import type { Pack } from '../content/pack'
import { isLang, type Lang } from '../i18n/lang'
import { Autoplay, defaultLanguages, type Move, type Place, type TourSlide } from './autoplay'
import { IdleTimer } from './idle'
import { SceneRunner, type PlayingScene } from './scenes'

export interface KioskOptions {
  dwellSeconds?: number
  idleSeconds: number
  /** The tour's languages in order. */
  languages: Lang[]
  scenes: Scene[]
  /** Opening hours; empty: always open. */
  hours: HoursSpan[]
  /** Minutes after midnight of the daily refresh. */
  refreshAt: number
}

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined

function text<T>(parse: (t: string) => { ok: true; value: T } | { ok: false }, ...values: unknown[]): T | undefined {
  for (const value of values) {
    if (typeof value !== 'string') continue
    const parsed = parse(value)
    if (parsed.ok) return parsed.value
  }
  return undefined
}

/** What the report pack says about its kiosk: its default scenes, and whether it has a dashboard at all. */
export type PackKiosk = Pick<Pack, 'kiosk' | 'dashboard'>

/**
 * URL values (for testing) over stored settings over the pack's defaults over the app's; stored
 * values are checked, as the file may be edited by hand. A pack without a dashboard plays no dashboard scene.
 */
export function kioskOptions(url: KioskUrlOptions, stored?: Partial<KioskSettings>, pack?: PackKiosk): KioskOptions {
  const listed = [...new Set((Array.isArray(stored?.languages) ? stored.languages : []).filter(isLang))]
  const languages = listed.length ? listed : [...defaultLanguages]
  const dwellSeconds = url.dwellSeconds ?? positive(stored?.dwellSeconds)
  const time = (t: string) => {
    const minutes = parseTime(t)
    return minutes !== undefined && minutes < 24 * 60 ? { ok: true as const, value: minutes } : { ok: false as const }
  }
  return {
    ...(dwellSeconds !== undefined && { dwellSeconds }),
    idleSeconds: url.idleSeconds ?? positive(stored?.idleSeconds) ?? timing.defaultIdleSeconds,
    languages,
    scenes: playable(
      text(parseScenes, url.scenes, stored?.scenes, pack?.kiosk?.scenes) ?? defaultScenes(languages),
      pack === undefined || pack.dashboard !== undefined,
    ),
    hours: text(parseHours, url.hours, stored?.hours) ?? [],
    refreshAt: text(time, url.refreshAt, stored?.refreshAt) ?? parseTime(defaultRefreshAt)!,
  }
}

function playable(scenes: Scene[], hasDashboard: boolean): Scene[] {
  if (hasDashboard) return scenes
  const tours = scenes.filter((scene) => scene.kind !== 'dashboard')
  return tours.length ? tours : [{ kind: 'tour' }]
}

export type KioskAction =
  | Move
  /** A scene starts (or starts again after a visitor): its screen, at slide 1 in its language. */
  | { kind: 'scene'; scene: PlayingScene; slide: 0; step: 0; lang: Lang }

export class KioskPlayer {
  private readonly tour: Autoplay
  private readonly idle: IdleTimer
  private readonly scenes: SceneRunner
  readonly languages: readonly Lang[]

  constructor(slides: readonly TourSlide[], options: KioskOptions, startLang?: Lang) {
    this.tour = new Autoplay(slides, options)
    this.idle = new IdleTimer(options.idleSeconds * 1000)
    this.languages = this.tour.languages
    this.scenes = new SceneRunner(options.scenes, this.languages, startLang)
  }

  get paused(): boolean {
    return this.idle.paused
  }

  get scene(): PlayingScene {
    return this.scenes.current
  }

  /** Full passes through the scene list. */
  get loops(): number {
    return this.scenes.loops
  }

  /** A visitor browsed (key, tap, swipe) or is typing the exit PIN. */
  interact(now: number): void {
    this.idle.interact(now)
    this.tour.restart()
  }

  /** The visitor asked to go back: the pause ends at the next tick. */
  resume(now: number): void {
    if (this.idle.paused) this.idle.interact(now - this.idle.idleMs)
  }

  /** The first scene from its start (the screen opening for the day). */
  restart(now: number): KioskAction {
    this.tour.restart()
    return this.start(this.scenes.reset(now), now)
  }

  tick(now: number, at: Place): KioskAction | null {
    if (this.idle.expired(now)) {
      // The scene that was playing starts again, in its language.
      this.scenes.begin(now)
      return this.start(this.scenes.current, now)
    }
    if (this.idle.paused) return null
    const scene = this.scenes.current
    if (scene.kind !== 'tour') return this.scenes.due(now, false) ? this.start(this.scenes.advance(now), now) : null
    if (this.scenes.due(now, false)) return this.start(this.scenes.advance(now), now)
    const move = this.tour.tick(now, at)
    if (move?.kind !== 'wrap') return move
    return this.start(this.scenes.advance(now), now)
  }

  /** The share of the current stop's (a tour) or scene's (the dashboard) time that has passed; 0 while paused. */
  progress(now: number): number {
    if (this.idle.paused) return 0
    const { kind, ms } = this.scenes.current
    if (kind === 'tour') return this.tour.progress(now)
    return ms ? Math.min(1, this.scenes.elapsed(now) / ms) : 0
  }

  /** When the timer should look again: soon enough for the next move and a smooth progress line. */
  nextTickMs(now: number, maxMs = 250, minMs = 16): number {
    const { kind, ms } = this.scenes.current
    const due = this.idle.paused
      ? this.idle.remaining(now)
      : kind === 'tour'
        ? this.tour.remaining(now)
        : Math.max(0, (ms ?? 0) - this.scenes.elapsed(now))
    return Math.min(maxMs, Math.max(minMs, Math.ceil(due)))
  }

  private start(scene: PlayingScene, now?: number): KioskAction {
    this.tour.restart()
    // Slide 1 of a tour scene is timed from now, whether or not the deck was already there.
    if (now !== undefined && scene.kind === 'tour') this.tour.tick(now, { slide: 0, step: 0, lang: scene.lang })
    return { kind: 'scene', scene, slide: 0, step: 0, lang: scene.lang }
  }
}

/** The page's address without the kiosk parameters: where the web edition goes when the right PIN is typed. */
export function withoutKiosk(href: string): string {
  const url = new URL(href)
  return rendererUrl(href, { ...locationOf(parseStartup(url.search, url.hash)), kiosk: undefined })
}
