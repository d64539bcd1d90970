// The kiosk's scenes in turn: which one plays, in which language, and when it ends. A tour scene
// ends when the tour has played one loop (or at its own time, if it has one); a dashboard scene
// after its time. Times are milliseconds from the player's clock.
import { defaultDashboardSeconds, type Scene, type SceneKind } from '../contract/schedule'
import { nextLanguage } from './autoplay'
import type { Lang } from '../i18n/lang'

export interface PlayingScene {
  kind: SceneKind
  lang: Lang
  /** Milliseconds the scene lasts; undefined: a tour's one loop. */
  ms: number | undefined
  /** Position in the list. */
  index: number
}

export class SceneRunner {
  private readonly scenes: readonly Scene[]
  private readonly languages: readonly Lang[]
  private at = 0
  private since: number | null = null
  private lang: Lang
  /** Full passes through the list. */
  loops = 0

  constructor(scenes: readonly Scene[], languages: readonly Lang[], startLang?: Lang) {
    if (!scenes.length) throw new Error('a kiosk needs at least one scene')
    this.scenes = scenes
    this.languages = languages
    // A start language picks the first tour in it (`?lang=en` starts with the English tour).
    const first = startLang ? scenes.findIndex((s) => s.kind === 'tour' && s.lang === startLang) : -1
    this.at = Math.max(0, first)
    this.lang = this.resolveLang(this.at, startLang ?? languages[0]!)
  }

  get current(): PlayingScene {
    const scene = this.scenes[this.at]!
    const seconds = scene.seconds ?? (scene.kind === 'dashboard' ? defaultDashboardSeconds : undefined)
    return { kind: scene.kind, lang: this.lang, ms: seconds === undefined ? undefined : seconds * 1000, index: this.at }
  }

  /** Times the current scene from `now` (again). */
  begin(now: number): void {
    this.since = now
  }

  /** Milliseconds the current scene has played. */
  elapsed(now: number): number {
    if (this.since === null || now < this.since) this.since = now
    return now - this.since
  }

  /** The current scene is over: its time is up, or (a tour) it has played one loop. */
  due(now: number, tourWrapped: boolean): boolean {
    const { ms, kind } = this.current
    if (ms !== undefined && this.elapsed(now) >= ms) return true
    return kind === 'tour' && tourWrapped
  }

  /** Goes on to the next scene and times it from `now`. */
  advance(now: number): PlayingScene {
    const previous = this.lang
    this.at = (this.at + 1) % this.scenes.length
    if (this.at === 0) this.loops++
    this.lang = this.resolveLang(this.at, previous)
    this.since = now
    return this.current
  }

  /** Back to the first scene (the screen opening for the day). */
  reset(now: number): PlayingScene {
    this.at = 0
    this.lang = this.resolveLang(0, this.languages[0]!)
    this.since = now
    return this.current
  }

  /**
   * A scene's own language; else a dashboard shows the language that played before it, and a tour
   * takes the tour's next language.
   */
  private resolveLang(index: number, previous: Lang): Lang {
    const scene = this.scenes[index]!
    if (scene.lang) return scene.lang
    if (scene.kind === 'dashboard') return previous
    return index === 0 && this.loops === 0 && this.since === null ? previous : nextLanguage(this.languages, previous)
  }
}
