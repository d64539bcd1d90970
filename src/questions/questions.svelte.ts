// The question round's state in one window: which overlay is open (search, where from, a zoomed
// block, the data appendix), the laser pointer, and the Back history. App.svelte makes one and
// provides it; the overlays read it from context.
import { getContext, setContext } from 'svelte'
import type { Glossary } from '../content/schema'
import type { Report } from '../content/validate'
import type { DeckState } from '../deck/deck.svelte'
import { isTyping } from '../input/keyboard'
import { commandFor, type Command, type KeyLike } from '../input/shortcuts'
import type { Pointer, SharedOverlay } from '../contract'
import type { PeerTransport } from '../platform/platform'
import { BackHistory, type Place, type RunningOrder } from './history'
import { LaserPointer } from './laser.svelte'
import { buildSearchIndex, type SearchIndex } from './search'

export type Overlay = 'search' | 'where-from' | 'zoom' | 'appendix'
export type QuestionCommand = Extract<Command, 'search' | 'where-from' | 'back' | 'zoom' | 'laser' | 'appendix'>

export const questionCommands: readonly QuestionCommand[] = [
  'search',
  'where-from',
  'back',
  'zoom',
  'laser',
  'appendix',
]

export function isQuestionCommand(command: Command): command is QuestionCommand {
  return (questionCommands as readonly Command[]).includes(command)
}

export class Questions {
  overlay = $state<Overlay | null>(null)
  /** The figure a click asked about; where-from puts it first. */
  focusFigure = $state<string | null>(null)
  /** Index in the current slide's blocks of the zoomed block. */
  zoomBlock = $state<number | null>(null)
  /** The appendix page shown. */
  appendixPage = $state(0)
  /** The laser pointer follows the mouse (Ctrl+L). */
  laser = $state(false)
  glossary = $state<Glossary | undefined>(undefined)
  /** Where Back goes; null when there is nowhere to go. */
  backTarget = $state<Place | null>(null)
  readonly history = new BackHistory()
  readonly pointer: LaserPointer
  private readonly appendixPages: () => number
  /** Slide where the overlay was opened: moving to another slide closes where-from and zoom. */
  private openedOn = -1
  private indexed: { report: Report; glossary: Glossary | undefined; index: SearchIndex } | null = null

  constructor(
    private readonly deck: () => DeckState | null,
    options: {
      pointer?: PeerTransport<Pointer>
      overlays?: PeerTransport<SharedOverlay>
      /** Pages of the data appendix, counted from the report, so that paging never waits for its view. */
      appendixPages?: () => number
    } = {},
  ) {
    this.pointer = new LaserPointer(options.pointer)
    this.overlays = options.overlays
    this.appendixPages = options.appendixPages ?? (() => 1)
  }

  /** Where the overlay the room sees goes to the other deck windows. */
  readonly overlays: PeerTransport<SharedOverlay> | undefined

  /**
   * What this window shows the room, for the other deck windows to show too; null while it
   * searches (a search is this window's own business, and the presenter's preview).
   */
  get shared(): SharedOverlay | null {
    const deck = this.deck()
    switch (this.overlay) {
      case null:
        return { overlay: 'none' }
      case 'search':
        return null
      case 'where-from':
        return deck ? { overlay: 'where-from', slide: deck.slide, figure: this.focusFigure } : null
      case 'zoom':
        return deck && this.zoomBlock !== null ? { overlay: 'zoom', slide: deck.slide, block: this.zoomBlock } : null
      case 'appendix':
        return { overlay: 'appendix', page: this.appendixPage }
    }
  }

  /** Takes on what another deck window shows the room; a search open here stays open. */
  applyShared(shared: SharedOverlay): void {
    if (this.overlay === 'search') return
    if (shared.overlay === 'none') return this.overlay ? this.close() : undefined
    if (shared.overlay === 'appendix') return this.openAppendix(shared.page)
    if (shared.slide !== this.deck()?.slide) return
    if (shared.overlay === 'where-from') this.askAbout(shared.figure)
    else this.zoom(shared.block)
  }

