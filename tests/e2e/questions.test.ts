// The question round in the built renderer: search, where from, back, zoom, the laser pointer and
// the data appendix, in Chinese and English.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Figure } from '../../src/content/schema'
import { sharesUnit } from '../../src/charts/numberTiles'
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

  it('fetches the glossary only once the first slide is up, not beside it', async () => {
    const page = await h.browser.newPage()
    // A slow deck holds the first slide back; the glossary must not go ahead of it.
    await page.route('**/content/deck.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400))
      await route.continue()
    })
    await page.goto(h.base + '?lang=zh')
    await page.waitForSelector('[data-deck-settled="true"]', { state: 'attached' })
    const timing = () =>
      page.evaluate(() => {
        const entry = (name: string) =>
          (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.endsWith(name))
        return {
          deckEnd: entry('content/deck.json')?.responseEnd,
          glossaryStart: entry('content/glossary.json')?.startTime,
        }
      })
    await expect.poll(async () => (await timing()).glossaryStart, { timeout: 5000 }).toBeDefined()
    const { deckEnd, glossaryStart } = await timing()
    expect(glossaryStart).toBeGreaterThan(deckEnd!)
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

  it("opens for a section's headline figure clicked, without moving the deck on", async () => {
    const page = await open(`?lang=zh#/${number('part-1')}`)
    const before = await position(page)
    await page.locator('[data-visual="headline"] .number').click()
    const focused = page.locator('[data-where-from="overlay"] [data-where-figure].focus')
    await focused.waitFor()
    await expect(focused.getAttribute('data-where-figure')).resolves.toBe('patrol-hours')
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

describe('zoom', () => {
  it('Z on a chart slide draws the chart again at the larger size; Esc returns', async () => {
    const page = await open(`?lang=en&motion=reduce#/${crimeSlide}`)
    const onSlide = page.locator('[data-slide-number] [data-chart-visual] svg').first()
    await onSlide.waitFor()
    const small = await onSlide.evaluate((svg) => Number(svg.getAttribute('width')))
    await page.keyboard.press('z')
    const zoomed = page.locator('[data-zoom="chart"] [data-chart-visual] svg')
    await zoomed.waitFor()
    await page.waitForFunction(() => {
      const svg = document.querySelector('[data-zoom="chart"] [data-chart-visual] svg')
      return svg !== null && svg.querySelectorAll('text').length > 0
    })
    const large = await zoomed.evaluate((svg) => ({
      width: Number(svg.getAttribute('width')),
      box: (svg.parentElement!.parentElement as HTMLElement).clientWidth,
    }))
    expect(large.width).toBeGreaterThan(small * 1.3)
    // Drawn for its box (vector, at the canvas size), not a magnified copy.
    expect(Math.abs(large.width - large.box)).toBeLessThan(2)
    await page.keyboard.press('Escape')
    await page.locator('[data-zoom]').waitFor({ state: 'detached' })
    expect((await position(page)).slide).toBe(crimeSlide)
    await page.close()
  })

  it('lays zoomed tiles out at the largest size at which they all fit the screen, in every language', async () => {
    // Z zooms a slide's chart where it has one, its tiles otherwise.
    const withTiles = slides.flatMap((slide, i) =>
      slide.blocks.some((block) => block.type === 'stats') && !slide.blocks.some((block) => block.type === 'chart')
        ? [i + 1]
        : [],
    )
    for (const lang of ['zh', 'en', 'bi']) {
      const page = await open(`?lang=${lang}&motion=reduce#/${vaccineSlide}`)
      for (const at of withTiles) {
        // Arriving from the slide after shows every tile.
        await page.evaluate((n) => (location.hash = `#/${n}`), at + 1)
        await waitForPosition(page, at + 1)
        await page.keyboard.press('ArrowLeft')
        await waitForPosition(page, at)
        await page.keyboard.press('z')
        await page.locator('[data-zoom="stats"]').waitFor()
        await page.waitForTimeout(300)
        const escaping = await page.evaluate(() => {
          const zoom = document.querySelector('[data-zoom="stats"]')!.getBoundingClientRect()
          return [...document.querySelectorAll('[data-zoom="stats"] [data-figure]')]
            .map((tile) => tile.getBoundingClientRect())
            .filter((box) => box.top < zoom.top - 1 || box.bottom > zoom.bottom + 1).length
        })
        expect(escaping, `${lang}, slide ${at}`).toBe(0)
        await page.keyboard.press('Escape')
        await page.locator('[data-zoom]').waitFor({ state: 'detached' })
      }
      await page.close()
    }
  })

  it('zooms a chart that is only numbers as stat tiles, each number far larger than on the slide', async () => {
    const figures = new Map(
      (
        JSON.parse(readFileSync(join(process.cwd(), 'out', 'renderer', 'content', 'figures.json'), 'utf8')) as {
          figures: Figure[]
        }
      ).figures.map((f) => [f.id, f]),
    )
    const numbersOnly = slides.flatMap((slide, i) =>
      slide.blocks.flatMap((block) =>
        block.type === 'chart' && block.visual === 'bars' && !sharesUnit(block.figures.map((id) => figures.get(id)!))
          ? [{ at: i + 1, ids: block.figures }]
          : [],
      ),
    )
    expect(numbersOnly.length).toBeGreaterThan(0)
    for (const lang of ['zh', 'en']) {
      for (const { at, ids } of numbersOnly) {
        const page = await open(`?lang=${lang}&motion=reduce#/${at}`)
        await page.waitForFunction(() => document.querySelector('[data-slide-number] [data-chart-visual] svg text'))
        // The chart's numbers are its largest text.
        const onSlide = await page.evaluate(() =>
          Math.max(
            ...[...document.querySelectorAll('[data-slide-number] [data-chart-visual] svg text')].map(
              (text) => parseFloat(getComputedStyle(text).fontSize) || 0,
            ),
          ),
        )
        await page.keyboard.press('z')
        const tiles = page.locator('[data-zoom="chart"] [data-figure]')
        await tiles.first().waitFor()
        await page.waitForTimeout(300)
        expect(await tiles.evaluateAll((els) => els.map((el) => el.getAttribute('data-figure')))).toEqual(ids)
        const zoomed = await page.evaluate(() =>
          Math.min(
            ...[...document.querySelectorAll('[data-zoom="chart"] [data-figure] .value:not(.ghost) .number')].map(
              (el) => parseFloat(getComputedStyle(el).fontSize),
            ),
          ),
        )
        expect(zoomed, `${lang}, slide ${at}`).toBeGreaterThan(onSlide * 1.5)
        await page.close()
      }
    }
  })

  it('a double-click on the tiles zooms them', async () => {
    const page = await open(`?lang=zh&motion=reduce#/${vaccineSlide + 1}`)
    await page.keyboard.press('ArrowLeft')
    await waitForPosition(page, vaccineSlide)
    await page.locator('[data-figure="suspects-arrested"]').first().dblclick()
    await page.locator('[data-zoom="stats"] [data-figure="vaccine-case-value"]').waitFor()
    await page.close()
  })
})

describe('laser pointer', () => {
  it('the presenter’s pointer over the current slide shows as a red dot at the same place on the audience screen', async () => {
    const context = await h.browser.newContext()
    const a = await openDeck(context, h.base, `?lang=zh#/${crimeSlide}`)
    const p = await openDeck(context, h.base, `?lang=zh&view=presenter#/${crimeSlide}`, { width: 1440, height: 900 })
    watches.push(a.watch, p.watch)
    const audience = a.page
    const presenter = p.page
    await presenter.keyboard.press('Control+l')
    const canvas = presenter.locator('.frame [data-scale]').first()
    const box = (await canvas.boundingBox())!
    await presenter.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.6)
    await presenter.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4, { steps: 4 })
    const dot = audience.locator('[data-laser]')
    await dot.waitFor()
    await audience.waitForFunction(() => {
      const el = document.querySelector<HTMLElement>('[data-laser]')
      return el && Math.abs(Number(el.dataset.x) - 0.3) < 0.01 && Math.abs(Number(el.dataset.y) - 0.4) < 0.01
    })
    // On screen, the dot sits where the presenter points: 30% across and 40% down the audience canvas.
    const audienceCanvas = (await audience.locator('[data-scale]').first().boundingBox())!
    const at = (await dot.boundingBox())!
    expect(Math.abs(at.x + at.width / 2 - (audienceCanvas.x + audienceCanvas.width * 0.3))).toBeLessThan(3)
    expect(Math.abs(at.y + at.height / 2 - (audienceCanvas.y + audienceCanvas.height * 0.4))).toBeLessThan(3)
    await presenter.mouse.move(5, 5)
    await dot.waitFor({ state: 'detached' })
    await context.close()
  })

  it('Ctrl+L in the audience window shows a local dot', async () => {
    const page = await open('?lang=en')
    await page.keyboard.press('Control+l')
    await page.mouse.move(400, 300)
    await page.mouse.move(500, 320)
    await page.locator('[data-laser]').waitFor()
    await page.keyboard.press('Control+l')
    await page.locator('[data-laser]').waitFor({ state: 'detached' })
    await page.close()
  })
})

describe('data appendix', () => {
  it('A opens the appendix; its pages list every figure, in both languages', async () => {
    const figures = JSON.parse(await (await fetch(`${h.base}content/figures.json`)).text()) as {
      figures: Array<{ id: string }>
    }
    for (const lang of ['zh', 'en'] as const) {
      const page = await open(`?lang=${lang}`)
      await page.keyboard.press('a')
      await page.locator('[data-appendix]').waitFor()
      const seen = new Set<string>()
      for (let i = 0; i < 100; i++) {
        const ids = await page
          .locator('[data-appendix-figure]')
          .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.appendixFigure!))
        ids.forEach((id) => seen.add(id))
        const before = await page.locator('[data-appendix-page]').getAttribute('data-appendix-page')
        await page.keyboard.press('ArrowRight')
        const after = await page.locator('[data-appendix-page]').getAttribute('data-appendix-page')
        if (after === before) break
      }
      expect([...seen].sort()).toEqual(figures.figures.map((f) => f.id).sort())
      // The walk stays where it was: the appendix is not part of it.
      expect((await position(page)).slide).toBe(1)
      await page.keyboard.press('Escape')
      await page.locator('[data-appendix]').waitFor({ state: 'detached' })
      await page.close()
    }
  })

  it('search reaches the appendix at the figure’s page, and the walk stops at the closing slide', async () => {
    const page = await open(`?lang=en#/${slides.length}`)
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(200)
    expect((await position(page)).slide).toBe(slides.length)
    expect(await page.locator('[data-appendix]').count()).toBe(0)
    await searchFor(page, '877')
    await page.locator('[data-search-appendix]').click()
    await page.locator('[data-appendix-figure="vaccine-case-value"]').waitFor()
    await page.close()
  })
})

