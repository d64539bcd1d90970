// The state of a running briefing: where it is, in which language, and what the screen shows.
// Every move goes through `go`, so slide, step and the overview cursor always stay in range.
// The deck goes through its running order (every slide, or a visit programme's stops); a slide
// outside it can still be shown, and the next move from there returns to where the order was.
import type { DeckSnapshot, Screen, Theme } from '../contract'
import { otherLang, type Lang } from '../i18n/lang'

export type Mode = 'show' | 'overview' | 'black' | 'white' | 'help'

const screens: Record<Mode, Screen> = { show: 'show', overview: 'show', help: 'show', black: 'black', white: 'white' }

export interface DeckInit {
  slide?: number
  /** 1-based stop of the running order to start at (what `#/N` and the counter say); wins over `slide`. */
  number?: number
  step?: number
  lang?: Lang
  bilingual?: boolean
  theme?: Theme
  /** Indexes of the slides the briefing goes through, in order; every slide by default. */
  stops?: readonly number[]
  /** The slides the overview's "all slides" list offers; the stops by default. */
  browse?: readonly number[]
  /** Fingerprint of the running programme: a window running another one ignores this deck's places. */
  programme?: string
}

/** A place in the deck: slide index and build step. */
export interface Place {
  slide: number
  step: number
}

export class DeckState {
  /** 0-based index of the current slide. */
  slide = $state(0)
  /** How many build steps of the current slide are shown (0 = the slide as it opens). */
  step = $state(0)
  lang = $state<Lang>('zh')
  bilingual = $state(false)
  /** The slides' theme, shared by every window of the briefing. */
  theme = $state<Theme>('light')
  mode = $state<Mode>('show')
  /** The slide highlighted in the overview grid. */
  cursor = $state(0)
  /** Where the running order was when the deck left it for a slide outside it; null while on it. */
  resume = $state<Place | null>(null)
  /** The overview lists every slide instead of the running order's. */
  overviewAll = $state(false)
  /** The last state another window published runs another programme (or none): its place is not this deck's. */
  otherOrder = $state(false)

  readonly stepCounts: readonly number[]
  readonly stops: readonly number[]
  readonly browse: readonly number[]
  readonly programme: string | undefined
  private readonly stopIndex: ReadonlyMap<number, number>

  constructor(stepCounts: readonly number[], init: DeckInit = {}) {
    if (stepCounts.length === 0) throw new Error('a deck needs at least one slide')
    this.stepCounts = stepCounts
    const inRange = (list: readonly number[] | undefined) =>
      list?.filter((i) => Number.isInteger(i) && i >= 0 && i < stepCounts.length)
    const stops = inRange(init.stops)
    this.stops = stops?.length ? stops : stepCounts.map((_, i) => i)
    this.browse = inRange(init.browse)?.length ? inRange(init.browse)! : this.stops
    // A lookup built once from the running order, never changed: not state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.stopIndex = new Map(this.stops.map((slide, i) => [slide, i]))
    this.programme = init.programme
    this.lang = init.lang ?? 'zh'
    this.bilingual = init.bilingual ?? false
    this.theme = init.theme ?? 'light'
    this.go(init.number !== undefined ? this.stopAt(init.number) : (init.slide ?? this.stops[0]!), init.step ?? 0)
  }

  /** Stops in the running order (the counter's total). */
  get total(): number {
    return this.stops.length
  }

  /** 0-based place of the current slide in the running order; -1 on a slide outside it. */
  get position(): number {
    return this.stopIndex.get(this.slide) ?? -1
  }

  /** The slide index of a 1-based stop number, clamped to the running order. */
  stopAt(number: number): number {
    const i = clamp(Math.trunc(Number.isFinite(number) ? number : number > 0 ? this.total : 1) - 1, 0, this.total - 1)
    return this.stops[i]!
  }

  /** The number the counter gives a slide: its stop number, or its place among all the slides for one outside the running order. */
  numberOf(slide: number): number {
    const at = this.stopIndex.get(slide)
    return at === undefined ? slide + 1 : at + 1
  }

  /** Whether a slide is one of the running order's stops. */
  isStop(slide: number): boolean {
    return this.stopIndex.has(slide)
  }

  /** Build steps of the current slide. */
  get steps(): number {
    return this.stepCounts[this.slide] ?? 0
  }

  get isFirst(): boolean {
    return this.slide === this.stops[0] && this.step === 0
  }

  get isLast(): boolean {
    return this.slide === this.stops.at(-1) && this.step === this.steps
  }

  get screen(): Screen {
    return screens[this.mode]
  }

