import { describe, expect, it } from 'vitest'
import { DeckState } from '../../../src/deck/deck.svelte'

// Four slides: no steps, two steps, no steps, one step.
const make = (init = {}) => new DeckState([0, 2, 0, 1], init)
const at = (deck: DeckState) => [deck.slide, deck.step]

describe('DeckState moves', () => {
  it('takes build steps before moving to the next slide', () => {
    const deck = make()
    const visited: number[][] = [at(deck)]
    for (let i = 0; i < 6; i++) {
      deck.next()
      visited.push(at(deck))
    }
    expect(visited).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [1, 2],
      [2, 0],
      [3, 0],
      [3, 1],
    ])
  })

  it('stops at the end and at the start instead of failing', () => {
    const deck = make({ slide: 3, step: 1 })
    expect(deck.isLast).toBe(true)
    deck.next()
    expect(at(deck)).toEqual([3, 1])
    deck.first()
    deck.prev()
    expect(at(deck)).toEqual([0, 0])
    expect(deck.isFirst).toBe(true)
  })

  it('going back onto a slide shows all of its steps, as PowerPoint does', () => {
    const deck = make({ slide: 2 })
    deck.prev()
    expect(at(deck)).toEqual([1, 2])
    deck.prev()
    expect(at(deck)).toEqual([1, 1])
  })

  it('clamps moves outside the deck and steps outside a slide', () => {
    const deck = make()
    deck.go(99, 5)
    expect(at(deck)).toEqual([3, 1])
    deck.go(-4)
    expect(at(deck)).toEqual([0, 0])
    deck.go(1, 9)
    expect(at(deck)).toEqual([1, 2])
    deck.go(1, -1)
    expect(at(deck)).toEqual([1, 0])
    deck.go(Number.NaN)
    expect(at(deck)).toEqual([0, 0])
    deck.go(2.7)
    expect(at(deck)).toEqual([2, 0])
  })

  it('jumps by 1-based slide number and clamps a number past the end', () => {
    const deck = make()
    deck.goToNumber(3)
    expect(deck.slide).toBe(2)
    deck.goToNumber(40)
    expect(deck.slide).toBe(3)
    deck.goToNumber(0)
    expect(deck.slide).toBe(0)
  })

  it('starts where it is told, clamped', () => {
    expect(at(make({ slide: 1, step: 2 }))).toEqual([1, 2])
    expect(at(make({ slide: 12 }))).toEqual([3, 0])
    expect(() => new DeckState([])).toThrow(/at least one slide/)
  })
})

describe('DeckState language and modes', () => {
  it('switches language and bilingual mode without moving', () => {
    const deck = make({ slide: 1, step: 1 })
    deck.toggleLang()
    expect(deck.lang).toBe('en')
    deck.toggleBilingual()
    expect(deck.bilingual).toBe(true)
    expect(at(deck)).toEqual([1, 1])
    deck.toggleLang()
    expect(deck.lang).toBe('zh')
  })

  it('toggles overlays and black/white screens', () => {
    const deck = make()
    deck.toggleMode('black')
    expect(deck.mode).toBe('black')
    expect(deck.screen).toBe('black')
    deck.toggleMode('black')
    expect(deck.mode).toBe('show')
    deck.toggleMode('white')
    deck.toggleMode('black')
    expect(deck.mode).toBe('black')
    deck.toggleMode('help')
    expect(deck.screen).toBe('show')
  })

  it('moves the overview cursor within the deck and chooses a slide', () => {
    const deck = make({ slide: 1 })
    deck.toggleMode('overview')
    expect(deck.cursor).toBe(1)
    deck.moveCursor(6)
    expect(deck.cursor).toBe(3)
    deck.moveCursor(-1)
    deck.chooseCursor()
    expect(deck.mode).toBe('show')
    expect(at(deck)).toEqual([2, 0])
  })
})

describe('DeckState snapshots', () => {
  it('round-trips through a snapshot', () => {
    const a = make({ slide: 3, step: 1, lang: 'en', bilingual: true })
    a.toggleMode('white')
    a.toggleTheme()
    const b = make()
    b.apply(a.snapshot())
    expect(b.snapshot()).toEqual({ slide: 3, step: 1, lang: 'en', bilingual: true, screen: 'white', theme: 'dark' })
    expect(JSON.parse(JSON.stringify(a.snapshot()))).toEqual(a.snapshot())
  })

  it('shares the theme: a window takes on the theme another publishes, and one without a theme keeps its own', () => {
    const deck = make({ theme: 'dark' })
    expect(deck.theme).toBe('dark')
    deck.apply({ slide: 0, step: 0, lang: 'zh', bilingual: false, screen: 'show' })
    expect(deck.theme).toBe('dark')
    deck.apply({ slide: 0, step: 0, lang: 'zh', bilingual: false, screen: 'show', theme: 'light' })
    expect(deck.theme).toBe('light')
  })

  it('knows when the last state another window published runs another programme', () => {
    const deck = make({ programme: 'abc' })
    expect(deck.otherOrder).toBe(false)
    deck.apply({ slide: 2, step: 0, lang: 'zh', bilingual: false, screen: 'show' })
    expect(deck.otherOrder).toBe(true)
    deck.apply({ slide: 2, step: 0, lang: 'zh', bilingual: false, screen: 'show', programme: 'abc' })
    expect(deck.otherOrder).toBe(false)
  })

  it('keeps a local overlay open when a remote state arrives, and lifts a blank screen', () => {
    const deck = make()
    deck.toggleMode('overview')
    deck.apply({ slide: 2, step: 0, lang: 'zh', bilingual: false, screen: 'show' })
    expect(deck.mode).toBe('overview')
    deck.toggleMode('black')
    deck.apply({ slide: 2, step: 0, lang: 'zh', bilingual: false, screen: 'show' })
    expect(deck.mode).toBe('show')
  })

  it('clamps a snapshot from a longer deck', () => {
    const deck = make()
    deck.apply({ slide: 50, step: 7, lang: 'en', bilingual: false, screen: 'show' })
    expect(at(deck)).toEqual([3, 1])
  })
})

