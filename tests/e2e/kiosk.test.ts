// The unattended lobby screen: it plays by itself, alternates languages, pauses for a visitor and
// comes back, swallows every key but browsing, and leaves kiosk mode only with the PIN.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import {
  backgroundAlpha,
  builtDeck,
  builtStepCounts,
  openDeck,
  position,
  startHarness,
  type Harness,
  type PageWatch,
} from './harness'

let h: Harness
const open: Array<{ page: Page; watch: PageWatch }> = []
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  for (const { watch } of open) {
    expect(watch.errors).toEqual([])
    expect(watch.outsideRequests).toEqual([])
  }
  await h?.close()
})

/** Records every place the stage shows ("slide.step.lang", 1-based slide) and every key press with whether its default was prevented. */
const recordTrail = () => {
  const w = window as unknown as { __trail: string[]; __keys: Array<[string, boolean]> }
  w.__trail = []
  w.__keys = []
  const note = () => {
    const stage = document.querySelector('[data-slide-number]') as HTMLElement | null
    if (!stage) return
    const place = `${stage.dataset.slideNumber}.${stage.dataset.step}.${stage.dataset.lang}`
    if (w.__trail.at(-1) !== place) w.__trail.push(place)
  }
  new MutationObserver(note).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-slide-number', 'data-step', 'data-lang'],
  })
  // Registered before the app's listeners; reads the outcome once the event has been handled.
  window.addEventListener(
    'keydown',
    (event) => setTimeout(() => w.__keys.push([event.key, event.defaultPrevented])),
    true,
  )
}

async function kioskPage(path: string, viewport?: { width: number; height: number }) {
  const context = await h.browser.newContext()
  await context.addInitScript(recordTrail)
  const opened = await openDeck(context, h.base, path, viewport)
  open.push(opened)
  return opened.page
}

const trail = (page: Page) => page.evaluate(() => (window as unknown as { __trail: string[] }).__trail)
const kioskState = (page: Page) => page.locator('[data-kiosk]').getAttribute('data-kiosk')

async function waitForTrail(page: Page, place: string, timeout = 20_000) {
  await page.waitForFunction((p) => (window as unknown as { __trail: string[] }).__trail.includes(p), place, {
    timeout,
  })
}

/** Every stop of the tour in order, as the trail writes it. */
function stops(lang: string): string[] {
  return builtStepCounts().flatMap((steps, slide) =>
    Array.from({ length: steps + 1 }, (_, step) => `${slide + 1}.${step}.${lang}`),
  )
}

