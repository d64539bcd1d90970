// The web edition as a user's browser sees it: no errors, nothing from the network, the bundled
// font, and a 16:9 canvas that fits any window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startupProbe } from '../../scripts/bench/startup.mjs'
import { builtStepCounts, cspViolations, openDeck, startHarness, waitForPosition, type Harness } from './harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

describe('web edition shell', () => {
  it('renders the first slide with no console errors and no CSP violations', async () => {
    const { page, watch } = await openDeck(h.browser, h.base)
    await expect(page.locator('[data-slide-number="1"] article h1').first().textContent()).resolves.toMatch(/\S/)
    await page.waitForTimeout(500)
    expect(watch.errors).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    await page.close()
  })

  it('sends the CSP in the page itself', async () => {
    const { page } = await openDeck(h.browser, h.base)
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    await page.close()
  })

  it('requests nothing but the local server during a walk through every slide', async () => {
    const { page, watch } = await openDeck(h.browser, h.base, '?lang=en')
    const counts = builtStepCounts()
    const stops = counts.reduce((sum, steps) => sum + steps + 1, 0)
    const frame = () => page.evaluate(() => new Promise((painted) => requestAnimationFrame(painted)))
    for (let i = 1; i < stops; i++) {
      await page.keyboard.press('PageDown')
      await frame()
    }
    await waitForPosition(page, counts.length, counts.at(-1))
    await page.keyboard.press('l')
    await page.keyboard.press('Escape')
    await page.waitForTimeout(800)
    expect(watch.outsideRequests).toEqual([])
    expect(watch.errors).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    await page.close()
  })

  it('draws Chinese with the bundled Noto Sans SC, not a fallback', async () => {
    const { page } = await openDeck(h.browser, h.base, '?lang=zh')
    const client = await page.context().newCDPSession(page)
    await client.send('DOM.enable')
    await client.send('CSS.enable')
    const { root } = await client.send('DOM.getDocument')
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'article h1 .primary' })
    const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId })
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) {
      expect(font.familyName).toMatch(/Noto Sans SC/)
      expect(font.isCustomFont).toBe(true)
    }
    const fontFiles = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => name.endsWith('.woff2') || name.endsWith('.woff')),
    )
    expect(fontFiles.length).toBeGreaterThan(0)
    for (const file of fontFiles) {
      expect(file.startsWith(h.base)).toBe(true)
      expect(file.endsWith('.woff2')).toBe(true)
    }
    await page.close()
  })

  it('shows the first slide without zod: a first start has nothing to check, and stored settings still are', async () => {
    const context = await h.browser.newContext()
    const page = await context.newPage()
    // Held back for good: the first slide must come without it.
    await page.route('**/assets/zod-*.js', () => {})
    await page.goto(h.base + '?lang=zh')
    await page.waitForSelector('[data-deck-ready] [data-slide-number] article', { state: 'attached' })
    expect(await page.locator('[data-slide-number] article').first().textContent()).toMatch(/\S/)
    await page.evaluate(() =>
      localStorage.setItem('wuhai-briefing.settings', JSON.stringify({ lang: 'en', theme: 'neon' })),
    )
    await page.close()

    // Settings saved by that start are read, through the schema, by the next.
    const next = await context.newPage()
    const warnings: string[] = []
    next.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())))
    const zodLoads: string[] = []
    next.on(
      'requestfinished',
      (request) => void (/\/assets\/zod-[^/]*\.js$/.test(request.url()) && zodLoads.push(request.url())),
    )
    await next.goto(h.base)
    await next.waitForSelector('[data-deck-settled="true"]', { state: 'attached' })
    expect(await next.locator('[data-slide-number]').getAttribute('data-lang')).toBe('en')
    expect(warnings.join('\n')).toMatch(/local storage "wuhai-briefing\.settings".*theme/)
    expect(zodLoads).toHaveLength(1)
    await context.close()
  })

  it('starts a link past the last slide on the first one, with a warning, not on the closing slide', async () => {
    const page = await h.browser.newPage()
    const warnings: string[] = []
    page.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())))
    await page.goto(h.base + '?lang=en#/999')
    await page.waitForSelector('[data-deck-settled="true"]', { state: 'attached' })
    expect(await page.locator('[data-slide-number]').first().getAttribute('data-slide-number')).toBe('1')
    expect(new URL(page.url()).hash).toBe('#/1')
    expect(warnings.join('\n')).toMatch(/#\/999: the briefing has \d+ slides; starting at the first slide/)
    await page.close()
  })

  it('comes back to the same slide and build step after a reload', async () => {
    const page = await h.browser.newPage()
    await page.goto(h.base + '?lang=en#/3')
    await page.waitForSelector('[data-deck-settled="true"]', { state: 'attached' })
    const place = () =>
      page.evaluate(() => {
        const deck = (
          window as unknown as { __briefing: { deck(): { slide: number; step: number } | null } }
        ).__briefing.deck()
        return deck && { slide: deck.slide, step: deck.step }
      })
    await page.keyboard.press('PageDown')
    await page.keyboard.press('PageDown')
    expect(await place()).toEqual({ slide: 2, step: 2 })
    await page.reload()
    await page.waitForSelector('[data-deck-settled="true"]', { state: 'attached' })
    expect(await place()).toEqual({ slide: 2, step: 2 })
    // Another slide typed into the address starts on its first step.
    await page.evaluate(() => (location.hash = '#/4'))
    await page.waitForFunction(
      () => document.querySelector('[data-slide-number]')?.getAttribute('data-slide-number') === '4',
    )
    await page.reload()
    await page.waitForSelector('[data-deck-settled="true"]', { state: 'attached' })
    expect(await place()).toEqual({ slide: 3, step: 0 })
    await page.close()
  })

  it('takes the whole report from the faces cut to it, the opening slide from the preloaded ones', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1920, height: 1080 } })
    // The moment the opening slide is shown with its fonts loaded, as the benchmark takes it.
    await page.addInitScript({ content: startupProbe('[data-slide-number] article') })
    await page.goto(h.base + '?lang=bi&motion=reduce')
    await page.waitForFunction(
      () => (window as { __benchStartup?: { shownAt: number | null } }).__benchStartup?.shownAt,
    )
    const fontFiles = (until = Infinity) =>
      page.evaluate(
        (until) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.startTime <= until && e.name.endsWith('.woff2'))
            .map((e) => e.name.replace(/^.*\//, '')),
        until,
      )
    const fullFont = (name: string) => /^noto-sans-sc-\d+-/.test(name)
    const shownAt = await page.evaluate(
      () => (window as unknown as { __benchStartup: { shownAt: number } }).__benchStartup.shownAt,
    )
    const opening = await fontFiles(shownAt)
    expect(opening.filter((name) => name.startsWith('noto-sans-sc-report-')).length).toBeGreaterThan(0)
    expect(opening.filter((name) => name.includes('-rest-') || fullFont(name))).toEqual([])
    // The rest of the report's faces follow in idle time, before any slide asks for them.
    const reportFaces = () =>
      page.evaluate(() =>
        [...document.fonts].filter((face) => face.family.includes('Noto Sans SC Report')).map((face) => face.status),
      )
    expect((await reportFaces()).length).toBeGreaterThan(2)
    await expect
      .poll(async () => (await reportFaces()).every((status) => status === 'loaded'), { timeout: 5000 })
      .toBe(true)
    await page.waitForSelector('[data-deck-settled="true"]', { state: 'attached' })

    const stops = builtStepCounts().reduce((sum, steps) => sum + steps + 1, 0)
    const frame = () => page.evaluate(() => new Promise((painted) => requestAnimationFrame(painted)))
    for (let i = 1; i < stops; i++) {
      await page.keyboard.press('PageDown')
      await frame()
    }
    await waitForPosition(page, builtStepCounts().length)
    await page.evaluate(() => document.fonts.ready)
    const walked = await fontFiles()
    expect(walked.filter(fullFont)).toEqual([])

    // A character the report does not use (a typed name, another report) comes from the full font.
    await page.evaluate(() => {
      const line = document.createElement('p')
      line.textContent = '龘'
      document.body.append(line)
    })
    await page.waitForFunction(() => document.fonts.status === 'loaded' && document.fonts.size > 0)
    await expect.poll(async () => (await fontFiles()).filter(fullFont).length, { timeout: 5000 }).toBeGreaterThan(0)
    await page.close()
  })

  it.each([
    [1024, 768],
    [3840, 2160],
    [1366, 768],
    [800, 1280],
  ])('keeps the canvas 16:9 and fully visible at %ix%i, refitting live', async (width, height) => {
    const { page } = await openDeck(h.browser, h.base, '', { width: 1920, height: 1080 })
    await page.setViewportSize({ width, height })
    await page.waitForTimeout(200)
    const box = await page.locator('.canvas').first().boundingBox()
    expect(box).not.toBeNull()
    expect(box!.width / box!.height).toBeCloseTo(16 / 9, 2)
    expect(box!.x).toBeGreaterThanOrEqual(-0.5)
    expect(box!.y).toBeGreaterThanOrEqual(-0.5)
    expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5)
    expect(box!.y + box!.height).toBeLessThanOrEqual(height + 0.5)
    expect(Math.max(box!.width / width, box!.height / height)).toBeCloseTo(1, 2)
    await page.close()
  })

  it('shows a readable error screen, not a blank window, when the content is broken', async () => {
    const page = await h.browser.newPage()
    await page.route('**/content/figures.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"figures": [ {"id": 3} ' }),
    )
    await page.goto(h.base)
    const error = page.locator('[data-content-error]')
    await error.waitFor()
    await expect(error.textContent()).resolves.toContain('figures.json: not valid JSON')
    await expect(error.textContent()).resolves.toContain('无法加载报告内容')
    await expect(error.textContent()).resolves.toContain('The report content could not be loaded')
    await page.close()
  })
})
