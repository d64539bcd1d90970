// Where each figure appears: every figure a slide shows has its place there, whatever shows it.
import { describe, expect, it } from 'vitest'
import type { Slide } from '../../../src/content/schema'
import { figurePlaces, figuresOnSlide } from '../../../src/questions/places'
import { figureUses, loadReport } from '../content-helpers'

const section = (headline: Slide['headline'], blocks: Slide['blocks'] = []): Slide =>
  ({ id: 'part-9', layout: 'section', title: { zh: '部', en: 'Part' }, headline, blocks }) as Slide

describe('figure places', () => {
  it("places a section's headline figure on its slide, from the first step", () => {
    expect(figuresOnSlide(section({ figure: 'patrol-hours' }), 4)).toEqual([
      { figure: 'patrol-hours', slide: 4, step: 0 },
    ])
  })

  it('places nothing for a headline phrase', () => {
    expect(figuresOnSlide(section({ text: { zh: '四个率先', en: 'Four firsts' } }))).toEqual([])
  })

  it('places a figure once per slide, where it first shows', () => {
    const slide = section({ figure: 'a' }, [
      { type: 'stats', step: 1, tiles: [{ figure: 'a' }, { figure: 'b', step: 2 }] },
    ] as Slide['blocks'])
    expect(figuresOnSlide(slide)).toEqual([
      { figure: 'a', slide: 0, step: 0 },
      { figure: 'b', slide: 0, step: 2 },
    ])
  })

  it('has a place for every figure the bundled deck shows, on the slide that shows it', () => {
    const { deck } = loadReport()
    const placed = new Set(figurePlaces(deck.slides).map((p) => `${p.figure} on ${p.slide}`))
    const shown = [...figureUses(deck)].flatMap(([figure, paths]) =>
      paths.map((path) => `${figure} on ${/^slides\[(\d+)\]/.exec(path)![1]}`),
    )
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.filter((use) => !placed.has(use))).toEqual([])
  })
})
