import { describe, expect, it } from 'vitest'
import type { Slide } from '../../../src/content/schema'
import { menuParts } from '../../../src/kiosk/parts'

const slide = (id: string, layout: Slide['layout'], section?: number) =>
  ({ id, layout, section, title: { zh: id, en: id }, blocks: [] }) as unknown as Slide

// title, part 1 (divider + 2), part 2 (divider + 1), closing
const slides = [
  slide('title', 'title'),
  slide('part-1', 'section', 1),
  slide('part-1-a', 'points', 1),
  slide('part-1-b', 'points', 1),
  slide('part-2', 'section', 2),
  slide('part-2-a', 'chart', 2),
  slide('closing', 'closing'),
]

describe('menuParts', () => {
  it('offers every part of the whole report at its section slide', () => {
    const parts = menuParts(slides, [0, 1, 2, 3, 4, 5, 6])
    expect(parts.map((p) => [p.section, p.index, p.slide.id])).toEqual([
      [1, 1, 'part-1'],
      [2, 4, 'part-2'],
    ])
  })

  it('offers only the parts a programme includes, each at its first slide there, titled by its divider', () => {
    // A programme with one slide of part 2, then the whole of part 1, after it.
    const parts = menuParts(slides, [5, 1, 2, 3])
    expect(parts.map((p) => [p.section, p.index, p.slide.id])).toEqual([
      [1, 1, 'part-1'],
      [2, 5, 'part-2'],
    ])
    expect(menuParts(slides, [0, 6])).toEqual([])
  })
})
