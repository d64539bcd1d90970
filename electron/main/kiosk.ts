// Kiosk mode: which keys a visitor may not use. The exit PIN is in kiosk-pin.ts; keeping the display
// awake in opening hours, in kiosk-hours.ts.

export interface KeyInput {
  type: string
  key: string
  code: string
  control: boolean
  meta: boolean
  shift: boolean
  alt: boolean
}

export type KeyDecision = 'pass' | 'swallow' | 'exit-prompt'

interface KeyRule {
  /** KeyboardEvent.code (layout-independent). */
  code: string
  /** Ctrl on Windows/Linux or Cmd on macOS. */
  mod?: boolean
  shift?: boolean
  alt?: boolean
  /** Matches whether or not Shift is held. */
  anyShift?: boolean
  decision: Exclude<KeyDecision, 'pass'>
  why: string
}

/** The exit combination: Ctrl+Shift+Alt+X (Cmd+Shift+Alt+X on macOS). */
export const exitCombination = 'Ctrl+Shift+Alt+X'

export const kioskKeyTable: readonly KeyRule[] = [
  {
    code: 'KeyX',
    mod: true,
    shift: true,
    alt: true,
    decision: 'exit-prompt',
    why: 'exit combination: ask for the PIN',
  },
  { code: 'KeyR', mod: true, anyShift: true, decision: 'swallow', why: 'reload / hard reload' },
  { code: 'KeyW', mod: true, anyShift: true, decision: 'swallow', why: 'close window' },
  { code: 'KeyQ', mod: true, anyShift: true, decision: 'swallow', why: 'quit' },
  { code: 'KeyP', mod: true, anyShift: true, decision: 'swallow', why: 'print dialog' },
  { code: 'KeyI', mod: true, shift: true, decision: 'swallow', why: 'devtools' },
  { code: 'KeyJ', mod: true, shift: true, decision: 'swallow', why: 'devtools console' },
  { code: 'KeyC', mod: true, shift: true, decision: 'swallow', why: 'devtools inspector' },
  { code: 'KeyI', mod: true, alt: true, decision: 'swallow', why: 'devtools (macOS)' },
  { code: 'KeyJ', mod: true, alt: true, decision: 'swallow', why: 'devtools console (macOS)' },
  { code: 'KeyC', mod: true, alt: true, decision: 'swallow', why: 'devtools inspector (macOS)' },
  { code: 'F4', alt: true, anyShift: true, decision: 'swallow', why: 'close window (Windows)' },
  { code: 'F5', anyShift: true, decision: 'swallow', why: 'reload' },
  { code: 'F11', anyShift: true, decision: 'swallow', why: 'leave full screen' },
  { code: 'F12', anyShift: true, decision: 'swallow', why: 'devtools' },
]

function matches(rule: KeyRule, input: KeyInput): boolean {
  if (input.code !== rule.code) return false
  const mod = input.control || input.meta
  if (Boolean(rule.mod) !== mod) return false
  if (Boolean(rule.alt) !== input.alt) return false
  return rule.anyShift || Boolean(rule.shift) === input.shift
}

/** For `before-input-event` in kiosk mode: 'swallow' and 'exit-prompt' mean preventDefault. */
export function kioskKeyDecision(input: KeyInput): KeyDecision {
  const rule = kioskKeyTable.find((r) => matches(r, input))
  if (!rule) return 'pass'
  if (rule.decision === 'exit-prompt' && input.type !== 'keyDown') return 'swallow'
  return rule.decision
}