  index(report: Report): SearchIndex {
    if (this.indexed?.report !== report || this.indexed.glossary !== this.glossary)
      this.indexed = { report, glossary: this.glossary, index: buildSearchIndex(report, this.glossary) }
    return this.indexed.index
  }

  open(overlay: Overlay): void {
    const deck = this.deck()
    if (deck && deck.mode !== 'show') deck.show()
    this.openedOn = deck?.slide ?? -1
    this.overlay = overlay
  }

  close(): void {
    this.overlay = null
    this.focusFigure = null
    this.zoomBlock = null
  }

  /** Where from, with one figure first (a click on a tile or a chart). */
  askAbout(figure: string | null): void {
    this.open('where-from')
    this.focusFigure = figure
  }

  zoom(block: number): void {
    this.open('zoom')
    this.zoomBlock = block
  }

  /** A jump the deck makes for a search result or a link: the history sees it as one. */
  goTo(slide: number, step: number): void {
    const deck = this.deck()
    if (!deck) return
    this.close()
    deck.show()
    deck.go(slide, step)
  }

  get canGoBack(): boolean {
    return this.backTarget !== null
  }

  /** The deck is at `place` now (see BackHistory.observe). */
  observe(place: Place, order: RunningOrder): void {
    this.history.observe(place, order)
    this.backTarget = this.history.peek()
  }

  back(): void {
    const deck = this.deck()
    const place = this.history.back()
    this.backTarget = this.history.peek()
    if (!deck || !place) return
    this.close()
    deck.go(place.slide, place.step)
  }

  openAppendix(page = 0): void {
    this.appendixPage = page
    this.open('appendix')
  }

  run(command: QuestionCommand, zoomable: () => number | null): void {
    switch (command) {
      case 'search':
        return this.overlay === 'search' ? undefined : this.open('search')
      case 'where-from':
        return this.overlay === 'where-from' ? this.close() : this.askAbout(null)
      case 'back':
        return this.back()
      case 'zoom': {
        if (this.overlay === 'zoom') return this.close()
        const block = zoomable()
        if (block !== null) this.zoom(block)
        return
      }
      case 'laser':
        this.laser = !this.laser
        return
      case 'appendix':
        return this.overlay === 'appendix' ? this.close() : this.openAppendix(0)
    }
  }

  /** The deck moved: an overlay about one slide closes when the slide changes. */
  follow(slide: number): void {
    if ((this.overlay === 'zoom' || this.overlay === 'where-from') && slide !== this.openedOn) this.close()
  }

  /**
   * Keys while an overlay is open: Esc closes it; Search handles its own box. Returns whether the
   * key was used; anything else goes on to the deck's keys.
   */
  keydown(event: KeyLike & { target?: EventTarget | null }): boolean {
    if (!this.overlay || isTyping(event.target ?? null)) return false
    if (event.key === 'Escape') {
      this.close()
      return true
    }
    if (this.overlay === 'appendix') return this.appendixKey(event)
    return false
  }

  private appendixKey(event: KeyLike): boolean {
    const command = commandFor(event)
    const last = this.appendixPages() - 1
    const page = this.appendixPage
    if (command === 'next') this.appendixPage = Math.min(last, page + 1)
    else if (command === 'prev') this.appendixPage = Math.max(0, page - 1)
    else if (command === 'first') this.appendixPage = 0
    else if (command === 'last') this.appendixPage = last
    else return false
    return true
  }
}

const questionsKey = Symbol('questions')

export function provideQuestions(questions: Questions): Questions {
  return setContext(questionsKey, questions)
}

/** The window's question-round state; absent in views that have none (print, kiosk, tests). */
export function useQuestions(): Questions | undefined {
  return getContext<Questions | undefined>(questionsKey)
}