  /** The one way to move. Out-of-range slides and steps are clamped; `Infinity` as step means all steps shown. */
  go(slide: number, step = 0): void {
    const count = this.stepCounts.length
    const target = clamp(Math.trunc(Number.isFinite(slide) ? slide : slide > 0 ? count - 1 : 0), 0, count - 1)
    const maxStep = this.stepCounts[target] ?? 0
    const targetStep = clamp(Number.isFinite(step) ? Math.trunc(step) : maxStep, 0, maxStep)
    if (target === this.slide && targetStep === this.step) return
    if (this.isStop(target)) this.resume = null
    else if (this.isStop(this.slide)) this.resume = { slide: this.slide, step: this.step }
    this.slide = target
    this.step = targetStep
    this.cursor = target
  }

  /** Where `next` goes: the next build step, the next stop, or back to the running order after a slide outside it. */
  ahead(): Place | null {
    if (this.step < this.steps) return { slide: this.slide, step: this.step + 1 }
    if (this.resume) return { ...this.resume }
    const at = this.position
    return at >= 0 && at < this.total - 1 ? { slide: this.stops[at + 1]!, step: 0 } : null
  }

  /** Next build step, then the next slide. */
  next(): void {
    const to = this.ahead()
    if (to) this.go(to.slide, to.step)
  }

  /** Previous build step, then the previous slide with all its steps shown. */
  prev(): void {
    const at = this.position
    if (this.step > 0) this.go(this.slide, this.step - 1)
    else if (this.resume) this.go(this.resume.slide, this.resume.step)
    else if (at > 0) this.go(this.stops[at - 1]!, Infinity)
  }

  first(): void {
    this.go(this.stops[0]!, 0)
  }

  last(): void {
    this.go(this.stops.at(-1)!, 0)
  }

  /** Goes to a stop by its 1-based number, as typed, linked or shown on the counter. */
  goToNumber(number: number): void {
    this.go(this.stopAt(number), 0)
  }

  setLang(lang: Lang): void {
    this.lang = lang
  }

  toggleLang(): void {
    this.lang = otherLang(this.lang)
  }

  toggleBilingual(): void {
    this.bilingual = !this.bilingual
  }

  toggleTheme(): void {
    this.theme = this.theme === 'light' ? 'dark' : 'light'
  }

  /** Opens a mode, or returns to the slide when that mode is already open. */
  toggleMode(mode: Exclude<Mode, 'show'>): void {
    this.mode = this.mode === mode ? 'show' : mode
    if (this.mode === 'overview') this.cursor = this.slide
  }

  show(): void {
    this.mode = 'show'
  }

  /** The slides the overview lists: the running order's, or every slide. */
  get listed(): readonly number[] {
    return this.overviewAll ? this.browse : this.stops
  }

  moveCursor(by: number): void {
    const list = this.listed
    let at = list.indexOf(this.cursor)
    if (at === -1) at = Math.max(0, list.indexOf(this.resume?.slide ?? -1))
    this.cursor = list[clamp(at + by, 0, list.length - 1)]!
  }

  /** Lists every slide in the overview, or the running order's again. */
  showAllInOverview(all: boolean): void {
    this.overviewAll = all
    if (!this.listed.includes(this.cursor))
      this.cursor = this.listed.includes(this.slide) ? this.slide : this.listed[0]!
  }

  /** Leaves the overview on the highlighted slide. */
  chooseCursor(): void {
    this.mode = 'show'
    this.go(this.cursor, 0)
  }

  snapshot(): DeckSnapshot {
    return {
      slide: this.slide,
      step: this.step,
      lang: this.lang,
      bilingual: this.bilingual,
      screen: this.screen,
      theme: this.theme,
      ...(this.programme !== undefined && { programme: this.programme }),
      ...(this.resume && { resume: { ...this.resume } }),
    }
  }

  /**
   * Takes on a state that another window published; local overlays (overview, help) stay open. A
   * window running another programme (or none) shares language and screen but not the place.
   */
  apply(state: DeckSnapshot): void {
    this.otherOrder = state.programme !== this.programme
    if (state.programme === this.programme) {
      this.go(state.slide, state.step)
      if (!this.isStop(this.slide) && state.resume && this.isStop(state.resume.slide))
        this.resume = {
          slide: state.resume.slide,
          step: clamp(state.resume.step, 0, this.stepCounts[state.resume.slide] ?? 0),
        }
    }
    this.lang = state.lang
    this.bilingual = state.bilingual
    if (state.theme) this.theme = state.theme
    if (state.screen !== 'show') this.mode = state.screen
    else if (this.mode === 'black' || this.mode === 'white') this.mode = 'show'
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
