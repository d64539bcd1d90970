// The question round in the built renderer: search, where from, back, zoom, the laser pointer and
// the data appendix, in Chinese and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { builtDeck, openDeck, position, startHarness, waitForPosition, type Harness, type PageWatch } from './harness'

let h: Harness
const watches: PageWatch[] = []
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  for (const watch of watches) expect(watch.errors).toEqual([])
  await h?.close()
})

const slides = builtDeck().slides
const number = (id: string) => slides.findIndex((s) => s.id === id) + 1
const vaccineSlide = number('part-2-results')
const crimeSlide = number('results-crime')

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { page, watch } = await openDeck(h.browser, h.base, path, viewport)
  watches.push(watch)
  return page
}

async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/')
  const input = page.locator('[data-search-input]')
  await input.waitFor()
  await input.fill(query)
}

describe('search', () => {
  for (const lang of ['zh', 'en'] as const)
    for (const query of ['877', 'vaccine', '疫苗', '8.77', '8.77 million'])
      it(`finds the vaccine case for "${query}" (${lang}) and goes there`, async () => {
        const page = await open(`?lang=${lang}`)
        await searchFor(page, query)
        const first = page.locator('[data-search-hit]').first()
        await expect(first.getAttribute('data-search-hit')).resolves.toBe(String(vaccineSlide))
        expect(await first.locator('mark').count()).toBeGreaterThan(0)
        const step = Number(await first.getAttribute('data-search-step'))
        await page.keyboard.press('Enter')
        await waitForPosition(page, vaccineSlide, step)
        await page.locator('[data-search]').waitFor({ state: 'detached' })
        expect(await page.locator('[data-figure="vaccine-case-value"]').count()).toBe(1)
        await page.close()
      })

  it('moves through results with the arrows, previews the chosen one, and Esc closes without moving', async () => {
    const page = await open('?lang=en')
    await searchFor(page, 'drug')
    const hits = await page
      .locator('[data-search-hit]')
      .evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.searchHit)))
    expect(hits.length).toBeGreaterThan(1)
    await page.keyboard.press('ArrowDown')
    await expect(page.locator('[data-search-preview]').getAttribute('data-search-preview')).resolves.toBe(
      String(hits[1]),
    )
    await page.keyboard.press('Escape')
    await page.locator('[data-search]').waitFor({ state: 'detached' })
    expect((await position(page)).slide).toBe(1)
    await page.close()
  })

  it('says when nothing matches', async () => {
    const page = await open('?lang=zh')
    await searchFor(page, 'xyzzy')
    await page.locator('[data-search-none]').waitFor()
    await page.close()
  })

  it('opens with Ctrl+F too', async () => {
    const page = await open('?lang=en')
    await page.keyboard.press('Control+f')
    await page.locator('[data-search-input]').waitFor()
    await page.close()
  })
})

describe('where from', () => {
  for (const lang of ['zh', 'en'] as const)
    it(`I on the opening results slide shows the 5,453 sentence and the derived formula (${lang})`, async () => {
      const page = await open(`?lang=${lang}#/${crimeSlide}`)
      await page.keyboard.press('i')
      const overlay = page.locator('[data-where-from="overlay"]')
      await overlay.waitFor()
      const sources = await overlay.locator('[data-where-source]').allTextContents()
      expect(sources.some((s) => s.includes('特别是比2012年的5453起下降了51.9%'))).toBe(true)
      const english = await overlay.locator('[data-where-source-en]').allTextContents()
      expect(english.some((s) => s.includes('5,453'))).toBe(true)
      const formula = await overlay.locator('[data-where-formula]').first().textContent()
      expect(formula).toContain(lang === 'zh' ? '5453起 × (1 − 51.9%)' : '5,453 × (1 − 51.9%)')
      expect(await overlay.locator('[data-where-input="criminal-incidents-2012"]').count()).toBe(1)
      await page.keyboard.press('i')
      await overlay.waitFor({ state: 'detached' })
      await page.close()
    })

  it('opens for the figure clicked on a tile, without moving the deck on', async () => {
    // Back from the next slide: the vaccine slide with all its steps shown.
    const page = await open(`?lang=en#/${vaccineSlide + 1}`)
    await page.keyboard.press('ArrowLeft')
    await waitForPosition(page, vaccineSlide)
    const before = await position(page)
    await page.locator('[data-figure="vaccine-case-value"]').first().click()
    const focused = page.locator('[data-where-from="overlay"] [data-where-figure].focus')
    await focused.waitFor()
    await expect(focused.getAttribute('data-where-figure')).resolves.toBe('vaccine-case-value')
    expect(await position(page)).toEqual(before)
    await page.close()
  })
})

describe('back', () => {
  it('R after a search returns to the slide and step before it, several levels deep', async () => {
    const page = await open('?lang=en#/3')
    await page.keyboard.press('ArrowRight')
    const start = await position(page)
    await searchFor(page, 'vaccine')
    await page.keyboard.press('Enter')
    await waitForPosition(page, vaccineSlide)
    await page.keyboard.type('20')
    await page.keyboard.press('Enter')
    await waitForPosition(page, 20)
    await page.keyboard.press('r')
    await waitForPosition(page, vaccineSlide)
    await page.keyboard.press('r')
    await waitForPosition(page, start.slide, start.step)
    await page.close()
  })
})
