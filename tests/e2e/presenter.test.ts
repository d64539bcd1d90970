// Audience and presenter windows in one browser, kept in step over BroadcastChannel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext } from 'playwright-core'
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

async function pair(context: BrowserContext, query = '?lang=zh') {
  const audience = await openDeck(context, h.base, query)
  const presenter = await openDeck(context, h.base, `${query}${query ? '&' : '?'}view=presenter`, {
    width: 1440,
    height: 900,
  })
  watches.push(audience.watch, presenter.watch)
  return { audience: audience.page, presenter: presenter.page }
}

describe('presenter view', () => {
  it('moves made in either window appear in the other', async () => {
    const context = await h.browser.newContext()
    const { audience, presenter } = await pair(context)
    await presenter.keyboard.press('PageDown')
    await presenter.keyboard.press('PageDown')
    const there = await position(presenter)
    await waitForPosition(audience, there.slide, there.step)
    await audience.keyboard.press('End')
    const end = await position(audience)
    await waitForPosition(presenter, end.slide, end.step)
    await presenter.locator('[data-presenter-prev]').click()
    const back = await position(presenter)
    await waitForPosition(audience, back.slide, back.step)
    await context.close()
  })

  it('counts a slide’s build steps from 1, as the points on screen are counted', async () => {
    const context = await h.browser.newContext()
    const { presenter } = await pair(context, '?lang=en')
    const text = async () => (await presenter.locator('[data-presenter-position]').textContent()) ?? ''
    await presenter.keyboard.type('3')
    await presenter.keyboard.press('Enter')
    await presenter.waitForFunction(() =>
      document.querySelector('[data-presenter-position]')?.textContent?.startsWith('3 / '),
    )
    const total = Number(/Step 1 of (\d+)/.exec(await text())?.[1])
    expect(total).toBeGreaterThan(1)
    for (let step = 2; step <= total; step++) {
      await presenter.keyboard.press('PageDown')
      await presenter.waitForFunction(
        (want) => document.querySelector('[data-presenter-position]')?.textContent?.includes(want),
        `Step ${step} of ${total}`,
      )
    }
    expect(await text()).toMatch(/^3 \/ 35/)
    await context.close()
  })

  it('shows the notes in a language of its own while the audience keeps its language', async () => {
    const context = await h.browser.newContext()
    const { audience, presenter } = await pair(context)
    await presenter.locator('[data-notes-lang="en"]').click()
    const notes = await presenter.locator('[data-notes]').textContent()
    expect(notes).toContain(builtDeck().slides[0]!.notes.en.split('\n')[0])
    expect((await position(audience)).lang).toBe('zh')
    expect((await position(presenter)).lang).toBe('zh')
    await presenter.locator('[data-audience-lang="en"]').click()
    await audience.waitForFunction(
      () => (document.querySelector('[data-slide-number]') as HTMLElement).dataset.lang === 'en',
    )
    await expect(presenter.locator('[data-notes]').getAttribute('lang')).resolves.toBe('en')
    await context.close()
  })

  it('shows the slide in the room’s theme: T in either window changes both', async () => {
    const context = await h.browser.newContext()
    const { audience, presenter } = await pair(context)
    const theme = (page: typeof audience) => page.evaluate(() => document.documentElement.dataset.theme)
    expect([await theme(audience), await theme(presenter)]).toEqual(['light', 'light'])
    await audience.keyboard.press('t')
    await expect.poll(() => theme(presenter)).toBe('dark')
    await presenter.keyboard.press('t')
    await expect.poll(() => theme(audience)).toBe('light')
    expect(await theme(presenter)).toBe('light')
    await context.close()
  })

  it('blanks only the audience screen from the presenter view', async () => {
    const context = await h.browser.newContext()
    const { audience, presenter } = await pair(context)
    await presenter.keyboard.press('b')
    await audience.locator('[data-blank="black"]').waitFor()
    expect(await presenter.locator('[data-blank]').count()).toBe(0)
    await presenter.locator('[data-audience-screen="black"]').waitFor()
    expect(await presenter.locator('[data-presenter] [data-slide-number] article').count()).toBeGreaterThan(0)
    await presenter.keyboard.press('ArrowRight')
    await audience.locator('[data-blank]').waitFor({ state: 'detached' })
    await context.close()
  })

  it('opens the overview and jumps from the presenter view without covering the audience screen', async () => {
    const context = await h.browser.newContext()
    const { audience, presenter } = await pair(context)
    await presenter.keyboard.press('Escape')
    await presenter.locator('[data-overview]').waitFor()
    expect(await audience.locator('[data-overview]').count()).toBe(0)
    await presenter.keyboard.press('ArrowRight')
    await presenter.keyboard.press('ArrowRight')
    await presenter.keyboard.press('Enter')
    await waitForPosition(audience, 3, 0)
    await presenter.keyboard.type('2')
    await presenter.keyboard.press('Enter')
    await waitForPosition(audience, 2, 0)
    await context.close()
  })

  it('keeps the show running when the presenter view closes, and resyncs a reopened one at once', async () => {
    const context = await h.browser.newContext()
    const { audience, presenter } = await pair(context)
    await presenter.keyboard.press('End')
    const end = await position(presenter)
    await waitForPosition(audience, end.slide)
    await presenter.close()
    await audience.keyboard.press('Home')
    await audience.keyboard.press('ArrowRight')
    const now = await position(audience)
    const reopened = await openDeck(context, h.base, '?view=presenter', { width: 1440, height: 900 })
    watches.push(reopened.watch)
    await waitForPosition(reopened.page, now.slide, now.step)
    await context.close()
  })

  it('shows the next stop, and a timer that starts with the first move and outlasts a reload', async () => {
    const context = await h.browser.newContext()
    const { presenter } = await pair(context)
    await expect(presenter.locator('[data-next-slide]').getAttribute('data-next-slide')).resolves.toMatch(/^[12]$/)
    const elapsed = async () => (await presenter.locator('[data-elapsed]').textContent())?.trim()
    const seconds = async () => {
      const [m, s] = (await elapsed())!.split(':').map(Number)
      return m! * 60 + s!
    }
    await presenter.waitForTimeout(1300)
    expect(await elapsed()).toBe('00:00')
    expect(await presenter.locator('[data-timer]').getAttribute('data-running')).toBe('false')
    // No pace to tell before the talk starts.
    expect(await presenter.locator('[data-pace]').getAttribute('data-pace')).toBe('idle')
    // A planned length out of range is not taken; the field shows the plan's again.
    const planned = presenter.locator('[data-pace] input[type="number"]')
    const before = await planned.inputValue()
    await planned.fill('99999')
    await planned.press('Enter')
    await planned.blur()
    expect(await planned.inputValue()).toBe(before)
    await presenter.keyboard.press('PageDown')
    await expect.poll(seconds, { timeout: 4000 }).toBeGreaterThanOrEqual(1)
    expect(await presenter.locator('[data-timer]').getAttribute('data-running')).toBe('true')
    expect(await presenter.locator('[data-pace]').getAttribute('data-pace')).not.toBe('idle')
    const beforeReload = await seconds()
    await presenter.reload()
    await presenter.waitForSelector('[data-deck-settled="true"]', { state: 'attached' })
    expect(await presenter.locator('[data-timer]').getAttribute('data-running')).toBe('true')
    expect(await seconds()).toBeGreaterThanOrEqual(beforeReload)
    await presenter.locator('[data-timer-toggle]').click()
    const paused = await elapsed()
    await presenter.waitForTimeout(1200)
    expect(await elapsed()).toBe(paused)
    await presenter.keyboard.press('PageDown')
    await presenter.waitForTimeout(1200)
    expect(await elapsed(), 'a move does not restart a paused timer').toBe(paused)
    await context.close()
  })
})
