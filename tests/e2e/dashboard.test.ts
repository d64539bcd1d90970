// The results dashboard on a big screen: every panel in Chinese, English and both, at 1080p and
// 4K, each text inside its panel and clear of the others, nothing under 28 canvas pixels, and the
// panels entering one after another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openDeck, startHarness, type Harness, type PageWatch } from './harness'

let h: Harness
const watches: PageWatch[] = []
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  for (const watch of watches) {
    expect(watch.errors).toEqual([])
    expect(watch.outsideRequests).toEqual([])
  }
  await h?.close()
})

interface Box {
  x: number
  y: number
  w: number
  h: number
  what: string
}

/** Every text box per panel (HTML text and the charts' SVG text), the panel boxes, and the smallest font in canvas pixels. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const scale = Number(document.querySelector('[data-scale]')!.getAttribute('data-scale'))
    const box = (el: Element, what: string) => {
      const r = el.getBoundingClientRect()
      return { x: r.x, y: r.y, w: r.width, h: r.height, what }
    }
    let minFont = Infinity
    const panels = [...document.querySelectorAll('[data-panel]')].map((panel) => {
      const texts: Box[] = []
      for (const el of panel.querySelectorAll('[data-text]')) {
        // the element's line boxes, so that its own empty area does not count
        const range = document.createRange()
        range.selectNodeContents(el)
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
        const r = rects.reduce(
          (a, b) => ({
            left: Math.min(a.left, b.left),
            top: Math.min(a.top, b.top),
            right: Math.max(a.right, b.right),
            bottom: Math.max(a.bottom, b.bottom),
          }),
          { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity },
        )
        // across: the text's own extent; down: its block (a glyph's content area overhangs its line box)
        const block = el.getBoundingClientRect()
        texts.push({ x: r.left, y: block.top, w: r.right - r.left, h: block.height, what: el.textContent ?? '' })
        // the size of every element that sets text of its own
        for (const node of [el, ...el.querySelectorAll('*')])
          if ([...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim()))
            minFont = Math.min(minFont, parseFloat(getComputedStyle(node).fontSize))
      }
      for (const text of panel.querySelectorAll('svg text')) {
        if (!text.textContent?.trim()) continue
        const size = parseFloat(getComputedStyle(text).fontSize)
        if (size) minFont = Math.min(minFont, size)
        // down: the em box, centred in the line's content area (which overhangs the line spacing)
        const r = box(text, text.textContent)
        const em = size * scale
        texts.push({ ...r, y: r.y + (r.h - em) / 2, h: em })
      }
      return { id: panel.getAttribute('data-panel')!, box: box(panel, 'panel'), texts }
    })
    const canvas = box(document.querySelector('[data-scale]')!, 'canvas')
    return { scale, panels, canvas, minFont }
  }) as Promise<{
    scale: number
    panels: Array<{ id: string; box: Box; texts: Box[] }>
    canvas: Box
    minFont: number
  }>
}

const inside = (a: Box, b: Box, slack = 1) =>
  a.x >= b.x - slack && a.y >= b.y - slack && a.x + a.w <= b.x + b.w + slack && a.y + a.h <= b.y + b.h + slack
const overlap = (a: Box, b: Box, slack = 1) =>
  a.x + slack < b.x + b.w && b.x + slack < a.x + a.w && a.y + slack < b.y + b.h && b.y + slack < a.y + a.h

async function dashboard(lang: string, viewport: { width: number; height: number }, motion = false) {
  const opened = await openDeck(
    h.browser,
    h.base,
    `?view=dashboard&lang=${lang}${motion ? '' : '&motion=reduce'}`,
    viewport,
  )
  watches.push(opened.watch)
  const page = opened.page
  await page.waitForFunction(() => document.querySelectorAll('[data-panel][data-entered="true"]').length === 10)
  // every chart drawn (a ring's value, a bar's value)
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-chart-visual]')].every((c) => c.querySelector('svg text')),
  )
  await page.waitForTimeout(motion ? 2500 : 300)
  return page
}

describe('the results dashboard', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ])
    for (const lang of ['zh', 'en', 'bi'])
      it(`${lang} at ${viewport.width}×${viewport.height}: every panel, nothing clipped or overlapping, no text under 28 px`, async () => {
        const page = await dashboard(lang, viewport)
        const seen = await layout(page)
        expect(seen.scale).toBeCloseTo(viewport.width / 1920, 3)
        expect(seen.panels.map((p) => p.id)).toHaveLength(10)
        expect(seen.minFont).toBeGreaterThanOrEqual(28)
        expect(await page.locator('[data-chart-visual]').count()).toBe(6)
        for (const panel of seen.panels) {
          expect(inside(panel.box, seen.canvas), `panel ${panel.id} on the screen`).toBe(true)
          expect(panel.texts.length).toBeGreaterThanOrEqual(3)
          for (const text of panel.texts)
            expect(inside(text, panel.box), `"${text.what}" inside panel ${panel.id}`).toBe(true)
          for (let i = 0; i < panel.texts.length; i++)
            for (let j = i + 1; j < panel.texts.length; j++)
              expect(
                overlap(panel.texts[i]!, panel.texts[j]!, 2 * seen.scale),
                `"${panel.texts[i]!.what}" and "${panel.texts[j]!.what}" in panel ${panel.id}`,
              ).toBe(false)
        }
        for (let i = 0; i < seen.panels.length; i++)
          for (let j = i + 1; j < seen.panels.length; j++)
            expect(overlap(seen.panels[i]!.box, seen.panels[j]!.box)).toBe(false)
        const text = await page.locator('[data-dashboard]').innerText()
        if (lang === 'en') expect(text).toContain('(derived)')
        else expect(text).toContain('推算值')
        if (lang === 'bi') expect(text).toContain('Clearance rates')
      })

  it('shows every value from the content, and its panels enter one after another', async () => {
    const opened = await openDeck(h.browser, h.base, '?view=dashboard&lang=en')
    watches.push(opened.watch)
    const page = opened.page
    const entered: number[] = []
    for (let i = 0; i < 40 && entered.at(-1) !== 10; i++) {
      entered.push(await page.locator('[data-panel][data-entered="true"]').count())
      await page.waitForTimeout(60)
    }
    expect(entered.at(-1)).toBe(10)
    // at some moment some panels were in and others not yet
    expect(entered.some((n) => n > 0 && n < 10)).toBe(true)
    await page.waitForTimeout(2500)
    const text = await page.locator('[data-dashboard]').innerText()
    for (const value of [
      '−51.9%',
      '5,453',
      'about 2,623',
      '100%',
      '69.4%',
      '−40.4%',
      '75,890',
      'two',
      '240,000',
      '119',
    ])
      expect(text.includes(value) || (await page.locator(`svg text:has-text("${value}")`).count()) > 0, value).toBe(
        true,
      )
  })
})
