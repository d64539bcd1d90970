// The pack as the built app shows it, in Chromium: every stop (slide and build step) of the deck, at
// each size and in each language, measured by inspectStop for text that is clipped, cut by the
// canvas, overlapping or too small, and for content slides without a visual.
import type { Browser, Page } from 'playwright-core'
import type { StartLang } from '../../src/contract/lang'
import { rendererUrl } from '../../src/contract/url'
import type { Deck } from '../../src/content/schema'
import { stepCount } from '../../src/content/steps'
import { error, type CheckResult, type Finding } from './findings'
import { inspectStop, type StopReport } from './inspect-stop'

export interface Stop {
  /** 1-based, as the app numbers slides. */
  slide: number
  step: number
}

export interface Size {
  width: number
  height: number
}

export const renderSizes: readonly Size[] = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
]
export const renderLangs: readonly StartLang[] = ['zh', 'en', 'bi']

/** Slides whose layout carries no chart, tile or diagram by design. */
export const decorativeLayouts: ReadonlySet<string> = new Set(['title', 'agenda', 'section', 'closing'])

export function stopsOf(deck: Deck): Stop[] {
  return deck.slides.flatMap((slide, s) =>
    Array.from({ length: stepCount(slide) + 1 }, (_, step) => ({ slide: s + 1, step })),
  )
}

export const sizeName = ({ width, height }: Size) => `${width}×${height}`

/** Two frames and a moment: what a move or a change starts has drawn. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30)))),
  )
}

/** Waits until the deck shows a given place (the transition may still be running). */
export async function waitForPosition(page: Page, slide: number, step?: number, timeout?: number): Promise<void> {
  await page.waitForFunction(
    ([n, s]) => {
      const stage = document.querySelector('[data-slide-number]') as HTMLElement | null
      return stage?.dataset.slideNumber === String(n) && (s === null || stage.dataset.step === String(s))
    },
    [slide, step ?? null] as const,
    { timeout },
  )
}

/**
 * Steps through `stops` from the first, which the page must be showing, and measures each one.
 * Text fitting and charts settle over a frame or two after a move, so a stop with problems is
 * looked at again before it is judged.
 */
export async function walkStops(
  page: Page,
  stops: readonly Stop[],
  visit: (stop: Stop, report: StopReport, index: number) => void,
  { timeout }: { timeout?: number } = {},
): Promise<void> {
  for (const [i, stop] of stops.entries()) {
    if (i > 0) await page.keyboard.press('PageDown')
    await waitForPosition(page, stop.slide, stop.step, timeout)
    await settle(page)
    let report = await page.evaluate(inspectStop)
    for (let retry = 0; retry < 3 && report.problems.length; retry++) {
      await page.waitForTimeout(150)
      report = await page.evaluate(inspectStop)
    }
    visit(stop, report, i)
  }
}

export interface RenderInput {
  browser: Browser
  /** Where the built renderer is served with the pack's files as its content. */
  base: string
  deck: Deck
  sizes?: readonly Size[]
  langs?: readonly StartLang[]
  /** Called after each stop: "zh", "1920×1080", stops done, stops in all. */
  progress?: (lang: StartLang, size: Size, done: number, total: number) => void
}

/** Without the class names the build gives components (".svelte-1iw74zc") and empty names (""). */
function readable(problem: string): string {
  return problem.replace(/\.svelte-[a-z0-9]+/g, '').replace(/ ""/g, '')
}

/** The same problem on several steps of a slide is one finding that names the steps. */
function collect() {
  const seen = new Map<string, { severity: Finding['severity']; where: string; message: string; steps: number[] }>()
  return {
    add(severity: Finding['severity'], where: string, message: string, step: number) {
      const key = `${where}\n${message}`
      const entry = seen.get(key)
      if (entry) {
        if (!entry.steps.includes(step)) entry.steps.push(step)
      } else seen.set(key, { severity, where, message, steps: [step] })
    },
    findings(): Finding[] {
      return [...seen.values()].map(({ severity, where, message, steps }) => ({
        severity,
        where: `${where}, step${steps.length > 1 ? 's' : ''} ${steps.join(', ')}`,
        message,
      }))
    },
  }
}

export async function checkRender({
  browser,
  base,
  deck,
  sizes = renderSizes,
  langs = renderLangs,
  progress,
}: RenderInput): Promise<CheckResult> {
  const stops = stopsOf(deck)
  const found = collect()
  const pageFindings: Finding[] = []
  let measured = 0
  for (const lang of langs)
    for (const size of sizes) {
      const pass = `${lang} ${sizeName(size)}`
      const page = await browser.newPage({ viewport: size })
      const pageErrors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text())
      })
      page.on('pageerror', (cause) => pageErrors.push(String(cause)))
      try {
        const url = rendererUrl(base, {
          slide: 1,
          lang: lang === 'bi' ? 'zh' : lang,
          bilingual: lang === 'bi',
          reducedMotion: true,
        })
        await page.goto(url)
        await page.waitForSelector('[data-deck-settled="true"]', { state: 'attached', timeout: 30_000 })
        await page.evaluate(() => document.fonts.ready)
        await walkStops(
          page,
          stops,
          (stop, report, i) => {
            const slide = deck.slides[stop.slide - 1]!
            const where = `${pass}, slide ${stop.slide} (${slide.id})`
            for (const problem of report.problems) found.add('error', where, readable(problem), stop.step)
            if (!decorativeLayouts.has(report.layout) && !report.visual)
              found.add('warning', where, 'a content slide with no chart, tile, diagram or icon grid', stop.step)
            if (report.texts === 0) found.add('warning', where, 'no text found on the slide', stop.step)
            measured++
            progress?.(lang, size, i + 1, stops.length)
          },
          { timeout: 15_000 },
        )
      } catch (cause) {
        pageFindings.push(
          error(pass, `the deck could not be walked through: ${(cause as Error).message.split('\n')[0]}`),
        )
      } finally {
        for (const message of new Set(pageErrors))
          pageFindings.push(error(pass, `the app reported an error: ${message}`))
        await page.close()
      }
    }
  const passes = langs.length * sizes.length
  return {
    id: 'render',
    ran: true,
    detail: `${langs.join(', ')} at ${sizes.map(sizeName).join(', ')}: ${measured} of ${passes * stops.length} stops measured`,
    findings: [...pageFindings, ...found.findings()],
  }
}
