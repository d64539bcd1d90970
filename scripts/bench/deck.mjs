// Timings of a running deck: key press to paint for slide changes and language switches, and the
// long tasks of a full walk with motion on, of language switches and of chart entrances.

import { longTaskRecorder } from './startup.mjs'

/** Opens the audience view and waits until the deck is ready, its fonts loaded, long tasks observed. */
export async function openDeck(browser, url, viewport) {
  const page = await browser.newPage({ viewport })
  await page.addInitScript({ content: longTaskRecorder('__benchLongTasks') })
  await page.goto(url)
  await page.waitForSelector('[data-deck-ready="true"]', { state: 'attached' })
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(1500)
  return page
}

/** Long tasks (durations) that started at or after `since` (page time, ms). */
export function longTasksSince(page, since) {
  return page.evaluate((since) => window.__benchLongTasks.filter((t) => t.start >= since).map((t) => t.duration), since)
}

export const pageNow = (page) => page.evaluate(() => performance.now())

/**
 * A key press, dispatched in the page, to the change painted: the first frame whose animation
 * callbacks find the deck changed is the frame that shows it, and the first task after that frame
 * runs once it is painted. (`toSecondFrameMs` is the older figure: to the second frame after.)
 * For a language switch the change is there when no text of the slide (its texts, chart labels,
 * counter) is still in the old language: no CJK left after a switch to English, no Latin word
 * left that was on screen before a switch to Chinese. Resolves to { ms, toSecondFrameMs, complete }
 * (complete false after 3 s of waiting).
 */
export function pressAndPaint(page, key, changed) {
  return page.evaluate(
    async ([key, changed]) => {
      const stage = () => document.querySelector('[data-slide-number]')
      const state = () => ({
        slide: stage().dataset.slideNumber,
        step: stage().dataset.step,
        lang: stage().dataset.lang,
      })
      const texts = () =>
        [
          ...document.querySelectorAll(
            '[data-slide-number] article .primary, [data-slide-number] article h1, [data-slide-number] article h2, [data-slide-number] svg text, [data-counter]',
          ),
        ].map((el) => (el.textContent ?? '').trim())
      const cjk = /[\u4e00-\u9fff]/
      const latinWord = /[A-Za-z]{3,}/
      const frame = () => new Promise((r) => requestAnimationFrame(r))
      const before = state()
      const oldTexts = new Set(texts().filter((t) => (before.lang === 'zh' ? cjk : latinWord).test(t)))
      const start = performance.now()
      window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
      const done = () => {
        const now = state()
        if (changed !== 'lang') return now.slide !== before.slide || now.step !== before.step
        if (now.lang === before.lang) return false
        const shown = texts()
        if (now.lang === 'en') return shown.every((t) => !cjk.test(t))
        return shown.every((t) => !oldTexts.has(t))
      }
      let complete = true
      for (;;) {
        await frame()
        if (done()) break
        if (performance.now() - start > 3000) {
          complete = false
          break
        }
      }
      await new Promise((r) => setTimeout(r, 0))
      const ms = performance.now() - start
      await frame()
      await frame()
      return { ms, toSecondFrameMs: performance.now() - start, complete }
    },
    [key, changed],
  )
}

const deckState = (page) => page.evaluate(() => window.__briefing.deck())
const hasChart = (page) => page.locator('[data-slide-number] [data-chart-visual]').count()

/**
 * A full walk of the deck with motion on: PageDown from the first slide to the last step of the
 * last, each change timed, long tasks collected; a slide with a chart is given time for its
 * entrance, any other for its own.
 */
export async function walk(page) {
  const since = await pageNow(page)
  const changes = []
  let chartSlides = 0
  let last = JSON.stringify(await deckState(page))
  for (let i = 0; i < 500; i++) {
    const change = await pressAndPaint(page, 'PageDown', 'place')
    if (!change.complete) break
    const now = JSON.stringify(await deckState(page))
    if (now === last) break
    last = now
    changes.push(change)
    const chart = (await hasChart(page)) > 0
    if (chart) chartSlides++
    await page.waitForTimeout(chart ? 1400 : 700)
  }
  return { changes, chartPositions: chartSlides, longTasks: await longTasksSince(page, since) }
}

/**
 * Language switches (key `l`) on several slides, a PageDown after every second switch; long tasks
 * count from each press to 400 ms after it (the slide changes between them are not switches).
 */
export async function languageSwitches(page, count) {
  const switches = []
  const longTasks = []
  for (let i = 0; i < count; i++) {
    const since = await pageNow(page)
    switches.push(await pressAndPaint(page, 'l', 'lang'))
    await page.waitForTimeout(400)
    longTasks.push(...(await longTasksSince(page, since)))
    if (i % 2 === 1) {
      await page.keyboard.press('PageDown')
      await page.waitForTimeout(1400)
    }
  }
  return { switches, longTasks }
}

/** Long tasks while each chart slide plays its entrance, reached by its address (not by stepping). */
export async function chartEntrances(page) {
  const total = await page.evaluate(() =>
    Number(document.querySelector('[data-counter]')?.textContent?.split('/')[1] ?? 30),
  )
  const durations = []
  /** The slides whose entrance had a long task, so that a rare one can be looked into. */
  const slidesWithLongTasks = []
  let chartSlides = 0
  for (let n = 1; n <= total; n++) {
    await page.waitForTimeout(300)
    const since = await pageNow(page)
    await page.evaluate((n) => (location.hash = `#/${n}`), n)
    await page.waitForTimeout(80)
    if (await hasChart(page)) {
      chartSlides++
      await page.waitForTimeout(1600)
      const tasks = await longTasksSince(page, since)
      if (tasks.length) slidesWithLongTasks.push(n)
      durations.push(...tasks)
    }
  }
  return { chartSlides, longTasks: durations, slidesWithLongTasks }
}
