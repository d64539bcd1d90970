// Keys on the unattended screen, as data. Only browsing keys act; every other key is swallowed
// (the caller prevents the browser's action: F5 and Ctrl+R reload, F12 opens devtools, Ctrl+P prints,
// Alt alone focuses a menu bar), including the presenter's shortcuts (Esc, L, S, B, W, F, ?, digits).
// Ctrl+Shift+Alt+X asks for the exit PIN.
import type { KeyLike } from '../input/shortcuts'

export type KioskKeyAction = 'next' | 'prev' | 'first' | 'exit-prompt' | 'swallow'

export interface KioskKeyRow {
  keys: readonly string[]
  action: Exclude<KioskKeyAction, 'swallow'>
}

/** Browsing keys act only on their own (no modifier, not even Shift). */
export const kioskKeys: readonly KioskKeyRow[] = [
  { keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'], action: 'next' },
  { keys: ['ArrowLeft', 'ArrowUp', 'PageUp'], action: 'prev' },
  { keys: ['Home'], action: 'first' },
]

export type KioskKey = KeyLike & { code?: string }

export function isExitCombination(event: KioskKey): boolean {
  // With Shift and Alt held, `key` depends on the keyboard layout; `code` names the physical key.
  return (
    event.ctrlKey &&
    event.shiftKey &&
    event.altKey &&
    !event.metaKey &&
    (event.code === 'KeyX' || event.key.toLowerCase() === 'x')
  )
}

export function kioskKeyAction(event: KioskKey): KioskKeyAction {
  if (isExitCombination(event)) return 'exit-prompt'
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return 'swallow'
  return kioskKeys.find((row) => row.keys.includes(event.key))?.action ?? 'swallow'
}

export type PinKeyAction = 'digit' | 'erase' | 'submit' | 'cancel' | 'swallow'

/** Keys while the exit PIN is asked for: digits, Backspace, Enter, Esc; nothing else. */
export function pinKeyAction(event: KioskKey): PinKeyAction {
  if (event.ctrlKey || event.metaKey || event.altKey) return 'swallow'
  if (/^[0-9]$/.test(event.key)) return 'digit'
  if (event.shiftKey) return 'swallow'
  if (event.key === 'Backspace') return 'erase'
  if (event.key === 'Enter') return 'submit'
  if (event.key === 'Escape') return 'cancel'
  return 'swallow'
}
