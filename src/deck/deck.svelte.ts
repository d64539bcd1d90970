// The state of a running briefing: where it is, in which language, and what the screen shows.
// Every move goes through `go`, so slide, step and the overview cursor always stay in range.
import type { DeckSnapshot, Screen } from '../contract'
import { otherLang, type Lang } from '../i18n/lang'

export type Mode = 'show' | 'overview' | 'black' | 'white' | 'help'

const screens: Record<Mode, Screen> = { show: 'show', overview: 'show', help: 'show', black: 'black', white: 'white' }

export interface DeckInit {
  slide?: number
  step?: number
  lang?: Lang
  bilingual?: boolean
}

export class DeckState {
  /** 0-based index of the current slide. */
  slide = $state(0)
  /** How many build steps of the current slide are shown (0 = the slide as it opens). */
  step = $state(0)
  lang = $state<Lang>('zh')
  bilingual = $state(false)
  mode = $state<Mode>('show')
  /** The slide highlighted in the overview grid. */
  cursor = $state(0)

  readonly stepCounts: readonly number[]

  constructor(stepCounts: readonly number[], init: DeckInit = {}) {
    if (stepCounts.length === 0) throw new Error('a deck needs at least one slide')
    this.stepCounts = stepCounts
    this.lang = init.lang ?? 'zh'
    this.bilingual = init.bilingual ?? false
    this.go(init.slide ?? 0, init.step ?? 0)
  }

  get total(): number {
    return this.stepCounts.length
  }

  /** Build steps of the current slide. */
  get steps(): number {
    return this.stepCounts[this.slide] ?? 0
  }

  get isFirst(): boolean {
    return this.slide === 0 && this.step === 0
  }

  get isLast(): boolean {
    return this.slide === this.total - 1 && this.step === this.steps
  }

  get screen(): Screen {
    return screens[this.mode]
  }

  /** The one way to move. Out-of-range slides and steps are clamped; `Infinity` as step means all steps shown. */
  go(slide: number, step = 0): void {
    const target = clamp(Math.trunc(Number.isFinite(slide) ? slide : slide > 0 ? this.total - 1 : 0), 0, this.total - 1)
    const maxStep = this.stepCounts[target] ?? 0
    const targetStep = clamp(Number.isFinite(step) ? Math.trunc(step) : maxStep, 0, maxStep)
    if (target === this.slide && targetStep === this.step) return
    this.slide = target
    this.step = targetStep
    this.cursor = target
  }

  /** Next build step, then the next slide. */
  next(): void {
    if (this.step < this.steps) this.go(this.slide, this.step + 1)
    else if (this.slide < this.total - 1) this.go(this.slide + 1, 0)
  }

  /** Previous build step, then the previous slide with all its steps shown. */
  prev(): void {
    if (this.step > 0) this.go(this.slide, this.step - 1)
    else if (this.slide > 0) this.go(this.slide - 1, Infinity)
  }

  first(): void {
    this.go(0, 0)
  }

  last(): void {
    this.go(this.total - 1, 0)
  }

  /** Goes to a slide by its 1-based number, as typed or linked. */
  goToNumber(number: number): void {
    this.go(number - 1, 0)
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

  /** Opens a mode, or returns to the slide when that mode is already open. */
  toggleMode(mode: Exclude<Mode, 'show'>): void {
    this.mode = this.mode === mode ? 'show' : mode
    if (this.mode === 'overview') this.cursor = this.slide
  }

  show(): void {
    this.mode = 'show'
  }

  moveCursor(by: number): void {
    this.cursor = clamp(this.cursor + by, 0, this.total - 1)
  }

  /** Leaves the overview on the highlighted slide. */
  chooseCursor(): void {
    this.mode = 'show'
    this.go(this.cursor, 0)
  }

  snapshot(): DeckSnapshot {
    return { slide: this.slide, step: this.step, lang: this.lang, bilingual: this.bilingual, screen: this.screen }
  }

  /** Takes on a state that another window published; local overlays (overview, help) stay open. */
  apply(state: DeckSnapshot): void {
    this.go(state.slide, state.step)
    this.lang = state.lang
    this.bilingual = state.bilingual
    if (state.screen !== 'show') this.mode = state.screen
    else if (this.mode === 'black' || this.mode === 'white') this.mode = 'show'
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
