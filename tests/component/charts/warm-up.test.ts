// ECharts draws once off screen in idle time, a part per idle period, and leaves nothing behind.
import { describe, expect, it } from 'vitest'
import { warmUp } from '../../../src/charts/engine'

describe('chart warm-up', () => {
  it('draws a chart off screen in parts, each after an idle period, then removes it', async () => {
    const before = document.body.children.length
    const seen: Array<{ boxes: number; drawn: boolean }> = []
    await warmUp(async () => {
      const boxes = [...document.body.children].filter((el) => el.getAttribute('aria-hidden') === 'true')
      seen.push({ boxes: boxes.length, drawn: boxes.some((box) => box.querySelector('svg') !== null) })
    })
    expect(seen.length).toBeGreaterThan(1)
    // Off screen, out of the accessibility tree, and drawn into from the second part on.
    expect(seen.every((step) => step.boxes === 1)).toBe(true)
    expect(seen.slice(1).every((step) => step.drawn)).toBe(true)
    expect(document.body.children.length).toBe(before)
  })

  it('removes its box even when a part fails', async () => {
    const before = document.body.children.length
    let calls = 0
    await expect(
      warmUp(async () => {
        if (++calls === 2) throw new Error('interrupted')
      }),
    ).rejects.toThrow('interrupted')
    expect(document.body.children.length).toBe(before)
  })
})
