import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { expectedPages } from '../../../electron/main/report-facts'

const deck = JSON.parse(readFileSync('resources/content/deck.json', 'utf8')) as {
  slides: { id: string; section?: number }[]
}

describe('pages a handout must have', () => {
  it('one per slide of the bundled report', () => {
    expect(expectedPages()).toBe(deck.slides.length)
  })

  it('for a programme: its welcome, the chosen slides and parts, its closing', () => {
    const part3 = deck.slides.filter((s) => s.section === 3).length
    expect(part3).toBeGreaterThan(0)
    expect(expectedPages({ slides: [{ part: 3 }, 'part-5-smart'] })).toBe(part3 + 1 + 2)
    expect(expectedPages({ slides: ['no-such-slide'] })).toBe(2)
  })
})
