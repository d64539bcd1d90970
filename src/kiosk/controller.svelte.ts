// The unattended screen's controller: it owns the scenes and the tour loop, the opening hours, what
// a visitor's keys, taps, swipes and touch controls do (they pause the tour until the visitor
// leaves), the exit-PIN flow, the figures it reports and every listener the kiosk needs.
// Kiosk.svelte only renders what it exposes.
import type { KioskReport, MenuCommand, SettingsView, StartupOptions } from '../contract'
import { DailyRefresh, isOpen } from '../contract/schedule'
import type { Report } from '../content/validate'
import type { DeckState } from '../deck/deck.svelte'
import type { Platform } from '../platform'
import { kioskKeyAction, pinKeyAction } from './keys'
import { PinEntry } from './pin.svelte'
import type { Lang } from '../i18n/lang'
import { kioskOptions, KioskPlayer, withoutKiosk, type KioskAction, type KioskOptions } from './player'

export type KioskScreen = 'tour' | 'dashboard'

/** How often the kiosk reports its figures (the desktop app logs them hourly). */
export const reportEveryMs = 60_000

export interface KioskDeps {
  deck: DeckState
  report: Report
  startup: StartupOptions
  settings: Partial<SettingsView>
  platform: Pick<Platform, 'kind' | 'exitKiosk' | 'onMenuCommand' | 'reportKiosk'>
  /** Live chart instances, for the report. */
  liveCharts?: () => number
  /** Milliseconds on a monotonic clock. */
  now?: () => number
  /** The wall clock, for the opening hours and the daily refresh. */
  clock?: () => Date
  /** The web edition's daily refresh (the desktop app's main process refreshes its window). */
  reload?: () => void
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>
  /** Where the web edition goes when the right PIN is typed. */
  leave?: () => void
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

export class KioskController {
  paused = $state(false)
  /** How far the current stop's dwell time has run, 0 to 1. */
  progress = $state(0)
  pin = $state<PinEntry | null>(null)
  /** What is on screen: the deck or the dashboard. */
  screen = $state<KioskScreen>('tour')
  /** Outside the opening hours: a black screen. */
  closed = $state(false)
  /** The visitor's full-screen menu of parts is open. */
  menu = $state(false)
  /** The scene playing, e.g. "tour:zh#0" (kind, language, place in the list). */
  scene = $state('')
  /** Full passes through the scenes. */
  loops = $state(0)

  readonly options: KioskOptions
  private readonly deck: DeckState
  private readonly player: KioskPlayer
  private readonly refresh: DailyRefresh
  private readonly started: number
  private reportedAt = -Infinity
  private reportedBrowsing = false
  private readonly deps: Required<Omit<KioskDeps, 'deck' | 'report' | 'startup' | 'settings'>> &
    Pick<KioskDeps, 'startup'>

