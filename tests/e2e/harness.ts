// Shared set-up for end-to-end tests: the built renderer served on 127.0.0.1 and Debian's Chromium.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, ConsoleMessage, Locator, Page } from 'playwright-core'
import { deck as deckSchema, type Deck } from '../../src/content/schema'
import { stepCount } from '../../src/content/steps'
import { launchChromium } from '../../scripts/chromium.mjs'
import { serve } from '../../scripts/serve.mjs'

export { launchChromium } from '../../scripts/chromium.mjs'

export interface Harness {
  base: string
  browser: Browser
  close(): Promise<void>
}

/** `report`: a report pack's folder to serve instead of the built one; `programme`: a programme file's text. */
export async function startHarness(options: { report?: string; programme?: string } = {}): Promise<Harness> {
  const root = join(process.cwd(), 'out', 'renderer')
  if (!existsSync(join(root, 'index.html')))
    throw new Error('out/renderer/index.html is missing: run `npm run build` first')
  const server = await serve({ root, ...options })
  const browser = await launchChromium()
  return {
    base: server.url,
    browser,
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

/** Everything a page reports that a test should fail on: console errors, page errors, CSP violations, outside requests. */
export interface PageWatch {
  errors: string[]
  outsideRequests: string[]
}

export function watchPage(page: Page, base: string): PageWatch {
  const watch: PageWatch = { errors: [], outsideRequests: [] }
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') watch.errors.push(message.text())
  })
  page.on('pageerror', (error) => watch.errors.push(String(error)))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(base) && !url.startsWith('data:')) watch.outsideRequests.push(url)
  })
  return watch
}

/** Records CSP violations in the page, read back with `cspViolations(page)`. */
export const recordViolations = () => {
  const list: string[] = []
  ;(window as unknown as { __csp: string[] }).__csp = list
  document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`))
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
}

export async function openDeck(
  context: Browser | BrowserContext,
  base: string,
  path = '',
  viewport = { width: 1920, height: 1080 },
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage()
  await page.setViewportSize(viewport)
  await page.addInitScript(recordViolations)
  const watch = watchPage(page, base)
  await page.goto(base + path)
  // Settled: in step with the other windows, so every move from here on is the user's own.
  await page.waitForSelector('[data-deck-settled="true"]', { state: 'attached' })
  await page.evaluate(() => document.fonts.ready)
  return { page, watch }
}

/** The alpha of an element's own background colour: 1 for a panel that hides what lies behind it. */
export async function backgroundAlpha(locator: Locator): Promise<number> {
  const colour = await locator.evaluate((el) => getComputedStyle(el).backgroundColor)
  const parts = colour.match(/[\d.]+/g)?.map(Number) ?? []
  return parts.length === 4 ? parts[3]! : parts.length === 3 ? 1 : 0
}

/** The deck's position as the page shows it. */
export async function position(page: Page): Promise<{ slide: number; step: number; lang: string; bilingual: boolean }> {
  return page.evaluate(() => {
    const stage = document.querySelector('[data-slide-number]') as HTMLElement
    return {
      slide: Number(stage.dataset.slideNumber),
      step: Number(stage.dataset.step),
      lang: stage.dataset.lang ?? '',
      bilingual: stage.dataset.bilingual === 'true',
    }
  })
}

/** The deck as the built app ships it, for knowing how many slides and steps to expect. */
export function builtDeck(): Deck {
  return JSON.parse(readFileSync(join(process.cwd(), 'out', 'renderer', 'content', 'deck.json'), 'utf8')) as Deck
}

export function builtStepCounts(): number[] {
  return builtDeck().slides.map((slide) => stepCount(deckSchema.shape.slides.element.parse(slide)))
}

/** Waits until the deck shows a given place (the transition may still be running). */
export async function waitForPosition(page: Page, slide: number, step?: number): Promise<void> {
  await page.waitForFunction(
    ([n, s]) => {
      const stage = document.querySelector('[data-slide-number]') as HTMLElement | null
      return stage?.dataset.slideNumber === String(n) && (s === null || stage.dataset.step === String(s))
    },
    [slide, step ?? null] as const,
  )
}
