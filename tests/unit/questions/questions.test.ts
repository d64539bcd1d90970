import { describe, expect, it } from 'vitest'
import { DeckState } from '../../../src/deck/deck.svelte'
import { Questions } from '../../../src/questions/questions.svelte'

function setup() {
  const deck = new DeckState([0, 2, 0, 1, 0, 0])
  const questions = new Questions(() => deck, { appendixPages: () => 3 })
  const key = (k: string) =>
    questions.keydown({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false })
  return { deck, questions, key }
}

describe('the question round in one window', () => {
  it('describes what the room sees for the other windows, but never a search', () => {
    const { deck, questions } = setup()
    deck.go(3)
    expect(questions.shared).toEqual({ overlay: 'none' })
    questions.askAbout('drug-cases')
    expect(questions.shared).toEqual({ overlay: 'where-from', slide: 3, figure: 'drug-cases' })
    questions.zoom(1)
    expect(questions.shared).toEqual({ overlay: 'zoom', slide: 3, block: 1 })
    questions.openAppendix(2)
    expect(questions.shared).toEqual({ overlay: 'appendix', page: 2 })
    questions.open('search')
    expect(questions.shared).toBeNull()
  })

  it('takes on what another window shows, for its own slide only, and keeps a search open', () => {
    const { deck, questions } = setup()
    deck.go(3)
    questions.applyShared({ overlay: 'zoom', slide: 2, block: 0 })
    expect(questions.overlay).toBeNull()
    questions.applyShared({ overlay: 'zoom', slide: 3, block: 0 })
    expect(questions.shared).toEqual({ overlay: 'zoom', slide: 3, block: 0 })
    questions.applyShared({ overlay: 'none' })
    expect(questions.overlay).toBeNull()
    questions.open('search')
    questions.applyShared({ overlay: 'appendix', page: 1 })
    expect(questions.overlay).toBe('search')
  })

  it('pages the appendix with the walking keys and closes overlays with Esc', () => {
    const { questions, key, deck } = setup()
    questions.openAppendix(0)
    expect(key('PageDown')).toBe(true)
    expect(key('ArrowRight')).toBe(true)
    expect(key('ArrowRight')).toBe(true)
    expect(questions.appendixPage).toBe(2)
    expect(key('Home')).toBe(true)
    expect(questions.appendixPage).toBe(0)
    expect(key('End')).toBe(true)
    expect(questions.appendixPage).toBe(2)
    expect(key('Home')).toBe(true)
    expect(questions.appendixPage).toBe(0)
    expect(deck.slide).toBe(0)
    expect(key('Escape')).toBe(true)
    expect(questions.overlay).toBeNull()
    expect(key('Escape')).toBe(false)
  })

  it('goes back to the place before a jump and closes what was open', () => {
    const { deck, questions } = setup()
    questions.observe({ slide: 1, step: 1 }, deck)
    deck.go(1, 1)
    questions.goTo(4, 0)
    questions.observe({ slide: 4, step: 0 }, deck)
    expect(questions.backTarget).toEqual({ slide: 1, step: 1 })
    questions.askAbout(null)
    questions.back()
    expect({ slide: deck.slide, step: deck.step }).toEqual({ slide: 1, step: 1 })
    expect(questions.overlay).toBeNull()
    expect(questions.canGoBack).toBe(false)
  })

  it('an overlay about one slide closes when the deck moves to another', () => {
    const { deck, questions } = setup()
    deck.go(3)
    questions.zoom(0)
    questions.follow(3)
    expect(questions.overlay).toBe('zoom')
    questions.follow(4)
    expect(questions.overlay).toBeNull()
  })
})
