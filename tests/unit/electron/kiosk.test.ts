import { describe, expect, it } from 'vitest'
import { kioskKeyDecision, type KeyInput } from '../../../electron/main/kiosk'

const key = (code: string, mods: Partial<KeyInput> = {}, type = 'keyDown'): KeyInput => ({
  type,
  key: code.replace(/^Key/, '').toLowerCase(),
  code,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...mods,
})

describe('kioskKeyDecision', () => {
  it.each([
    ['Ctrl+R', key('KeyR', { control: true })],
    ['Cmd+R', key('KeyR', { meta: true })],
    ['Ctrl+Shift+R', key('KeyR', { control: true, shift: true })],
    ['Ctrl+W', key('KeyW', { control: true })],
    ['Cmd+W', key('KeyW', { meta: true })],
    ['Ctrl+Q', key('KeyQ', { control: true })],
    ['Cmd+Q', key('KeyQ', { meta: true })],
    ['Ctrl+P', key('KeyP', { control: true })],
    ['F5', key('F5')],
    ['Shift+F5', key('F5', { shift: true })],
    ['F11', key('F11')],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('KeyI', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('KeyJ', { control: true, shift: true })],
    ['Ctrl+Shift+C', key('KeyC', { control: true, shift: true })],
    ['Cmd+Alt+I', key('KeyI', { meta: true, alt: true })],
    ['Alt+F4', key('F4', { alt: true })],
  ])('swallows %s', (_name, input) => {
    expect(kioskKeyDecision(input)).toBe('swallow')
    expect(kioskKeyDecision({ ...input, type: 'keyUp' })).toBe('swallow')
  })

  it.each([
    ['ArrowRight', key('ArrowRight')],
    ['Space', key('Space')],
    ['PageDown', key('PageDown')],
    ['B', key('KeyB')],
    ['Shift+L', key('KeyL', { shift: true })],
    ['Ctrl+C (copy)', key('KeyC', { control: true })],
    ['R alone', key('KeyR')],
    ['Escape', key('Escape')],
    ['digits', key('Digit5')],
  ])('passes %s to the page', (_name, input) => {
    expect(kioskKeyDecision(input)).toBe('pass')
  })

  it('Ctrl+Shift+Alt+X asks for the PIN on key down only', () => {
    expect(kioskKeyDecision(key('KeyX', { control: true, shift: true, alt: true }))).toBe('exit-prompt')
    expect(kioskKeyDecision(key('KeyX', { meta: true, shift: true, alt: true }))).toBe('exit-prompt')
    expect(kioskKeyDecision(key('KeyX', { control: true, shift: true, alt: true }, 'keyUp'))).toBe('swallow')
    expect(kioskKeyDecision(key('KeyX', { control: true, shift: true }))).toBe('pass')
  })
})
