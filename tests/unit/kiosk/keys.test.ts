import { describe, expect, it } from 'vitest'
import { kioskKeyAction, pinKeyAction, type KioskKey } from '../../../src/kiosk/keys'

const key = (k: string, mods: Partial<KioskKey> = {}): KioskKey => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
})

describe('kioskKeyAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
  ])('lets the browsing key %j act (%s)', (k, action) => {
    expect(kioskKeyAction(key(k))).toBe(action)
  })

  it.each<[string, Partial<KioskKey>]>([
    ['F5', {}],
    ['F5', { shiftKey: true }],
    ['r', { ctrlKey: true }],
    ['r', { metaKey: true }],
    ['R', { ctrlKey: true, shiftKey: true }],
    ['R', { metaKey: true, shiftKey: true }],
    ['F11', {}],
    ['F12', {}],
    ['w', { ctrlKey: true }],
    ['w', { metaKey: true }],
    ['q', { ctrlKey: true }],
    ['q', { metaKey: true }],
    ['p', { ctrlKey: true }],
    ['I', { ctrlKey: true, shiftKey: true }],
    ['J', { ctrlKey: true, shiftKey: true }],
    ['C', { ctrlKey: true, shiftKey: true }],
    ['F4', { altKey: true }],
    ['Escape', {}],
    ['l', {}],
    ['L', { shiftKey: true }],
    ['s', {}],
    ['b', {}],
    ['.', {}],
    ['w', {}],
    ['f', {}],
    ['?', { shiftKey: true }],
    ['h', {}],
    ['o', {}],
    ['End', {}],
    ['Backspace', {}],
    ['n', {}],
    ['0', {}],
    ['7', {}],
    ['Tab', {}],
    ['Alt', { altKey: true }],
    ['ArrowLeft', { altKey: true }],
    ['ArrowRight', { metaKey: true }],
    ['ArrowRight', { shiftKey: true }],
    [' ', { shiftKey: true }],
    ['Home', { ctrlKey: true }],
    ['x', { ctrlKey: true, altKey: true }],
    ['X', { ctrlKey: true, shiftKey: true }],
  ])('swallows %j %o', (k, mods) => {
    expect(kioskKeyAction(key(k, mods))).toBe('swallow')
  })

  it('opens the PIN prompt on Ctrl+Shift+Alt+X, whatever character the layout makes of it', () => {
    expect(kioskKeyAction(key('X', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe('exit-prompt')
    expect(kioskKeyAction(key('x', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe('exit-prompt')
    expect(kioskKeyAction(key('˛', { ctrlKey: true, shiftKey: true, altKey: true, code: 'KeyX' }))).toBe('exit-prompt')
    expect(kioskKeyAction(key('X', { ctrlKey: true, shiftKey: true, altKey: true, metaKey: true }))).toBe('swallow')
  })
})

describe('pinKeyAction', () => {
  it('takes digits (also typed with Shift, as on a French keyboard), Backspace, Enter and Esc', () => {
    expect(pinKeyAction(key('4'))).toBe('digit')
    expect(pinKeyAction(key('4', { shiftKey: true }))).toBe('digit')
    expect(pinKeyAction(key('Backspace'))).toBe('erase')
    expect(pinKeyAction(key('Enter'))).toBe('submit')
    expect(pinKeyAction(key('Escape'))).toBe('cancel')
  })

  it('swallows everything else', () => {
    for (const k of [
      key('a'),
      key('F5'),
      key('Tab'),
      key('v', { ctrlKey: true }),
      key('4', { altKey: true }),
      key('Enter', { shiftKey: true }),
      key('٤'),
    ])
      expect(pinKeyAction(k)).toBe('swallow')
  })
})
