import { describe, expect, it } from 'vitest'
import { theme } from '../../../src/charts/theme'
import { fontFamily, palette, typeScale } from '../../../src/styles/palette'
import { fontSizes } from './helpers'

describe('chart theme', () => {
  it('takes its colours, text colour and font from the app palette', () => {
    expect(theme.color).toEqual([...palette.series])
    expect(theme.textStyle).toMatchObject({ fontFamily, color: palette.ink })
    expect(theme.animationEasing).toBe('cubicOut')
  })

  it('sets no text under the smallest size of the type scale', () => {
    const sizes = fontSizes(theme)
    expect(sizes.length).toBeGreaterThan(3)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(typeScale.min)
    expect(theme.categoryAxis.axisLabel.fontSize).toBe(typeScale.small)
  })
})