describe('kiosk mode', () => {
  it('plays by itself: every build step, then the next slide, with a progress line and no counter or cursor', async () => {
    const page = await kioskPage('?kiosk=1&dwell=0.2&idle=30&lang=zh')
    const expected = stops('zh').slice(0, Math.min(12, stops('zh').length))
    await waitForTrail(page, expected.at(-1)!)
    expect((await trail(page)).slice(0, expected.length)).toEqual(expected)
    expect(await kioskState(page)).toBe('playing')
    expect(await page.locator('[role="progressbar"][aria-label="自动播放中"]').count()).toBe(1)
    expect(await page.locator('[data-counter]').count()).toBe(0)
    expect(await page.locator('[data-slide-number]').evaluate((el) => getComputedStyle(el).cursor)).toBe('none')
  })

  it('after the last slide wraps to slide 1 in the next language, and charts do not pile up', async () => {
    const total = builtStepCounts().length
    const page = await kioskPage(`?kiosk=1&dwell=0.2&idle=30&lang=zh&scenes=tour:zh,tour:en#/${total - 1}`)
    await waitForTrail(page, '2.0.en')
    const seen = await trail(page)
    const last = seen.indexOf(`${total}.${builtStepCounts().at(-1)}.zh`)
    expect(last).toBeGreaterThanOrEqual(0)
    expect(seen[last + 1]).toBe('1.0.en')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    const charts = await page.evaluate(() => ({
      live: (window as unknown as { __briefing: { liveCharts(): number } }).__briefing.liveCharts(),
      boxes: document.querySelectorAll('[data-chart-visual]').length,
    }))
    expect(charts.live).toBeLessThanOrEqual(charts.boxes)
  })

  it('pauses while a visitor browses; each interaction restarts the wait; then returns to slide 1 in the language the tour was in and plays on', async () => {
    const page = await kioskPage('?kiosk=1&dwell=0.2&idle=3&lang=en#/3', { width: 1024, height: 768 })
    await page.waitForFunction(() => (window as unknown as { __trail: string[] }).__trail.length >= 3)
    // Taken before the interaction: the wait counts from the event, which comes after.
    const tapped = Date.now()
    await page.mouse.click(900, 400)
    expect(await kioskState(page)).toBe('paused')
    const hint = page.locator('[data-kiosk-hint]')
    await expect(hint.textContent()).resolves.toBe('Tap or swipe to browse · the tour resumes automatically')
    const [box, canvas] = await Promise.all([hint.boundingBox(), page.locator('[data-scale]').boundingBox()])
    expect(box!.x).toBeGreaterThanOrEqual(canvas!.x)
    expect(box!.x + box!.width).toBeLessThanOrEqual(canvas!.x + canvas!.width)
    expect(await page.locator('[role="progressbar"]').count()).toBe(0)

    const browsed = await position(page)
    await page.waitForTimeout(1500)
    expect(await position(page)).toEqual(browsed)
    const pressed = Date.now()
    await page.keyboard.press('ArrowRight')
    const stepped = await position(page)
    expect(stepped).not.toEqual(browsed)
    // past the idle time counted from the tap, not yet from the key press
    await page.waitForTimeout(2250)
    expect(await position(page)).toEqual(stepped)
    expect(await kioskState(page)).toBe('paused')

    await page.waitForFunction(
      () => document.querySelector('[data-kiosk]')?.getAttribute('data-kiosk') === 'playing',
      null,
      { timeout: 5000 },
    )
    expect(Date.now() - pressed).toBeGreaterThanOrEqual(2900)
    expect(Date.now() - tapped).toBeGreaterThanOrEqual(4400)
    const after = (await trail(page)).slice((await trail(page)).lastIndexOf(`${stepped.slide}.${stepped.step}.en`) + 1)
    expect(after[0]).toBe('1.0.en')
    await waitForTrail(page, stops('en')[1]!, 5000)
  })

  it('swallows reload, devtools, print, Esc, L and the presenter’s other keys', async () => {
    const page = await kioskPage('?kiosk=1&dwell=60&idle=30&lang=zh#/2')
    await page.evaluate(() => ((window as unknown as { __marker: string }).__marker = 'still here'))
    const before = await position(page)
    const keys = [
      'F5',
      'Shift+F5',
      'Control+r',
      'Control+Shift+R',
      'F11',
      'F12',
      'Control+p',
      'Control+Shift+I',
      'Control+Shift+J',
      'Control+w',
      'Escape',
      'o',
      'l',
      'Shift+L',
      's',
      'b',
      'w',
      'f',
      '?',
      'h',
      'End',
      '3',
      'Backspace',
    ]
    for (const key of keys) await page.keyboard.press(key)
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBe('still here')
    expect(await position(page)).toEqual(before)
    expect(await page.locator('[data-overview], [data-help], [data-blank], [data-jump]').count()).toBe(0)
    expect(page.context().pages()).toHaveLength(1)
    expect(await kioskState(page)).toBe('playing')
    const handled = await page.evaluate(() => (window as unknown as { __keys: Array<[string, boolean]> }).__keys)
    expect(handled.length).toBeGreaterThanOrEqual(keys.length)
    expect(handled.filter(([, prevented]) => !prevented)).toEqual([])

    await page.keyboard.press('PageDown')
    expect(await position(page)).not.toEqual(before)
    expect(await kioskState(page)).toBe('paused')
  })

  it('asks for the PIN on Ctrl+Shift+Alt+X: a wrong one stays, Esc cancels, the right one leaves kiosk mode', async () => {
    const page = await kioskPage('?kiosk=1&dwell=60&idle=30&lang=en#/2')
    const prompt = page.locator('[data-pin-prompt]')
    await page.keyboard.press('Control+Shift+Alt+X')
    await prompt.waitFor()
    expect(await kioskState(page)).toBe('pin')
    await page.keyboard.type('1234')
    expect(await prompt.locator('[data-pin-length]').getAttribute('data-pin-length')).toBe('4')
    expect(await prompt.textContent()).not.toContain('1234')
    await page.keyboard.press('Enter')
    await expect(prompt.locator('[data-pin-message]').textContent()).resolves.toBe('Wrong PIN; try again')
    expect(await prompt.locator('[data-pin-length]').getAttribute('data-pin-length')).toBe('0')
    expect(page.url()).toContain('kiosk=1')
    await page.keyboard.press('Escape')
    await prompt.waitFor({ state: 'detached' })
    expect((await position(page)).slide).toBe(2)

    await page.keyboard.press('Control+Shift+Alt+X')
    await prompt.waitFor()
    await page.keyboard.type('0000')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => !url.search.includes('kiosk'))
    expect(new URL(page.url()).search).toBe('?lang=en')
    await page.waitForSelector('[data-deck-ready="true"]', { state: 'attached' })
    expect(await page.locator('[data-kiosk]').count()).toBe(0)
    await page.locator('[data-counter]').waitFor()
  })
})

