import { describe, expect, it } from 'vitest'
import { countUpSteps, shownValue } from '../../../src/charts/builders/labels'

describe('count-up label values', () => {
  it('pass through a fixed set of steps on the way to the figure, so label texts repeat', () => {
    const seen = new Set<number>()
    for (let t = 0; t <= 1; t += 0.0013) seen.add(shownValue(6300 * t, 6300))
    expect(seen.size).toBeLessThanOrEqual(countUpSteps + 1)
    expect(seen.has(6300)).toBe(true)
    expect(shownValue(3149, 6300)).toBe(3150)
  })

  it('land exactly on the figure, including negative changes and decimals', () => {
    expect(shownValue(-51.9, -51.9)).toBe(-51.9)
    expect(shownValue({ value: 448.04 }, 448.04)).toBe(448.04)
    expect(shownValue(-26, -51.9)).toBeCloseTo(-51.9 / 2)
  })

  it('read the value from ECharts label params and fall back to the figure', () => {
    expect(shownValue({ value: [0, 2000] }, 4000)).toBe(2000)
    expect(shownValue({ value: 'n/a' }, 4000)).toBe(4000)
    expect(shownValue(null, 12)).toBe(12)
  })
})
