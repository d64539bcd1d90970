import { describe, expect, it } from 'vitest'
import { fitName } from '../../src/slides/fitName'

/** A box `box` px wide whose one-line text is `perPx` px wide for each px of font size. */
function nameBox(box: number, perPx: number) {
  const el = document.createElement('p')
  let layouts = 0
  Object.defineProperty(el, 'clientWidth', { get: () => box })
  Object.defineProperty(el, 'scrollWidth', {
    get: () => {
      layouts++
      const width = parseFloat(el.style.fontSize) * perPx
      return el.style.whiteSpace === 'nowrap' ? Math.max(box, width) : box
    },
  })
  document.body.append(el)
  return { el, layouts: () => layouts }
}

describe('a name fitted to one line', () => {
  it('takes the largest size at which it fits on one line, probing by halves', () => {
    const { el, layouts } = nameBox(1000, 12.5) // fits at 80 px and below
    const detach = fitName({ base: 120, min: 64 })(el)
    expect(el.dataset.fitted).toBe('80')
    expect(el.style.fontSize).toBe('80px')
    expect(el.dataset.wrapped).toBe('false')
    expect(el.style.whiteSpace).toBe('nowrap')
    // Pixel by pixel from 120 would have laid it out 40 times.
    expect(layouts()).toBeLessThanOrEqual(9)
    if (typeof detach === 'function') detach()
  })

  it('keeps the base size when the name fits', () => {
    const { el } = nameBox(1000, 5)
    fitName({ base: 120, min: 64 })(el)
    expect(el.dataset.fitted).toBe('120')
    expect(el.dataset.wrapped).toBe('false')
  })

  it('wraps a name still too long at the smallest size instead of shrinking further', () => {
    const { el } = nameBox(1000, 20) // 64 px would need 1,280 px
    fitName({ base: 120, min: 64 })(el)
    expect(el.dataset.fitted).toBe('64')
    expect(el.dataset.wrapped).toBe('true')
    expect(el.style.whiteSpace).toBe('normal')
  })
})
