// What a click on a slide asks about: the tile's figure, the chart's first figure, a section's
// headline figure (no block to zoom), or nothing.
import { describe, expect, it } from 'vitest'
import type { Slide } from '../../src/content/schema'
import { targetOf } from '../../src/questions/slidePointer'

const b = (en: string) => ({ zh: en, en })
const slide = (over: Partial<Slide>): Slide =>
  ({ id: 's', layout: 'stats', title: b('T'), blocks: [], ...over }) as Slide

function element(html: string, selector: string): Element {
  const root = document.createElement('div')
  root.innerHTML = html
  return root.querySelector(selector)!
}

describe('slide pointer targets', () => {
  it("takes a stat tile's figure and its block", () => {
    const s = slide({
      blocks: [
        { type: 'points', items: [] },
        { type: 'stats', step: 0, tiles: [{ figure: 'a' }, { figure: 'b' }] },
      ] as unknown as Slide['blocks'],
    })
    expect(targetOf(element('<figure data-figure="b"><span class="value">2</span></figure>', '.value'), s)).toEqual({
      block: 1,
      figure: 'b',
    })
  })

  it("takes a section's headline figure, with no block to zoom", () => {
    const s = slide({ layout: 'section', headline: { figure: 'patrol-hours' } } as Partial<Slide>)
    const number = element('<div data-figure="patrol-hours"><p><span class="number">24</span></p></div>', '.number')
    expect(targetOf(number, s)).toEqual({ block: null, figure: 'patrol-hours' })
  })

  it('takes nothing for a figure the slide does not show, or for plain text', () => {
    const s = slide({ layout: 'section', headline: { figure: 'patrol-hours' } } as Partial<Slide>)
    expect(targetOf(element('<div data-figure="other"><i></i></div>', 'i'), s)).toBeNull()
    expect(targetOf(element('<p><b>words</b></p>', 'b'), s)).toBeNull()
  })
})