  constructor(deps: KioskDeps) {
    this.deck = deps.deck
    this.options = kioskOptions(deps.startup.kiosk, deps.settings.kiosk, deps.report.pack)
    // The tour goes through the running order's stops: every slide, or a programme's.
    this.player = new KioskPlayer(
      deps.deck.stops.map((i) => {
        const slide = deps.report.deck.slides[i]!
        const dwell = slide.dwell ?? deps.report.pack.kiosk?.dwell?.[slide.layout]
        return { layout: slide.layout, dwell, steps: deps.deck.stepCounts[i] ?? 0 }
      }),
      this.options,
      deps.startup.lang,
    )
    this.refresh = new DailyRefresh(this.options.refreshAt)
    this.deps = {
      startup: deps.startup,
      platform: deps.platform,
      liveCharts: deps.liveCharts ?? (() => 0),
      now: deps.now ?? (() => performance.now()),
      // A fresh reading each time, never kept or changed: nothing reactive about it.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      clock: deps.clock ?? (() => new Date()),
      reload: deps.reload ?? (() => location.reload()),
      target: deps.target ?? window,
      leave: deps.leave ?? (() => location.replace(withoutKiosk(location.href))),
      setTimer: deps.setTimer ?? ((run, ms) => setTimeout(run, ms)),
      clearTimer: deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)),
    }
    this.started = this.deps.now()
  }

  /** The stop the progress line belongs to: it restarts with each stop instead of sliding back. */
  get stop(): string {
    return `${this.deck.lang}:${this.deck.slide}:${this.deck.step}`
  }

  get state(): 'closed' | 'pin' | 'paused' | 'playing' {
    return this.closed ? 'closed' : this.pin ? 'pin' : this.paused ? 'paused' : 'playing'
  }

  /** The language of the scene playing (a visitor's choice of language lasts until the tour resumes). */
  get tourLang(): Lang {
    return this.player.scene.lang
  }

  /** Starts the tour and the listeners; returns the function that stops both. */
  start(): () => void {
    // The first scene's screen and language; the deck stays on the slide it was opened at.
    const scene = this.player.scene
    this.screen = scene.kind
    this.scene = `${scene.kind}:${scene.lang}#${scene.index}`
    this.deck.setLang(scene.lang)
    this.deck.show()

    let timer: unknown
    let running = true
    const loop = () => {
      let delay = 250
      try {
        delay = this.tick()
      } finally {
        if (running) timer = this.deps.setTimer(loop, delay)
      }
    }
    loop()

    const listeners = this.listeners()
    const { target } = this.deps
    for (const [type, listener, options] of listeners) target.addEventListener(type, listener, options)
    const stopMenu = this.deps.platform.onMenuCommand((command: MenuCommand) => {
      if (command.type === 'kiosk-exit-prompt') this.openPin()
    })
    return () => {
      running = false
      this.deps.clearTimer(timer)
      for (const [type, listener, options] of listeners) target.removeEventListener(type, listener, options)
      stopMenu()
    }
  }

  /** A swipe or tap on the slide. */
  gesture(gesture: 'next' | 'prev'): void {
    this.browse(() => (gesture === 'next' ? this.deck.next() : this.deck.prev()))
  }

  /** The visitor's language buttons: the screen switches now; the tour resumes in its own language. */
  chooseLang(lang: Lang): void {
    this.interact()
    this.deck.setLang(lang)
  }

  openMenu(): void {
    this.interact()
    this.menu = true
  }

  closeMenu(): void {
    this.interact()
    this.menu = false
  }

  /** From the menu: a slide of the deck (a part's opening slide). */
  showSlide(slide: number): void {
    this.interact()
    this.menu = false
    this.screen = 'tour'
    this.deck.show()
    this.deck.go(slide, 0)
  }

  /** From the menu: the dashboard. */
  showDashboard(): void {
    this.interact()
    this.menu = false
    this.screen = 'dashboard'
  }

  /** The visitor's "back to the tour": the pause ends now and the scene that was playing starts again. */
  backToTour(): void {
    this.menu = false
    this.player.resume(this.deps.now())
    this.tick()
  }

  /** One step of the tour; returns when to look again (ms). */
  tick(): number {
    const at = this.deps.now()
    const wall = this.deps.clock()
    if (!isOpen(this.options.hours, wall)) {
      if (!this.closed) {
        this.closed = true
        this.menu = false
        this.pin = null
      }
      this.report(at)
      return 1000
    }
    if (this.closed) {
      this.closed = false
      this.apply(this.player.restart(at))
    }
    if (this.deps.platform.kind === 'web' && this.refresh.tick(wall, this.player.paused)) this.deps.reload()
    if (this.pin) {
      if (this.pin.expired(at)) this.pin = null
      else this.player.interact(at)
    }
    const stop = Math.max(0, this.deck.position)
    const action = this.player.tick(at, { slide: stop, step: this.deck.step, lang: this.deck.lang })
    if (action) this.apply(action)
    this.paused = this.player.paused
    if (!this.paused) this.menu = false
    this.progress = this.player.progress(at)
    this.report(at)
    return this.player.nextTickMs(at)
  }

  /** The figures for the heartbeat: once a minute, and at once when a visitor starts or stops browsing. */
  private report(at: number): void {
    const browsing = this.player.paused
    if (at - this.reportedAt < reportEveryMs && browsing === this.reportedBrowsing) return
    this.reportedAt = at
    this.reportedBrowsing = browsing
    const memory = (performance as Performance & { memory?: { usedJSHeapSize?: number } }).memory
    const heap = memory?.usedJSHeapSize
    const report: KioskReport = {
      uptimeSeconds: Math.max(0, Math.round((at - this.started) / 1000)),
      ...(typeof heap === 'number' && { heapBytes: heap }),
      domNodes: typeof document === 'undefined' ? 0 : document.getElementsByTagName('*').length,
      liveCharts: this.deps.liveCharts(),
      loops: this.player.loops,
      browsing,
      screen: this.closed ? 'closed' : this.screen,
    }
    try {
      this.deps.platform.reportKiosk(report)
    } catch (error) {
      console.warn(`kiosk report: ${(error as Error).message}`)
    }
  }

  key(event: KeyboardEvent): void {
    event.preventDefault()
    event.stopPropagation()
    const pin = this.pin
    if (pin) {
      const result = pin.press(pinKeyAction(event), event.key, this.deps.now())
      this.interact()
      if (result === 'cancel') this.pin = null
      else if (result === 'submit') void this.submitPin(pin)
      return
    }
    switch (kioskKeyAction(event)) {
      case 'next':
        return this.browse(() => this.deck.next())
      case 'prev':
        return this.browse(() => this.deck.prev())
      case 'first':
        return this.browse(() => this.deck.first())
      case 'exit-prompt':
        return this.openPin()
    }
  }

  private apply(action: KioskAction): void {
    if (action.kind === 'scene') {
      this.screen = action.scene.kind
      this.scene = `${action.scene.kind}:${action.scene.lang}#${action.scene.index}`
      this.loops = this.player.loops
      this.menu = false
      this.deck.show()
      this.deck.setLang(action.lang)
    } else if (action.kind === 'wrap') {
      this.deck.setLang(action.lang)
    }
    this.deck.go(this.deck.stops[action.slide] ?? this.deck.stops[0]!, action.step)
  }

  private interact(): void {
    this.player.interact(this.deps.now())
    this.paused = true
    this.progress = 0
  }

  private browse(move: () => void): void {
    this.interact()
    if (this.pin) return
    this.menu = false
    // Browsing keys or a swipe on the dashboard go to the deck where it stands.
    if (this.screen !== 'tour') this.screen = 'tour'
    else if (this.deck.mode !== 'show') this.deck.show()
    else move()
  }

  private openPin(): void {
    this.interact()
    this.pin ??= new PinEntry(this.deps.now())
  }

  private async submitPin(entry: PinEntry): Promise<void> {
    let right = false
    try {
      right = await this.deps.platform.exitKiosk(entry.digits)
    } catch (error) {
      console.warn(`kiosk exit: ${(error as Error).message}`)
    }
    if (this.pin !== entry) return
    if (!right) return entry.reject(this.deps.now())
    this.pin = null
    // The desktop app quits on the right PIN; the web edition leaves kiosk mode itself.
    if (this.deps.platform.kind === 'web') this.deps.leave()
  }

  private listeners(): Array<[string, EventListener, AddEventListenerOptions]> {
    const prevent = (event: Event) => event.preventDefault()
    const capture = { capture: true }
    return [
      ['keydown', ((event: KeyboardEvent) => this.key(event)) as EventListener, capture],
      ['pointerdown', () => this.interact(), capture],
      ['contextmenu', prevent, capture],
      ['dragstart', prevent, capture],
      ['selectstart', prevent, capture],
      // Ctrl+wheel would zoom the page.
      [
        'wheel',
        ((event: WheelEvent) => event.ctrlKey && event.preventDefault()) as EventListener,
        { capture: true, passive: false },
      ],
      // The mouse's back and forward buttons would leave the page.
      [
        'mouseup',
        ((event: MouseEvent) => (event.button === 3 || event.button === 4) && event.preventDefault()) as EventListener,
        capture,
      ],
    ]
  }
}
