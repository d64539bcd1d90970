// Every stop of the deck, in both themes, in Chinese, English and bilingual, at a projector's, a
// laptop's and a 4K wall's size: no text clipped or cut by the canvas, no text over another text or
// over a chart, nothing smaller than 24 px of the 1920×1080 canvas, and a visual on every content slide.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inspectStop } from '../../scripts/check-report/inspect-stop'
import { decorativeLayouts, settle, walkStops } from '../../scripts/check-report/render'
import { builtStepCounts, openDeck, startHarness, type Harness } from './harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

const stops = () =>
  builtStepCounts().flatMap((steps, slide) =>
    Array.from({ length: steps + 1 }, (_, step) => ({ slide: slide + 1, step })),
  )

describe.each(['light', 'dark'] as const)('every stop in the %s theme', (theme) => {
  it.each([
    [1920, 1080],
    [1024, 768],
    [3840, 2160],
  ])(
    'at %ix%i, in Chinese, English and bilingual: nothing clipped, overlapping or too small',
    async (width, height) => {
      const found: string[] = []
      let checked = 0
      for (const lang of ['zh', 'en', 'bi']) {
        const { page, watch } = await openDeck(h.browser, h.base, `?lang=${lang}&motion=reduce&theme=${theme}#/1`, {
          width,
          height,
        })
        // The pack checker's own walk and measure (npm run check-report renders every pack this way).
        await walkStops(page, stops(), (stop, report) => {
          const where = `${lang} ${stop.slide}.${stop.step}`
          found.push(...report.problems.map((p) => `${where}: ${p}`))
          if (!decorativeLayouts.has(report.layout) && !report.visual)
            found.push(`${where}: no chart, tile, diagram or icon grid`)
          if (report.texts === 0) found.push(`${where}: no text found`)
          checked++
        })
        expect(watch.errors).toEqual([])
        await page.close()
      }
      expect(checked).toBe(stops().length * 3)
      expect(found).toEqual([])
    },
    600_000,
  )
})

describe('the layout check', () => {
  it('notices clipped, overlapping and too-small text and a content slide without a visual', async () => {
    const { page } = await openDeck(h.browser, h.base, '?motion=reduce#/3')
    await settle(page)
    const clean = await page.evaluate(inspectStop)
    expect(clean.problems).toEqual([])
    expect(clean.visual).toBe(true)
    await page.evaluate(() => {
      const article = document.querySelector<HTMLElement>('[data-slide-number] article')!
      article.querySelectorAll('[data-visual]').forEach((v) => v.removeAttribute('data-visual'))
      const h1 = article.querySelector<HTMLElement>('h1')!
      h1.style.cssText += ';max-height:20px;overflow:hidden'
      const tiny = document.createElement('p')
      tiny.textContent = 'tiny words'
      tiny.style.cssText = 'position:absolute;left:300px;top:300px;font-size:12px;margin:0'
      const over = document.createElement('p')
      over.textContent = 'words over words'
      over.style.cssText = 'position:absolute;left:300px;top:300px;font-size:40px;margin:0'
      const off = document.createElement('p')
      off.textContent = 'off the canvas'
      off.style.cssText = 'position:absolute;left:1850px;top:900px;font-size:40px;margin:0;white-space:nowrap'
      article.append(tiny, over, off)
    })
    const broken = await page.evaluate(inspectStop)
    const problems = broken.problems.join('\n')
    expect(problems).toMatch(/双提升": clipped by h1/)
    expect(problems).toMatch(/"tiny words": .* under 24/)
    expect(problems).toMatch(/"tiny words" overlaps .*"words over words"/)
    expect(problems).toMatch(/"off the canvas": cut by the canvas/)
    expect(broken.visual).toBe(false)
    await page.close()
  })
})
