// The opening slide the build writes into the page: on screen before the app has read its report,
// in the window's language and theme, the same picture as the app's own, and handed over without
// its entrance starting again. Where the window starts anywhere else it is not in the page at all.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  builtDeck,
  builtStepCounts,
  cspViolations,
  recordViolations,
  startHarness,
  waitForPosition,
  type Harness,
} from './harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

const title = builtDeck().slides[0]!.title

/** A page whose report is held back until `release()`: what shows until then is the written-in slide. */
async function held(path: string, viewport = { width: 1280, height: 720 }, stored?: object) {
  const context = await h.browser.newContext({ viewport })
  await context.addInitScript(recordViolations)
  if (stored)
    await context.addInitScript((text) => localStorage.setItem('wuhai-briefing.settings', text), JSON.stringify(stored))
  const page = await context.newPage()
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/content/deck.json', async (route) => {
    await gate
    await route.continue()
  })
  await page.goto(h.base + path)
  await page.locator('[data-first-paint]').waitFor({ state: 'visible' })
  return { page, release, close: () => context.close() }
}

const openingState = (page: Page) =>
  page.evaluate(() => {
    const layers = [...document.querySelectorAll<HTMLElement>('[data-first-paint]')]
    const canvas = layers[0]?.querySelector('[data-scale]')?.getBoundingClientRect()
    return {
      variants: layers.map((layer) => layer.dataset.firstPaint),
      theme: document.documentElement.dataset.theme,
      heading: layers[0]?.querySelector('h1')?.textContent,
      canvas: canvas && { left: canvas.left, top: canvas.top, width: canvas.width, height: canvas.height },
      appStarted: document.querySelector('[data-deck-ready]') !== null,
    }
  })

describe('the written-in opening slide', () => {
  it.each([
    ['?lang=zh', 'zh', 'light', title.zh],
    ['?lang=en&theme=dark', 'en', 'dark', title.en],
    ['?lang=bi', 'zh-bi', 'light', title.zh + title.en],
  ])(
    '%s: shows one variant, in its theme, fitted to the window, before the app has its report',
    async (path, variant, theme, heading) => {
      const { page, close } = await held(path, { width: 1024, height: 768 })
      const state = await openingState(page)
      expect(state).toMatchObject({ variants: [variant], theme, heading, appStarted: false })
      // 1920×1080 fitted into 1024×768: the full width, centred vertically.
      expect(state.canvas).toEqual({ left: 0, top: 96, width: 1024, height: 576 })
      expect(await cspViolations(page)).toEqual([])
      await close()
    },
  )

  it('takes the language and theme from the web edition’s stored settings', async () => {
    const { page, close } = await held('', undefined, { lang: 'en', theme: 'dark' })
    expect(await openingState(page)).toMatchObject({ variants: ['en'], theme: 'dark', heading: title.en })
    await close()
  })

  it.each([
    ['?lang=zh', { width: 1280, height: 720 }],
    ['?lang=en&theme=dark', { width: 1024, height: 768 }],
  ])('%s at %o: the app’s own slide is the same picture', async (path, viewport) => {
    const { page, release, close } = await held(path, viewport)
    // Past the entrance, which ends within a second.
    await page.waitForTimeout(1200)
    const before = await page.screenshot()
    release()
    await page.locator('[data-deck-ready]').waitFor({ state: 'attached' })
    expect(await page.locator('[data-first-paint]').count()).toBe(0)
    expect(await page.locator('[data-slide-number]').count()).toBe(1)
    await page.waitForTimeout(300)
    expect((await page.screenshot()).equals(before)).toBe(true)
    await close()
  })

  it('hands over mid-entrance: the app’s slide carries on from where the entrance had got to', async () => {
    const { page, release, close } = await held('?lang=zh')
    await page.waitForTimeout(300)
    release()
    await page.locator('[data-deck-ready]').waitFor({ state: 'attached' })
    const times = await page.evaluate(() =>
      [...document.querySelectorAll('#app [data-slide-number] *')].flatMap((el) =>
        el.getAnimations().map((animation) => Number(animation.currentTime)),
      ),
    )
    expect(times.length).toBeGreaterThanOrEqual(4)
    for (const time of times) expect(time).toBeGreaterThanOrEqual(300)
    await close()
  })

  it('keeps the keys pressed while it is up, and the app acts on them once it has taken over', async () => {
    const { page, release, close } = await held('?lang=zh')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    release()
    // Two moves on from the first slide: its one stop, then the next slide's first step or the slide after.
    if (builtStepCounts()[1]! > 0) await waitForPosition(page, 2, 1)
    else await waitForPosition(page, 3, 0)
    await close()
  })

  it('goes where the app’s script cannot load, rather than stay as a slide that takes no keys', async () => {
    const context = await h.browser.newContext()
    const page = await context.newPage()
    await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort())
    await page.goto(h.base + '?lang=zh')
    await page.waitForFunction(() => document.querySelector('[data-first-paint]') === null)
    expect(await page.locator('[data-deck-ready]').count()).toBe(0)
    await context.close()
  })

  it.each(['?view=presenter', '?kiosk=1', '?lang=en#/5', '?motion=reduce', '?progress=0'])(
    '%s: is out of the page before its first paint',
    async (path) => {
      const context = await h.browser.newContext()
      await context.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          ;(window as unknown as { __layers: number }).__layers = document.querySelectorAll('[data-first-paint]').length
        })
      })
      const page = await context.newPage()
      await page.goto(h.base + path)
      await page.locator('[data-deck-ready]').waitFor({ state: 'attached' })
      expect(await page.evaluate(() => (window as unknown as { __layers: number }).__layers)).toBe(0)
      await context.close()
    },
  )
})
