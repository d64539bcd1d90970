import { describe, expect, it, vi } from 'vitest'
import { DeckState } from '../../../src/deck/deck.svelte'
import { handleKey, type DeckActions } from '../../../src/input/keyboard'
import { JumpBuffer } from '../../../src/input/jump.svelte'

function setup(steps = [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) {
  let now = 0
  const deck = new DeckState(steps)
  const jump = new JumpBuffer(() => now)
  const actions: DeckActions = {
    openPresenter: vi.fn(),
    toggleFullScreen: vi.fn(),
    enterFullScreen: vi.fn(),
    toggleTheme: vi.fn(),
  }
  const ctx = { deck, jump, actions, overviewColumns: 6 }
  const press = (key: string, extra: Record<string, unknown> = {}) =>
    handleKey({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...extra }, ctx)
  return { deck, jump, actions, press, advance: (ms: number) => (now += ms) }
}

describe('handleKey', () => {
  it('hands the question round its keys, Ctrl+F and Ctrl+L included, and leaves other Ctrl keys alone', () => {
    const { actions, press, deck } = setup()
    const question = vi.fn()
    actions.question = question
    for (const key of ['/', 'i', 'r', 'z', 'a']) expect(press(key)).toBe(true)
    expect(press('f', { ctrlKey: true })).toBe(true)
    expect(press('l', { ctrlKey: true })).toBe(true)
    expect(question.mock.calls.map(([command]) => command)).toEqual([
      'search',
      'where-from',
      'back',
      'zoom',
      'appendix',
      'search',
      'laser',
    ])
    expect(press('r', { ctrlKey: true })).toBe(false)
    expect(deck.slide).toBe(0)
  })

  it('jumps to a typed slide number on Enter', () => {
    const { deck, press } = setup()
    press('1')
    press('1')
    expect(press('Enter')).toBe(true)
    expect(deck.slide).toBe(10)
  })

  it('forgets typed digits after a pause, so a late Enter just moves on', () => {
    const { deck, press, advance } = setup()
    press('9')
    advance(5000)
    press('Enter')
    expect(deck.slide).toBe(1)
  })

  it('erases a typed digit with Backspace instead of going back', () => {
    const { deck, press } = setup()
    deck.go(5)
    press('3')
    press('Backspace')
    expect(deck.slide).toBe(5)
    press('Backspace')
    expect(deck.slide).toBe(4)
  })

  it('returns from a black or white screen on any key without moving', () => {
    const { deck, press } = setup()
    press('b')
    expect(deck.mode).toBe('black')
    press('ArrowRight')
    expect(deck.mode).toBe('show')
    expect(deck.slide).toBe(0)
    press(',')
    expect(deck.mode).toBe('white')
    press('x')
    expect(deck.mode).toBe('show')
  })

  it('drives the overview with arrows and Enter; Esc closes it', () => {
    const { deck, press } = setup()
    press('Escape')
    expect(deck.mode).toBe('overview')
    press('ArrowDown')
    press('ArrowRight')
    press('Enter')
    expect(deck.mode).toBe('show')
    expect(deck.slide).toBe(7)
    press('o')
    press('Escape')
    expect(deck.mode).toBe('show')
    expect(deck.slide).toBe(7)
  })

  it("lets a clicker drive the overview: its forward and back move the cursor, B blacks the screen, F5 stays the app's", () => {
    const { deck, actions, press } = setup()
    deck.go(3)
    press('o')
    expect(press('PageDown')).toBe(true)
    expect(press('PageDown')).toBe(true)
    expect(press('PageUp')).toBe(true)
    expect(deck.mode).toBe('overview')
    expect(deck.cursor).toBe(4)
    expect(press('b')).toBe(true)
    expect(deck.mode).toBe('black')
    press('x')
    expect(deck.mode).toBe('show')
    expect(deck.slide).toBe(3)
    press('o')
    press('PageDown')
    expect(press('F5', { shiftKey: true })).toBe(true)
    expect({ mode: deck.mode, slide: deck.slide }).toEqual({ mode: 'show', slide: 4 })
    expect(actions.enterFullScreen).toHaveBeenCalledTimes(1)
    press('o')
    expect(press('F5')).toBe(true)
    expect({ mode: deck.mode, slide: deck.slide }).toEqual({ mode: 'show', slide: 0 })
    expect(actions.enterFullScreen).toHaveBeenCalledTimes(2)
    // A key that is no command is left to the browser, over the overview as over a slide.
    press('o')
    expect(press('Tab')).toBe(false)
  })

  it('starts the show from the beginning on F5 and from here on Shift+F5', () => {
    const { deck, actions, press } = setup()
    deck.go(4)
    press('F5', { shiftKey: true })
    expect(deck.slide).toBe(4)
    expect(actions.enterFullScreen).toHaveBeenCalledTimes(1)
    press('F5')
    expect(deck.slide).toBe(0)
    expect(actions.enterFullScreen).toHaveBeenCalledTimes(2)
  })

  it('ignores keys typed into a form field and browser shortcuts', () => {
    const { deck, press } = setup()
    const input = { closest: (selector: string) => (selector.includes('input') ? {} : null) }
    expect(press('ArrowRight', { target: input })).toBe(false)
    expect(press('ArrowRight', { ctrlKey: true })).toBe(false)
    expect(press('Shift')).toBe(false)
    expect(deck.slide).toBe(0)
  })

  it('asks the host for the presenter view and full screen', () => {
    const { actions, press } = setup()
    press('s')
    press('f')
    expect(actions.openPresenter).toHaveBeenCalledOnce()
    expect(actions.toggleFullScreen).toHaveBeenCalledOnce()
  })
})