describe('data appendix in the overview and in handouts', () => {
  it('the overview lists the appendix after the closing slide', async () => {
    const page = await open('?lang=zh')
    await page.keyboard.press('o')
    const entry = page.locator('[data-overview-appendix]')
    await entry.waitFor()
    const thumbs = await page.locator('[data-thumb]').count()
    expect(thumbs).toBe(slides.length)
    await entry.click()
    await page.locator('[data-appendix]').waitFor()
    expect(await page.locator('[data-overview]').count()).toBe(0)
    await page.close()
  })

  it('a handout has the appendix after its slides only with ?appendix=1, every figure on its pages', async () => {
    const figures = JSON.parse(await (await fetch(`${h.base}content/figures.json`)).text()) as {
      figures: Array<{ id: string }>
    }
    const ready = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.printReady === 'true')
    const plain = await open('?print=1&lang=en')
    await ready(plain)
    expect(await plain.locator('[data-print-appendix-page]').count()).toBe(0)
    await plain.close()
    const page = await open('?print=1&lang=en&handout=notes&appendix=1')
    await ready(page)
    const data = await page.evaluate(() => ({ ...document.documentElement.dataset }))
    expect(Number(data.printPages)).toBe(slides.length)
    const appendixPages = await page.locator('[data-print-appendix-page]').count()
    expect(Number(data.printAppendixPages)).toBe(appendixPages)
    const listed = await page
      .locator('[data-print-appendix-page] [data-appendix-figure]')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.appendixFigure!))
    expect(listed.sort()).toEqual(figures.figures.map((f) => f.id).sort())
    await page.close()
  })
})

