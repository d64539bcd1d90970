import { describe, expect, it } from 'vitest'
import { contrastRatio, palette, themes, type ThemeName } from '../../src/styles/palette'

// Body text needs 7:1 against its actual ground (projectors and LED walls wash colours out);
// large text (headings, big numbers, chart marks' labels of 30 px and more) needs 4.5:1.
const body = (t: (typeof themes)[ThemeName]) =>
  [
    ['body text on the slide', t.ink, t.paper],
    ['secondary text on the slide', t.muted, t.paper],
    ['body text on tiles', t.ink, t.mist],
    ['secondary text on tiles', t.muted, t.mist],
    ['numbers on the slide', t.navy, t.paper],
    ['numbers on tiles', t.navy, t.mist],
    ['light text on title and section slides', t.onNavy, t.band],
    ['muted text on title and section slides', t.onNavyMuted, t.band],
    ['muted text at the deep end of the band', t.onNavyMuted, t.bandDeep],
    ['gold on title and section slides', t.accent, t.band],
    ['text on filled nodes', t.onNavy, t.node],
    ['secondary text on filled nodes', t.onNavyMuted, t.node],
  ] as const
const large = (t: (typeof themes)[ThemeName]) =>
  [
    ['headings on the slide', t.heading, t.paper],
    ['the trend mark on the slide', t.paper, t.good],
  ] as const

describe.each(['light', 'dark'] as const)('the %s theme', (name) => {
  const t = themes[name]
  it.each(body(t))('gives %s at least 7:1 contrast', (_, text, ground) => {
    expect(contrastRatio(text, ground)).toBeGreaterThanOrEqual(7)
  })
  it.each(large(t))('gives %s at least 4.5:1 contrast', (_, text, ground) => {
    expect(contrastRatio(text, ground)).toBeGreaterThanOrEqual(4.5)
  })
  it('keeps the dark and mid chart series apart in lightness from the ground and from each other', () => {
    for (const colour of [t.series[0], t.series[2]]) expect(contrastRatio(colour, t.paper)).toBeGreaterThanOrEqual(3)
    expect(contrastRatio(t.series[0], t.series[2])).toBeGreaterThanOrEqual(1.5)
  })
})

describe('palette', () => {
  it('gives both themes the same roles', () => {
    expect(Object.keys(themes.dark).sort()).toEqual(Object.keys(themes.light).sort())
    expect(themes.light).toBe(palette)
  })

  it('makes the dark theme a dark ground with light text', () => {
    expect(contrastRatio(themes.dark.paper, '#000000')).toBeLessThan(1.5)
    expect(contrastRatio(themes.dark.ink, '#FFFFFF')).toBeLessThan(1.5)
  })

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21)
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1)
  })
})
