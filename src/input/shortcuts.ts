// Keys as data: each row maps keys to one deck command. The conventions are PowerPoint's and
// reveal.js's, so clickers (PageUp/PageDown, B or ".", F5/Shift+F5, Esc) work as presenters expect.
export type Command =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'overview'
  | 'black'
  | 'white'
  | 'language'
  | 'bilingual'
  | 'presenter'
  | 'fullscreen'
  | 'start-from-beginning'
  | 'start-from-here'
  | 'help'
  | 'theme'
  | 'search'
  | 'where-from'
  | 'back'
  | 'zoom'
  | 'laser'
  | 'appendix'

export interface Shortcut {
  /** `KeyboardEvent.key` values; letters match either case. */
  keys: readonly string[]
  /** true: only with Shift; false: only without; absent: either. */
  shift?: boolean
  /** true: only with Ctrl (or Cmd); other rows never match a Ctrl, Cmd or Alt combination. */
  ctrl?: boolean
  command: Command
  /** Key of the help text that describes the row (src/i18n/strings.ts, `help.*`). */
  help: string
  /** How the keys are written in the help overlay. */
  label: string
}

export const shortcuts: readonly Shortcut[] = [
  {
    keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'Enter'],
    command: 'next',
    help: 'next',
    label: '→ ↓ Space PageDown N Enter',
  },
  {
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'Backspace'],
    command: 'prev',
    help: 'prev',
    label: '← ↑ PageUp P Backspace',
  },
  { keys: ['Home'], command: 'first', help: 'firstLast', label: 'Home' },
  { keys: ['End'], command: 'last', help: 'firstLast', label: 'End' },
  { keys: ['Escape', 'o'], command: 'overview', help: 'overview', label: 'Esc O' },
  { keys: ['b', '.'], command: 'black', help: 'black', label: 'B .' },
  { keys: ['w', ','], command: 'white', help: 'black', label: 'W ,' },
  { keys: ['l'], shift: false, command: 'language', help: 'language', label: 'L' },
  { keys: ['l'], shift: true, command: 'bilingual', help: 'bilingual', label: 'Shift+L' },
  { keys: ['s'], command: 'presenter', help: 'presenter', label: 'S' },
  { keys: ['f'], command: 'fullscreen', help: 'fullscreen', label: 'F' },
  { keys: ['t'], command: 'theme', help: 'theme', label: 'T' },
  { keys: ['F5'], shift: false, command: 'start-from-beginning', help: 'fullscreen', label: 'F5' },
  { keys: ['F5'], shift: true, command: 'start-from-here', help: 'fullscreen', label: 'Shift+F5' },
  { keys: ['?', 'h'], command: 'help', help: 'help', label: '? H' },
  { keys: ['/'], command: 'search', help: 'search', label: '/' },
  { keys: ['f'], ctrl: true, command: 'search', help: 'search', label: 'Ctrl+F' },
  { keys: ['i'], command: 'where-from', help: 'whereFrom', label: 'I' },
  { keys: ['r'], command: 'back', help: 'back', label: 'R' },
  { keys: ['z'], command: 'zoom', help: 'zoom', label: 'Z' },
  { keys: ['l'], ctrl: true, command: 'laser', help: 'laser', label: 'Ctrl+L' },
  { keys: ['a'], command: 'appendix', help: 'appendix', label: 'A' },
]

export interface KeyLike {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

function normalise(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key
}

/**
 * The command a key press means, or null. Ctrl, Cmd and Alt combinations belong to the browser or
 * the OS, except the Ctrl rows of the table (Ctrl+F, Ctrl+L: as in PowerPoint).
 */
export function commandFor(event: KeyLike): Command | null {
  if (event.altKey) return null
  const ctrl = event.ctrlKey || event.metaKey
  const key = normalise(event.key)
  const row = shortcuts.find(
    (s) => s.keys.includes(key) && (s.shift === undefined || s.shift === event.shiftKey) && (s.ctrl ?? false) === ctrl,
  )
  return row?.command ?? null
}

/** The help overlay's rows: one per help text, with the keys that share it. */
export function helpRows(): Array<{ help: string; labels: string[] }> {
  const rows = new Map<string, string[]>()
  for (const s of shortcuts) rows.set(s.help, [...(rows.get(s.help) ?? []), s.label])
  return [...rows].map(([help, labels]) => ({ help, labels }))
}
