import { describe, expect, it } from 'vitest'
import { BackHistory } from '../../../src/questions/history'

const steps = { stepCounts: [0, 2, 0, 1, 0, 0, 0], stops: [0, 1, 2, 3, 4, 5, 6] }
const at = (slide: number, step = 0) => ({ slide, step })

function walk(history: BackHistory, ...places: Array<[number, number]>) {
  for (const [slide, step] of places) history.observe(at(slide, step), steps)
}

describe('Back history', () => {
  it('ignores walking one step or slide at a time, in either direction', () => {
    const history = new BackHistory()
    walk(history, [0, 0], [1, 0], [1, 1], [1, 2], [2, 0], [1, 2], [1, 1])
    expect(history.size).toBe(0)
  })

  it('records the place before each jump and goes back several levels', () => {
    const history = new BackHistory()
    walk(history, [1, 1], [5, 0], [3, 1])
    expect(history.back()).toEqual(at(5))
    history.observe(at(5), steps)
    expect(history.back()).toEqual(at(1, 1))
    history.observe(at(1, 1), steps)
    expect(history.back()).toBeNull()
  })

  it('counts a move to the next slide that skips steps as a jump (the overview, a search result)', () => {
    const history = new BackHistory()
    walk(history, [1, 0], [2, 0])
    expect(history.peek()).toEqual(at(1))
  })

  it('drops the top place when another window went back there', () => {
    const other = new BackHistory()
    walk(other, [1, 1], [5, 0])
    // The other window pressed Back: this one only sees the deck arrive at 1/1.
    other.observe(at(1, 1), steps)
    expect(other.size).toBe(0)
  })

  it("walks a visit programme's stops as it walks the slides, though they skip report slides", () => {
    const programme = { stepCounts: steps.stepCounts, stops: [6, 1, 3, 5] }
    const history = new BackHistory()
    for (const [slide, step] of [
      [6, 0],
      [1, 0],
      [1, 1],
      [1, 2],
      [3, 0],
      [3, 1],
      [5, 0],
      [3, 1],
      [3, 0],
      [1, 2],
    ])
      history.observe(at(slide!, step!), programme)
    expect(history.size).toBe(0)
    // Skipping a stop, or landing on a slide's first step when coming back, is a jump.
    history.observe(at(5), programme)
    history.observe(at(3), programme)
    expect(history.peek()).toEqual(at(5))
  })

  it('counts a move from a slide outside the running order to another as a jump', () => {
    const programme = { stepCounts: steps.stepCounts, stops: [6, 1, 3, 5] }
    const history = new BackHistory()
    history.observe(at(2), programme)
    history.observe(at(4), programme)
    expect(history.peek()).toEqual(at(2))
  })

  it('keeps a bounded number of places', () => {
    const history = new BackHistory(3)
    walk(history, [0, 0], [3, 0], [5, 0], [0, 0], [6, 0], [3, 0])
    expect(history.size).toBe(3)
  })
})
