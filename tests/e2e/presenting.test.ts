// Giving the briefing with a keyboard or a four-button clicker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import {
  backgroundAlpha,
  builtDeck,
  builtStepCounts,
  openDeck,
  position,
  startHarness,
  waitForPosition,
  type Harness,
  type PageWatch,
} from './harness'

let h: Harness
const open: Array<{ page: Page; watch: PageWatch }> = []
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  for (const { watch } of open) expect(watch.errors).toEqual([])
  await h?.close()
})

async function deckPage(path = '', viewport?: { width: number; height: number }) {
  const opened = await openDeck(h.browser, h.base, path, viewport)
  open.push(opened)
  return opened.page
}

const heading = (page: Page) => page.locator('[data-slide-number] article h1 .primary').last().textContent()

describe('presenting with a clicker', () => {
  it('walks every slide and step forward with PageDown and back with PageUp', async () => {
    const page = await deckPage('?motion=reduce')
    const counts = builtStepCounts()
    const expected = counts.flatMap((steps, slide) =>
      Array.from({ length: steps + 1 }, (_, step) => ({ slide: slide + 1, step })),
    )
    const forward = [await position(page)]
    for (let i = 1; i < expected.length; i++) {
      await page.keyboard.press('PageDown')
      forward.push(await position(page))
    }
    expect(forward.map(({ slide, step }) => ({ slide, step }))).toEqual(expected)
    await page.keyboard.press('PageDown')
    expect(await position(page)).toMatchObject(expected.at(-1)!)

    const backward = [await position(page)]
    for (let i = 1; i < expected.length; i++) {
      await page.keyboard.press('PageUp')
      backward.push(await position(page))
    }
    expect(backward.map(({ slide, step }) => ({ slide, step }))).toEqual([...expected].reverse())
  })

  it('never lets a transition swallow a key: rapid presses land exactly where they should', async () => {
    const page = await deckPage('#/1')
    const counts = builtStepCounts()
    const stops = counts.flatMap((steps, slide) =>
      Array.from({ length: steps + 1 }, (_, step) => ({ slide: slide + 1, step })),
    )
    for (let i = 0; i < 9; i++) await page.keyboard.press('PageDown', { delay: 0 })
    await waitForPosition(page, stops[9]!.slide, stops[9]!.step)
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageUp', { delay: 0 })
    await waitForPosition(page, stops[5]!.slide, stops[5]!.step)
    await page.waitForTimeout(400)
    expect(await page.locator('.slot').count()).toBe(1)
  })

  it('goes to the first and last slide with Home and End, and to a typed number with Enter', async () => {
    const page = await deckPage()
    const total = builtStepCounts().length
    await page.keyboard.press('End')
    await waitForPosition(page, total, 0)
    await page.keyboard.press('Home')
    await waitForPosition(page, 1, 0)
    await page.keyboard.type('3')
    await expect(page.locator('[data-jump]').textContent()).resolves.toContain('3')
    await page.keyboard.press('Enter')
    await waitForPosition(page, 3, 0)
    expect(page.url()).toMatch(/#\/3$/)
  })

  it('opens the overview with Esc, moves with the arrows and goes with Enter; a click works too', async () => {
    const page = await deckPage()
    await page.keyboard.press('Escape')
    const overview = page.locator('[data-overview]')
    await overview.waitFor()
    expect(await overview.locator('[data-thumb]').count()).toBe(builtStepCounts().length)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    await overview.waitFor({ state: 'detached' })
    await waitForPosition(page, 3, 0)
    await page.keyboard.press('o')
    await page.locator('[data-thumb="2"]').click()
    await overview.waitFor({ state: 'detached' })
    await waitForPosition(page, 2, 0)
    await page.keyboard.press('Escape')
    await overview.waitFor()
    await page.keyboard.press('Escape')
    await overview.waitFor({ state: 'detached' })
    await waitForPosition(page, 2, 0)
  })

  it('draws the overview’s thumbnails from the cursor outwards, while it already takes keys', async () => {
    const page = await deckPage('#/20')
    await page.evaluate(() => {
      const order: number[] = []
      ;(window as unknown as { drawnOrder: number[] }).drawnOrder = order
      new MutationObserver((records) => {
        for (const record of records) {
          const frame = record.target as HTMLElement
          if (record.attributeName === 'data-thumb-drawn' && frame.dataset.thumbDrawn === 'true')
            order.push(Number(frame.closest<HTMLElement>('[data-thumb]')!.dataset.thumb))
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-thumb-drawn'] })
    })
    await page.keyboard.press('Escape')
    await page.locator('[data-overview]').waitFor()
    // A key pressed before every thumbnail is drawn still moves the cursor.
    await page.keyboard.press('ArrowRight')
    const total = builtStepCounts().length
    await page
      .locator('[data-thumb-drawn="true"]')
      .nth(total - 1)
      .waitFor()
    expect(await page.locator('[data-thumb] [data-slide-id]').count()).toBe(total)
    const order = await page.evaluate(() => (window as unknown as { drawnOrder: number[] }).drawnOrder)
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1))
    // The first drawn are the slide shown and its neighbours; the far ends come last.
    expect(order.slice(0, 3).every((n) => Math.abs(n - 20) <= 2)).toBe(true)
    expect(order.slice(-2).sort((a, b) => a - b)).toEqual([1, 2])
    await page.keyboard.press('Enter')
    await waitForPosition(page, 21, 0)
  })

  it('blanks the screen black with B and white with W; any key returns to the same place', async () => {
    const page = await deckPage('#/2')
    await page.keyboard.press('b')
    await page.locator('[data-blank="black"]').waitFor()
    const colour = await page.locator('[data-blank]').evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(colour).toBe('rgb(0, 0, 0)')
    await page.keyboard.press('PageDown')
    await page.locator('[data-blank]').waitFor({ state: 'detached' })
    expect((await position(page)).slide).toBe(2)
    await page.keyboard.press('w')
    await page.locator('[data-blank="white"]').waitFor()
    await page.mouse.click(400, 300)
    await page.locator('[data-blank]').waitFor({ state: 'detached' })
    expect((await position(page)).slide).toBe(2)
  })

  it('switches language with L mid-build, keeping slide and step, and changing the visible text', async () => {
    const counts = builtStepCounts()
    const slideWithSteps = counts.findIndex((steps) => steps > 0) + 1
    const page = await deckPage(`?lang=zh#/${slideWithSteps}`)
    await page.keyboard.press('PageDown')
    const before = await position(page)
    const zhHeading = await heading(page)
    const zhLabel = await page.locator('[role="progressbar"]').getAttribute('aria-label')
    await page.keyboard.press('l')
    const after = await position(page)
    expect(after).toMatchObject({ slide: before.slide, step: before.step, lang: 'en' })
    const enHeading = await heading(page)
    const deck = builtDeck()
    expect(zhHeading).toBe(deck.slides[before.slide - 1]!.title.zh)
    expect(enHeading).toBe(deck.slides[before.slide - 1]!.title.en)
    expect(await page.locator('[role="progressbar"]').getAttribute('aria-label')).not.toBe(zhLabel)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    const cjkLeft = await page
      .locator('[data-slide-number] article')
      .last()
      .evaluate((el) => /[\u4e00-\u9fff]/.test(el.textContent ?? ''))
    expect(cjkLeft).toBe(false)
  })

  it('shows both languages with Shift+L', async () => {
    const page = await deckPage('?lang=en#/2')
    await page.keyboard.press('Shift+L')
    expect((await position(page)).bilingual).toBe(true)
    const secondary = page.locator('[data-slide-number] article h1 .secondary').last()
    await expect(secondary.textContent()).resolves.toBe(builtDeck().slides[1]!.title.zh)
    await expect(secondary.getAttribute('lang')).resolves.toBe('zh-CN')
  })

  it('opens a deep link in the language it names', async () => {
    const page = await deckPage('?lang=en#/7')
    expect(await position(page)).toMatchObject({ slide: Math.min(7, builtStepCounts().length), step: 0, lang: 'en' })
    await expect(heading(page)).resolves.toBe(builtDeck().slides[Math.min(7, builtStepCounts().length) - 1]!.title.en)
  })

  it('remembers the language in the web edition', async () => {
    const context = await h.browser.newContext()
    const first = await openDeck(context, h.base, '')
    await first.page.keyboard.press('l')
    await first.page.waitForTimeout(100)
    await first.page.close()
    const again = await openDeck(context, h.base, '')
    open.push(first, again)
    expect((await position(again.page)).lang).toBe('en')
    expect(await again.page.evaluate(() => localStorage.getItem('wuhai-briefing.settings'))).toContain('"lang":"en"')
    await context.close()
  })

  it('lists the keys in the current language with ? and closes on any key', async () => {
    const page = await deckPage('?lang=en')
    await page.keyboard.press('?')
    const help = page.locator('[data-help]')
    await expect(help.textContent()).resolves.toContain('Keyboard and clicker controls')
    await expect(help.textContent()).resolves.toContain('PageDown')
    expect(await backgroundAlpha(help), 'the slide does not show through the help').toBe(1)
    await page.keyboard.press('x')
    await help.waitFor({ state: 'detached' })
    await page.keyboard.press('l')
    await page.keyboard.press('h')
    await expect(page.locator('[data-help]').textContent()).resolves.toContain('键盘与遥控器操作')
  })

  it('advances on a tap on the right, goes back on the left, and ignores the wheel', async () => {
    const page = await deckPage('#/2', { width: 1280, height: 720 })
    await page.mouse.wheel(0, 400)
    await page.waitForTimeout(100)
    expect((await position(page)).slide).toBe(2)
    const counts = builtStepCounts()
    // Below the stat tile: a click on a tile asks where its number comes from instead.
    await page.mouse.click(1000, 600)
    expect(await position(page)).toMatchObject(counts[1]! > 0 ? { slide: 2, step: 1 } : { slide: 3, step: 0 })
  })
})
