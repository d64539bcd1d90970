import { describe, expect, it } from 'vitest'
import { readReport } from '../../../electron/main/open-report'
import { expectedPages } from '../../../electron/main/report-facts'

const read = readReport('resources/content')
if (!read.ok) throw new Error(read.problems.join('\n'))
const deck = read.report

describe('pages a handout must have', () => {
  it('one per slide of the bundled report', () => {
    expect(expectedPages(deck)).toBe(deck.slides.length)
  })

  it('for a programme: its welcome, the chosen slides and parts, its closing', () => {
    const part3 = deck.slides.filter((s) => s.section === 3).length
    expect(part3).toBeGreaterThan(0)
    expect(expectedPages(deck, { slides: [{ part: 3 }, 'part-5-smart'] })).toBe(part3 + 1 + 2)
    expect(expectedPages(deck, { slides: ['no-such-slide'] })).toBe(2)
  })
})
