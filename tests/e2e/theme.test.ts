// The light and the dark theme: T, ?theme=, remembered across starts, kiosk dark, print light, and
// charts re-coloured in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { themes } from '../../src/styles/palette'
import { builtDeck, openDeck, startHarness, waitForPosition, type Harness, type PageWatch } from './harness'

let h: Harness
let context: BrowserContext
const watches: PageWatch[] = []
beforeAll(async () => {
  h = await startHarness()
  context = await h.browser.newContext()
})
afterAll(async () => {
  for (const watch of watches) expect(watch.errors).toEqual([])
  await context?.close()
  await h?.close()
})

async function open(path: string, where: BrowserContext = context): Promise<Page> {
  const { page, watch } = await openDeck(where, h.base, path)
  watches.push(watch)
  return page
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme)
const slideGround = (page: Page) =>
  page
    .locator('[data-slide-number] article > div')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor)
const hex = (rgb: string) =>
  '#' +
  (rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()

const chartSlide =
  builtDeck().slides.findIndex((s) => (s.blocks ?? []).some((b) => b.type === 'chart' && b.visual === 'compare')) + 1

/** The fills of the chart's bars and how tall they are drawn. */
const bars = (page: Page) =>
  page.locator('[data-chart-visual="compare"]').evaluate((el) =>
    [...el.querySelectorAll('svg path')]
      .filter((p) => !p.closest('defs, pattern'))
      .map((p) => ({
        fill: (p.getAttribute('fill') ?? '').toUpperCase(),
        height: Math.abs(Number(/^M[-\d.e]+ [-\d.e]+l[-\d.e]+ 0l0 (-?[\d.e]+)l/.exec(p.getAttribute('d') ?? '')?.[1])),
      }))
      .filter((b) => Number.isFinite(b.height) && b.height > 0),
  )

describe('themes', () => {
  it('start light, switch with T to the dark ground and back, and are listed in the help', async () => {
    const page = await open('?motion=reduce#/3')
    expect(await theme(page)).toBe('light')
    expect(hex(await slideGround(page))).toBe(themes.light.paper)
    await page.keyboard.press('t')
    await expect.poll(() => theme(page)).toBe('dark')
    expect(hex(await slideGround(page))).toBe(themes.dark.paper)
    await page.keyboard.press('T')
    await expect.poll(() => theme(page)).toBe('light')
    await page.keyboard.press('h')
    const help = await page.locator('[data-help]').textContent()
    expect(help).toContain('T')
    expect(help).toContain('深色主题')
    await page.close()
  })

  it('zooms a chart on the theme’s own ground, so its dark-theme text stays readable', async () => {
    const page = await open(`?theme=dark&motion=reduce#/${chartSlide}`)
    await page.keyboard.press('z')
    const zoom = page.locator('[data-zoom="chart"]')
    await zoom.waitFor()
    expect(hex(await zoom.evaluate((el) => getComputedStyle(el).backgroundColor))).toBe(themes.dark.paper)
    await page.close()
  })

  it('is remembered for the next start, and ?theme= overrides it', async () => {
    const first = await open('?motion=reduce#/2')
    await first.keyboard.press('t')
    await expect.poll(() => theme(first)).toBe('dark')
    await first.close()
    const again = await open('?motion=reduce#/2')
    await expect.poll(() => theme(again)).toBe('dark')
    await again.close()
    const asked = await open('?motion=reduce&theme=light#/2')
    await expect.poll(() => theme(asked)).toBe('light')
    await asked.close()
  })

  it('starts a kiosk dark and prints light', async () => {
    const fresh = await h.browser.newContext()
    const kiosk = await open('?kiosk=1&motion=reduce', fresh)
    await expect.poll(() => theme(kiosk)).toBe('dark')
    const print = await open('?print=1&theme=dark', fresh)
    await expect.poll(() => theme(print)).toBe('light')
    await fresh.close()
  })

  it('re-colours a chart in place: the bars keep their drawn height, no entrance replays', async () => {
    const fresh = await h.browser.newContext()
    const page = await open(`?lang=zh#/${chartSlide}`, fresh)
    await waitForPosition(page, chartSlide)
    await page.waitForTimeout(2600)
    const before = await bars(page)
    expect(before.some((b) => b.fill === themes.light.series[2])).toBe(true)
    await page.keyboard.press('t')
    await page.waitForTimeout(120)
    const during = await bars(page)
    expect(Math.max(...during.map((b) => b.height))).toBeGreaterThan(Math.max(...before.map((b) => b.height)) * 0.95)
    await page.waitForTimeout(700)
    const after = await bars(page)
    expect(after.some((b) => b.fill === themes.dark.series[2])).toBe(true)
    expect(after.some((b) => b.fill === themes.light.series[2])).toBe(false)
    await fresh.close()
  })
})