describe('the presenter shows the room', () => {
  it('where from, a zoom and the appendix opened in the presenter view show on the audience screen; a search does not', async () => {
    const context = await h.browser.newContext()
    const a = await openDeck(context, h.base, `?lang=en#/${crimeSlide}`)
    const p = await openDeck(context, h.base, `?lang=en&view=presenter#/${crimeSlide}`, { width: 1440, height: 900 })
    watches.push(a.watch, p.watch)
    const audience = a.page
    const presenter = p.page
    await presenter.keyboard.press('i')
    await audience.locator('[data-where-from="overlay"]').waitFor()
    await presenter.keyboard.press('z')
    await audience.locator('[data-zoom="chart"]').waitFor()
    await presenter.keyboard.press('Escape')
    await audience.locator('[data-zoom]').waitFor({ state: 'detached' })
    await presenter.keyboard.press('a')
    await audience.locator('[data-appendix-page="1"]').waitFor()
    await presenter.keyboard.press('ArrowRight')
    await audience.locator('[data-appendix-page="2"]').waitFor()
    expect((await position(audience)).slide).toBe(crimeSlide)
    await presenter.keyboard.press('Escape')
    await audience.locator('[data-appendix]').waitFor({ state: 'detached' })
    await presenter.keyboard.press('/')
    await presenter.locator('[data-search-input]').fill('877')
    await presenter.locator('[data-search-hit]').first().waitFor()
    await presenter.waitForTimeout(300)
    expect(await audience.locator('[data-search], [data-questions-overlay]').count()).toBe(0)
    expect((await position(audience)).slide).toBe(crimeSlide)
    await presenter.keyboard.press('Enter')
    await waitForPosition(audience, vaccineSlide)
    await context.close()
  })

  it('pages the appendix from the presenter view at once, before the appendix view has loaded', async () => {
    const context = await h.browser.newContext()
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await context.route('**/assets/Appendix-*.js', async (route) => {
      await held
      await route.continue()
    })
    const a = await openDeck(context, h.base, `?lang=en#/${crimeSlide}`)
    const p = await openDeck(context, h.base, `?lang=en&view=presenter#/${crimeSlide}`, { width: 1440, height: 900 })
    watches.push(a.watch, p.watch)
    await p.page.keyboard.press('a')
    await p.page.keyboard.press('ArrowRight')
    await p.page.keyboard.press('ArrowRight')
    release()
    await a.page.locator('[data-appendix-page="3"]').waitFor()
    await p.page.locator('[data-appendix-page="3"]').waitFor()
    expect((await position(a.page)).slide).toBe(crimeSlide)
    await context.close()
  })
})

