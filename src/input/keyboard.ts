// What a key press does in the current mode. Returns whether the key was used, so the caller can
// stop the browser's own action (F5 reloads, Space scrolls, Backspace navigates).
import type { DeckState } from '../deck/deck.svelte'
import type { JumpBuffer } from './jump.svelte'
import { commandFor, type Command, type KeyLike } from './shortcuts'

/** Effects outside the deck itself (windows, full screen). */
export interface DeckActions {
  openPresenter(): void
  toggleFullScreen(): void
  enterFullScreen(): void
  /** Light ⇄ dark theme. */
  toggleTheme(): void
  /** The question round's commands (search, where from, back, zoom, laser, appendix). */
  question?(command: Extract<Command, 'search' | 'where-from' | 'back' | 'zoom' | 'laser' | 'appendix'>): void
}

export function runCommand(deck: DeckState, command: Command, actions: DeckActions): void {
  switch (command) {
    case 'next':
      return deck.next()
    case 'prev':
      return deck.prev()
    case 'first':
      return deck.first()
    case 'last':
      return deck.last()
    case 'overview':
      return deck.toggleMode('overview')
    case 'black':
      return deck.toggleMode('black')
    case 'white':
      return deck.toggleMode('white')
    case 'help':
      return deck.toggleMode('help')
    case 'language':
      return deck.toggleLang()
    case 'bilingual':
      return deck.toggleBilingual()
    case 'presenter':
      return actions.openPresenter()
    case 'fullscreen':
      return actions.toggleFullScreen()
    case 'start-from-beginning':
      deck.first()
      return actions.enterFullScreen()
    case 'start-from-here':
      return actions.enterFullScreen()
    case 'theme':
      return actions.toggleTheme()
    case 'search':
    case 'where-from':
    case 'back':
    case 'zoom':
    case 'laser':
    case 'appendix':
      return actions.question?.(command)
  }
}

// A clicker's forward and back (PageDown, PageUp) move the cursor as the arrows do.
const overviewKeys: Record<string, (deck: DeckState, columns: number) => void> = {
  ArrowRight: (deck) => deck.moveCursor(1),
  PageDown: (deck) => deck.moveCursor(1),
  ArrowLeft: (deck) => deck.moveCursor(-1),
  PageUp: (deck) => deck.moveCursor(-1),
  ArrowDown: (deck, columns) => deck.moveCursor(columns),
  ArrowUp: (deck, columns) => deck.moveCursor(-columns),
  Home: (deck) => deck.moveCursor(-Infinity),
  End: (deck) => deck.moveCursor(Infinity),
  Enter: (deck) => deck.chooseCursor(),
  ' ': (deck) => deck.chooseCursor(),
}

/**
 * Keys over the overview: the cursor keys; Esc or O closes it; a black or white screen and F5 /
 * Shift+F5 (the show from the first slide / from the cursor's) work as they do over a slide. Other
 * commands mean nothing here but are still the app's: F5 must not reload the page.
 */
function overviewKey(event: KeyLike, { deck, actions, overviewColumns }: KeyContext): boolean {
  const move = overviewKeys[event.key]
  if (move) {
    move(deck, overviewColumns)
    return true
  }
  const command = commandFor(event)
  if (command === 'overview') deck.show()
  else if (command === 'black' || command === 'white') runCommand(deck, command, actions)
  else if (command === 'start-from-beginning' || command === 'start-from-here') {
    // "Here" is the slide under the cursor.
    if (command === 'start-from-here') deck.chooseCursor()
    else deck.show()
    runCommand(deck, command, actions)
  }
  return command !== null
}

export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  return (target as Element).closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null
}

export interface KeyContext {
  deck: DeckState
  jump: JumpBuffer
  actions: DeckActions
  /** Columns of the overview grid, for moving the cursor up and down. */
  overviewColumns: number
}

export function handleKey(event: KeyLike & { target?: EventTarget | null }, ctx: KeyContext): boolean {
  const { deck, jump } = ctx
  if (isTyping(event.target ?? null)) return false
  if ((event.ctrlKey || event.metaKey || event.altKey) && !commandFor(event)) return false
  if (['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'].includes(event.key)) return false

  if (deck.mode === 'black' || deck.mode === 'white' || deck.mode === 'help') {
    deck.show()
    return true
  }

  if (deck.mode === 'overview') return overviewKey(event, ctx)

  if (/^[0-9]$/.test(event.key)) {
    jump.type(event.key)
    return true
  }
  if (jump.digits) {
    if (event.key === 'Enter') {
      const number = jump.take()
      if (number !== null) {
        deck.goToNumber(number)
        return true
      }
    }
    if (event.key === 'Backspace') return jump.erase()
    if (event.key === 'Escape') {
      jump.clear()
      return true
    }
  }

  const command = commandFor(event)
  if (!command) return false
  runCommand(deck, command, ctx.actions)
  return true
}
