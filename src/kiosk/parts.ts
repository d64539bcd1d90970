// The parts a kiosk visitor can pick: those of the running order, each opening at its first slide
// there (the part's section slide, or the first of its slides a visit programme includes). A part
// the programme leaves out is not offered: it would show a lone section slide, after which the
// tour's next tap goes back into the programme.
import type { Slide } from '../content/schema'

export interface MenuPart {
  /** The part's number. */
  section: number
  /** Where it opens: a slide index of the deck. */
  index: number
  /** The part's section slide, for its title; the opening slide when the report has none. */
  slide: Slide
}

export function menuParts(slides: readonly Slide[], stops: readonly number[]): MenuPart[] {
  const parts = new Map<number, MenuPart>()
  for (const index of stops) {
    const slide = slides[index]
    const section = slide?.section
    if (!slide || section === undefined || parts.has(section)) continue
    const divider = slides.find((s) => s.layout === 'section' && s.section === section)
    parts.set(section, { section, index, slide: divider ?? slide })
  }
  return [...parts.values()].sort((a, b) => a.section - b.section)
}
