// A slide's texts: everything it shows and its notes, each with the step that reveals it.
import { describe, expect, it } from 'vitest'
import type { Slide } from '../../src/content/schema'
import { slideTexts } from '../../src/content/slideTexts'
import { allTexts, loadReport } from './content-helpers'

const b = (en: string) => ({ zh: en, en })

describe('slide texts', () => {
  it('has every text the pack checker finds on each slide of the bundled deck', () => {
    const { deck, figures } = loadReport()
    const onSlides = allTexts(deck, figures.values()).flatMap(({ path, text }) => {
      const slide = /^deck\.json: slides\[(\d+)\]/.exec(path)?.[1]
      return slide === undefined ? [] : [{ path, slide: Number(slide), text }]
    })
    expect(onSlides.length).toBeGreaterThan(100)
    const missing = onSlides.filter(
      ({ slide, text }) => !slideTexts(deck.slides[slide]!).some((t) => t.text.zh === text.zh && t.text.en === text.en),
    )
    expect(missing.map((m) => m.path)).toEqual([])
  })

  it("takes a section's headline phrase and caption from the first step", () => {
    const slide = {
      id: 's',
      layout: 'section',
      title: b('Part 9'),
      headline: { text: b('Four firsts'), caption: b('in the region') },
      blocks: [],
    } as unknown as Slide
    expect(slideTexts(slide).map((t) => [t.text.en, t.step, t.part])).toEqual([
      ['Part 9', 0, 'title'],
      ['Four firsts', 0, 'body'],
      ['in the region', 0, 'body'],
    ])
  })

  it('reveals a tile with its group and a timeline event at its own step, whichever is later', () => {
    const slide = {
      id: 's',
      layout: 'points',
      title: b('T'),
      blocks: [
        {
          type: 'tiles',
          step: 1,
          groups: [
            {
              title: b('Group'),
              step: 2,
              items: [{ icon: 'car', text: b('Tile'), trends: [{ text: b('Up'), direction: 'up' }] }],
            },
            { items: [{ icon: 'car', text: b('Later tile'), step: 3, trends: [] }] },
          ],
        },
        {
          type: 'timeline',
          step: 1,
          events: [
            { date: b('May'), icon: 'mic', text: b('Event'), step: 2 },
            { icon: 'mic', text: b('First'), step: 0 },
          ],
        },
      ],
      notes: b('Notes'),
    } as unknown as Slide
    expect(slideTexts(slide).map((t) => [t.text.en, t.step])).toEqual([
      ['T', 0],
      ['Group', 2],
      ['Tile', 2],
      ['Up', 2],
      ['Later tile', 3],
      ['May', 2],
      ['Event', 2],
      ['First', 1],
      ['Notes', 0],
    ])
  })
})