describe('kiosk touch controls, scenes and hours', () => {
  async function touchPage(path: string) {
    const context = await h.browser.newContext({ hasTouch: true })
    await context.addInitScript(recordTrail)
    const opened = await openDeck(context, h.base, path)
    open.push(opened)
    return opened.page
  }

  it('a tap on English switches a Chinese kiosk; Parts then part 3 shows part 3; after the idle time the tour resumes in Chinese', async () => {
    const page = await touchPage('?kiosk=1&dwell=60&idle=3&lang=zh#/2')
    for (const control of ['zh', 'en', 'parts']) {
      const box = (await page.locator(`[data-kiosk-control="${control}"]`).boundingBox())!
      expect(box.height).toBeGreaterThanOrEqual(64)
      expect(box.width).toBeGreaterThanOrEqual(64)
    }
    expect(await page.locator('[data-kiosk-control="back"]').count()).toBe(0)

    await page.tap('[data-kiosk-control="en"]')
    expect(await position(page)).toMatchObject({ slide: 2, lang: 'en' })
    expect(await kioskState(page)).toBe('paused')
    await page.locator('[data-kiosk-control="back"]').waitFor()

    await page.tap('[data-kiosk-control="parts"]')
    const menu = page.locator('[data-kiosk-menu]')
    await menu.waitFor()
    expect(await menu.locator('[data-kiosk-part]').count()).toBe(11)
    expect(await backgroundAlpha(menu), 'the slide and the kiosk buttons do not show through the menu').toBe(1)
    for (const box of await menu
      .locator('button')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
      expect(box).toBeGreaterThanOrEqual(64)
    await page.tap('[data-kiosk-part="3"]')
    await menu.waitFor({ state: 'detached' })
    const partThree = builtDeck().slides.findIndex((s) => s.layout === 'section' && s.section === 3) + 1
    expect(await position(page)).toMatchObject({ slide: partThree, lang: 'en' })
    expect(await kioskState(page)).toBe('paused')

    await page.waitForFunction(
      () => document.querySelector('[data-kiosk]')?.getAttribute('data-kiosk') === 'playing',
      null,
      { timeout: 6000 },
    )
    expect(await position(page)).toMatchObject({ slide: 1, step: 0, lang: 'zh' })
    expect(await page.locator('[data-kiosk-control="back"]').count()).toBe(0)
  })

  it('“back to the tour” ends the browse at once; the dashboard can be picked from the menu', async () => {
    const page = await touchPage('?kiosk=1&dwell=60&idle=30&lang=en#/5')
    await page.tap('[data-kiosk-control="parts"]')
    await page.tap('[data-kiosk-part="dashboard"]')
    await page.locator('[data-dashboard]').waitFor()
    expect(await page.locator('[data-kiosk]').getAttribute('data-kiosk-screen')).toBe('dashboard')
    await page.tap('[data-kiosk-control="back"]')
    await page.waitForFunction(() => document.querySelector('[data-kiosk]')?.getAttribute('data-kiosk') === 'playing')
    expect(await position(page)).toMatchObject({ slide: 1, step: 0, lang: 'en' })
  })

  it('plays its scenes in turn: the tour and the dashboard alternate, each in its language', async () => {
    const page = await kioskPage(
      '?kiosk=1&dwell=0.2&idle=30&lang=zh&scenes=tour:zh@2,dashboard@2,tour:en@2,dashboard@2',
    )
    await page.evaluate(() => {
      const w = window as unknown as { __scenes: string[] }
      w.__scenes = []
      const note = () => {
        const scene = document.querySelector('[data-kiosk]')?.getAttribute('data-kiosk-scene')
        if (scene && w.__scenes.at(-1) !== scene) w.__scenes.push(scene)
      }
      note()
      new MutationObserver(note).observe(document, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-kiosk-scene'],
      })
    })
    await page.waitForFunction(() => (window as unknown as { __scenes: string[] }).__scenes.length >= 5, null, {
      timeout: 20_000,
    })
    const scenes = await page.evaluate(() => (window as unknown as { __scenes: string[] }).__scenes)
    expect(scenes.slice(0, 5)).toEqual(['tour:zh#0', 'dashboard:zh#1', 'tour:en#2', 'dashboard:en#3', 'tour:zh#0'])
    expect(await page.locator('[data-kiosk]').getAttribute('data-kiosk-loops')).toBe('1')
  })

  it('outside its opening hours shows a black screen; inside them it plays', async () => {
    const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
    const today = new Date().getDay()
    const closed = await kioskPage(`?kiosk=1&lang=zh&hours=${days[(today + 2) % 7]}+08:00-09:00`)
    await closed.locator('[data-kiosk-closed]').waitFor()
    expect(await kioskState(closed)).toBe('closed')
    expect(await closed.locator('[data-slide-number]').count()).toBe(0)
    // the operator can still leave kiosk mode
    await closed.keyboard.press('Control+Shift+Alt+X')
    await closed.locator('[data-pin-prompt]').waitFor()
    const openPage = await kioskPage(`?kiosk=1&lang=zh&hours=${days[today]}+00:00-24:00`)
    expect(await kioskState(openPage)).toBe('playing')
    expect(await openPage.locator('[data-kiosk-closed]').count()).toBe(0)
  })
})
