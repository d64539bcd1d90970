// The unattended screen's controller: it owns the tour loop, what a visitor's keys, taps and swipes
// do (they pause the tour until the visitor leaves), the exit-PIN flow and every listener the kiosk
// needs. Kiosk.svelte only renders what it exposes.
import type { MenuCommand, SettingsView, StartupOptions } from '../contract'
import type { Report } from '../content/validate'
import type { DeckState } from '../deck/deck.svelte'
import type { Platform } from '../platform'
import { kioskKeyAction, pinKeyAction } from './keys'
import { PinEntry } from './pin.svelte'
import { kioskOptions, KioskPlayer, withoutKiosk, type KioskAction } from './player'

export interface KioskDeps {
  deck: DeckState
  report: Report
  startup: StartupOptions
  settings: Partial<SettingsView>
  platform: Pick<Platform, 'kind' | 'exitKiosk' | 'onMenuCommand'>
  /** Milliseconds on a monotonic clock. */
  now?: () => number
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

  private readonly deck: DeckState
  private readonly player: KioskPlayer
  private readonly deps: Required<Omit<KioskDeps, 'deck' | 'report' | 'startup' | 'settings'>> &
    Pick<KioskDeps, 'startup'>

  constructor(deps: KioskDeps) {
    this.deck = deps.deck
    // The tour goes through the running order's stops: every slide, or a programme's.
    this.player = new KioskPlayer(
      deps.deck.stops.map((i) => {
        const slide = deps.report.deck.slides[i]!
        return { layout: slide.layout, dwell: slide.dwell, steps: deps.deck.stepCounts[i] ?? 0 }
      }),
      kioskOptions(deps.startup.kiosk, deps.settings.kiosk),
    )
    this.deps = {
      startup: deps.startup,
      platform: deps.platform,
      now: deps.now ?? (() => performance.now()),
      target: deps.target ?? window,
      leave: deps.leave ?? (() => location.replace(withoutKiosk(location.href))),
      setTimer: deps.setTimer ?? ((run, ms) => setTimeout(run, ms)),
      clearTimer: deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)),
    }
  }

  /** The stop the progress line belongs to: it restarts with each stop instead of sliding back. */
  get stop(): string {
    return `${this.deck.lang}:${this.deck.slide}:${this.deck.step}`
  }

  get state(): 'pin' | 'paused' | 'playing' {
    return this.pin ? 'pin' : this.paused ? 'paused' : 'playing'
  }

  /** Starts the tour and the listeners; returns the function that stops both. */
  start(): () => void {
    const { languages } = this.player
    const lang = this.deps.startup.lang
    if (!lang || !languages.includes(lang)) this.deck.setLang(languages[0]!)
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

  /** One step of the tour; returns when to look again (ms). */
  tick(): number {
    const at = this.deps.now()
    if (this.pin) {
      if (this.pin.expired(at)) this.pin = null
      else this.player.interact(at)
    }
    const stop = Math.max(0, this.deck.position)
    const action = this.player.tick(at, { slide: stop, step: this.deck.step, lang: this.deck.lang })
    if (action) this.apply(action)
    this.paused = this.player.paused
    this.progress = this.player.progress(at)
    return this.player.nextTickMs(at)
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
    if (action.kind === 'wrap' || action.kind === 'home') {
      this.deck.show()
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
    if (this.deck.mode !== 'show') this.deck.show()
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
