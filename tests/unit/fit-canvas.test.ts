import { describe, expect, it } from 'vitest'
import { fitCanvas } from '../../src/chrome/fitCanvas'
import { largestFitting, numberScale } from '../../src/slides/fit'

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

describe('numberScale', () => {
  it('keeps full size when number and words fit on one line', () => {
    expect(numberScale(400, 200, 100, 0.6)).toEqual({ scale: 1, oneLine: true })
  })
  it('shrinks the number to keep its words on the same line, down to the minimum', () => {
    const fit = numberScale(263, 217, 60, 0.6)
    expect(fit.oneLine).toBe(true)
    expect(fit.scale).toBeCloseTo(203 / 217)
  })
  it('puts the words on their own line rather than shrink the number below the minimum', () => {
    expect(numberScale(263, 120, 220, 0.6)).toEqual({ scale: 1, oneLine: false })
  })
  it('shrinks a number that is wider than its box even on a line of its own', () => {
    const fit = numberScale(263, 400, 150, 0.6)
    expect(fit.oneLine).toBe(false)
    expect(fit.scale).toBeCloseTo(263 / 400)
  })
})

describe('largestFitting', () => {
  // What shrinking a pixel at a time finds: base, base - 1, … while above min, then min.
  function pixelByPixel(base: number, min: number, fits: (size: number) => boolean): number {
    let size = base
    while (!fits(size) && size > min) size = Math.max(min, size - 1)
    return size
  }

  it('finds the size shrinking a pixel at a time finds, with far fewer layouts', () => {
    for (const [base, min] of [
      [40, 28],
      [56, 56 * 0.7],
      [72, 50.4],
      [30, 29.5],
      [24, 24],
    ] as const) {
      for (let limit = min - 2; limit <= base + 1; limit += 0.5) {
        const probes: number[] = []
        const fits = (size: number) => (probes.push(size), size <= limit)
        const found = largestFitting(base, min, fits)
        expect(found, `base ${base}, min ${min}, fits up to ${limit}`).toBe(pixelByPixel(base, min, (s) => s <= limit))
        expect(probes.length).toBeLessThanOrEqual(2 + Math.ceil(Math.log2(base - min + 1)))
      }
    }
  })

  it('keeps a box that fits at its base size without shrinking it, after one layout', () => {
    const probes: number[] = []
    expect(largestFitting(48, 30, (size) => (probes.push(size), true))).toBe(48)
    expect(probes).toEqual([48])
  })
})
