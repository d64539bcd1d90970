import { describe, expect, it } from 'vitest'
import { fitCanvas } from '../../src/chrome/fitCanvas'

describe('fitCanvas', () => {
  it('fills a 16:9 window exactly', () => {
    expect(fitCanvas({ width: 3840, height: 2160 })).toEqual({ scale: 2, left: 0, top: 0 })
  })
  it('letterboxes a 4:3 window top and bottom', () => {
    const fit = fitCanvas({ width: 1024, height: 768 })
    expect(fit.scale).toBeCloseTo(1024 / 1920)
    expect(fit.left).toBe(0)
    expect(fit.top).toBeCloseTo((768 - 1080 * (1024 / 1920)) / 2)
  })
  it('pillarboxes a tall-and-narrow or ultra-wide window', () => {
    const fit = fitCanvas({ width: 2560, height: 1080 })
    expect(fit.scale).toBe(1)
    expect(fit.left).toBe(320)
  })
  it('treats an empty box as scale 0 instead of NaN', () => {
    expect(fitCanvas({ width: 0, height: 0 }).scale).toBe(0)
  })
})