describe('handout export with the appendix', () => {
  it('npm run export -- --appendix puts the appendix pages after the slides, with the report’s sentences as text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-appendix-'))
    try {
      const file = join(dir, 'handout.pdf')
      const out = execFileSync('node', ['scripts/export.mjs', '--lang=en', `--out=${file}`, '--appendix'], {
        encoding: 'utf8',
        timeout: 150_000,
      })
      expect(out).toContain(`wrote ${file}`)
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
      expect(pages).toBeGreaterThan(slides.length)
      const first = execFileSync(
        'pdftotext',
        ['-f', String(slides.length + 1), '-l', String(slides.length + 1), file, '-'],
        {
          encoding: 'utf8',
        },
      )
      expect(first.replace(/\s+/g, '')).toContain('特别是比2012年的5453起下降了51.9%')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('Back from the presenter view', () => {
  it('the Return button names the slide it returns to and takes both windows there', async () => {
    const context = await h.browser.newContext()
    const a = await openDeck(context, h.base, '?lang=en#/4')
    const p = await openDeck(context, h.base, '?lang=en&view=presenter#/4', { width: 1440, height: 900 })
    watches.push(a.watch, p.watch)
    const button = p.page.locator('[data-presenter-back]')
    expect(await button.isDisabled()).toBe(true)
    await p.page.keyboard.type('20')
    await p.page.keyboard.press('Enter')
    await waitForPosition(a.page, 20)
    await expect(button.textContent()).resolves.toContain('4')
    await button.click()
    await waitForPosition(a.page, 4)
    await waitForPosition(p.page, 4)
    expect(await button.isDisabled()).toBe(true)
    // The audience window's own list agrees: nothing left to go back to.
    await a.page.keyboard.press('r')
    await a.page.waitForTimeout(200)
    expect((await position(a.page)).slide).toBe(4)
    await context.close()
  })
})
