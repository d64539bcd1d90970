import { describe, expect, it } from 'vitest'
import { contrastRatio, palette } from '../../src/styles/palette'

describe('palette', () => {
  it.each([
    ['body text on white', palette.ink, palette.paper],
    ['secondary text on white', palette.muted, palette.paper],
    ['secondary text on tiles', palette.muted, palette.mist],
    ['headings and numbers on white', palette.navy, palette.paper],
    ['numbers on tiles', palette.navy, palette.mist],
    ['white on navy', palette.onNavy, palette.navy],
    ['muted text on navy', palette.onNavyMuted, palette.navy],
    ['gold on navy', palette.accent, palette.navy],
  ])('gives %s at least 7:1 contrast for projectors', (_, text, background) => {
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(7)
  })

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21)
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1)
  })
})