describe('a running order over the slides (a visit programme)', () => {
  // Six slides; the order visits 4 (welcome), 1, 3, then 5 (closing). Slide 1 has two steps, 2 has one.
  const programme = (init = {}) =>
    new DeckState([0, 2, 1, 0, 0, 0], {
      stops: [4, 1, 3, 5],
      browse: [0, 1, 2, 3],
      programme: 'abcdef0123456789',
      ...init,
    })

  it('starts on the first stop and goes through the stops only, steps included', () => {
    const deck = programme()
    const visited = [at(deck)]
    while (!deck.isLast) {
      deck.next()
      visited.push(at(deck))
    }
    expect(visited).toEqual([
      [4, 0],
      [1, 0],
      [1, 1],
      [1, 2],
      [3, 0],
      [5, 0],
    ])
    expect(deck.total).toBe(4)
    expect(deck.position).toBe(3)
    deck.prev()
    expect(at(deck)).toEqual([3, 0])
    deck.prev()
    expect(at(deck)).toEqual([1, 2])
  })

  it('numbers stops as the counter does: #/N and typed numbers go to the Nth stop', () => {
    const deck = programme({ number: 3 })
    expect(at(deck)).toEqual([3, 0])
    deck.goToNumber(2)
    expect(at(deck)).toEqual([1, 0])
    deck.goToNumber(99)
    expect(at(deck)).toEqual([5, 0])
    deck.first()
    expect(at(deck)).toEqual([4, 0])
    // Labels (the presenter's Return button) number a slide as the counter does.
    expect([4, 1, 3, 5].map((slide) => deck.numberOf(slide))).toEqual([1, 2, 3, 4])
    expect(deck.numberOf(2)).toBe(3)
  })

  it('a slide outside the order is a detour: next and back return to where the order was', () => {
    const deck = programme()
    deck.next()
    deck.next()
    expect(at(deck)).toEqual([1, 1])
    deck.go(2)
    expect(deck.position).toBe(-1)
    expect(deck.resume).toEqual({ slide: 1, step: 1 })
    deck.next()
    expect(at(deck)).toEqual([2, 1])
    deck.next()
    expect(at(deck)).toEqual([1, 1])
    expect(deck.resume).toBeNull()
    deck.go(0)
    deck.go(2)
    expect(deck.resume).toEqual({ slide: 1, step: 1 })
    deck.prev()
    expect(at(deck)).toEqual([1, 1])
  })

  it('the overview lists the stops, or every slide; choosing one outside is a detour', () => {
    const deck = programme()
    deck.toggleMode('overview')
    deck.moveCursor(Infinity)
    expect(deck.cursor).toBe(5)
    deck.showAllInOverview(true)
    deck.moveCursor(-Infinity)
    expect(deck.cursor).toBe(0)
    deck.moveCursor(2)
    expect(deck.cursor).toBe(2)
    deck.chooseCursor()
    expect(at(deck)).toEqual([2, 0])
    expect(deck.resume).toEqual({ slide: 4, step: 0 })
  })

  it('shares its place only with windows running the same programme', () => {
    const deck = programme()
    deck.next()
    deck.go(2)
    const snapshot = deck.snapshot()
    expect(snapshot).toMatchObject({ slide: 2, programme: 'abcdef0123456789', resume: { slide: 1, step: 0 } })
    const twin = programme()
    twin.apply(snapshot)
    expect(at(twin)).toEqual([2, 0])
    twin.next()
    expect(at(twin)).toEqual([2, 1])
    twin.next()
    expect(at(twin)).toEqual([1, 0])
    const other = programme({ programme: '0000000000000000' })
    other.apply({ ...snapshot, lang: 'en' })
    expect(at(other)).toEqual([4, 0])
    expect(other.lang).toBe('en')
    const whole = make()
    whole.apply(snapshot)
    expect(at(whole)).toEqual([0, 0])
  })
})
