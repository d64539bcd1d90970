// Every chart of the built deck as an audience sees it: drawn as SVG with the right marks and
// the slide's numbers in both languages, animated on entry, stable on a language switch, and no
// leaked chart instances or heap growth after many walks through the chart slides.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sharesUnit } from '../../src/charts/numberTiles'
import { chartFigureText } from '../../src/charts/builders/labels'
import { resolveFigures } from '../../src/charts/figures'
import type { ChartBlock, Figure } from '../../src/content/schema'
import { readPack } from '../../electron/main/report-pack'
import { figureParts } from '../../src/i18n/figures'
import type { Lang } from '../../src/i18n/lang'
import { palette } from '../../src/styles/palette'
import {
  cspViolations,
  launchChromium,
  openDeck,
  position,
  startHarness,
  waitForPosition,
  type Harness,
  type PageWatch,
} from './harness'

const content = join(process.cwd(), 'out', 'renderer', 'content')
const validation = readPack(content)
if (!validation.ok) throw new Error(validation.problems.join('\n'))
const report = validation.report

interface ChartSlide {
  number: number
  id: string
  block: ChartBlock
  figures: Figure[]
}

const chartSlides: ChartSlide[] = report.deck.slides.flatMap((slide, i) =>
  slide.blocks.flatMap((block) =>
    block.type === 'chart' ? [{ number: i + 1, id: slide.id, block, figures: resolveFigures(block, report) }] : [],
  ),
)

let h: Harness
const watched: Array<{ page: Page; watch: PageWatch }> = []
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  for (const { page, watch } of watched) {
    expect(watch.errors).toEqual([])
    expect(watch.outsideRequests).toEqual([])
    if (!page.isClosed()) expect(await cspViolations(page)).toEqual([])
  }
  await h?.close()
})

async function open(path: string, viewport?: { width: number; height: number }) {
  const opened = await openDeck(h.browser, h.base, path, viewport)
  watched.push(opened)
  return opened.page
}

const chartSelector = (slide: ChartSlide) =>
  `article[data-slide-id="${slide.id}"] [data-chart-visual="${slide.block.visual}"]`

/** What the chart's SVG shows: its texts in document order and its marks counted by colour. */
async function drawn(page: Page, slide: ChartSlide) {
  return page.locator(chartSelector(slide)).evaluate(
    (el, colours) => {
      const svg = el.querySelector('svg')
      if (!svg) return null
      const shapes = [...svg.querySelectorAll('path, rect, circle, ellipse, polygon, polyline')].filter(
        (s) => !s.closest('defs, pattern'),
      )
      const fill = (s: Element) => (s.getAttribute('fill') ?? '').toUpperCase()
      const stroke = (s: Element) => (s.getAttribute('stroke') ?? '').toUpperCase()
      const rectForm = (s: Element) =>
        /^M[-\d.e]+ [-\d.e]+l[-\d.e]+ 0l0 [-\d.e]+l[-\d.e]+ 0Z$/.test(s.getAttribute('d') ?? '')
      const count = (test: (s: Element) => boolean) => shapes.filter(test).length
      return {
        texts: [...svg.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        marks: {
          navyBars: count((s) => fill(s) === colours.navy && rectForm(s)),
          midBars: count((s) => fill(s) === colours.mid && rectForm(s)),
          hatched: count((s) => fill(s).startsWith('URL(')),
          navyRound: count((s) => fill(s) === colours.navy && /A/.test(s.getAttribute('d') ?? 'A')),
          tracks: count((s) => fill(s) === colours.rule),
          mist: count((s) => fill(s) === colours.mist),
          gold: count((s) => fill(s) === colours.accent),
          heads: count((s) => fill(s) === colours.muted),
          spokes: count((s) => stroke(s) === colours.mid && fill(s) === 'NONE'),
        },
      }
    },
    {
      navy: palette.navy,
      mid: palette.series[2],
      rule: palette.rule,
      mist: palette.mist,
      accent: palette.accent,
      muted: palette.muted,
    },
  )
}

type Marks = NonNullable<Awaited<ReturnType<typeof drawn>>>['marks']

/** The marks a visual must draw for its block: one per figure or node, by the design of each builder. */
function expectedMarks({ block, figures }: ChartSlide): Partial<Marks> {
  const n = block.nodes.length
  switch (block.visual) {
    case 'compare': {
      const pair = figures.slice(0, 2)
      return {
        hatched: pair.filter((f) => f.derived).length,
        midBars: pair[0]?.derived ? 0 : 1,
        navyBars: pair[1]?.derived ? 0 : 1,
      }
    }
    case 'declines':
      return { navyBars: figures.filter((f) => !f.derived).length, midBars: figures.filter((f) => f.derived).length }
    case 'bars':
      return sharesUnit(figures) ? { navyBars: figures.length, gold: 0 } : { navyBars: 0, gold: figures.length }
    case 'gauges':
      return { navyRound: figures.filter((f) => f.value > 0).length, tracks: figures.length }
    case 'ring':
      return { navyRound: 1, tracks: 1 }
    case 'flow':
      return { navyRound: n, heads: n - 1 }
    case 'hub':
      return { navyRound: 1, mist: n - 1, spokes: n - 1 }
    case 'origins':
      return { navyRound: 1, mist: n - 1, heads: n - 1 }
  }
}

/** Texts the chart must show: each figure as the slide text writes it, figure labels and nodes. */
function expectedTexts({ block, figures }: ChartSlide, lang: Lang): string[] {
  return [
    ...figures.map((f) => chartFigureText(f, lang)),
    ...figures.map((f) => f.label[lang]),
    ...block.nodes.map((node) => node[lang]),
  ]
}

/** Whether the SVG shows a text, allowing for the chart's own line breaks (consecutive text elements). */
const squash = (s: string) => s.replace(/\s+/g, '')
function shows(texts: string[], wanted: string): boolean {
  return squash(texts.join('')).includes(squash(wanted))
}

async function waitForChart(page: Page, slide: ChartSlide) {
  await waitForPosition(page, slide.number)
  await page.waitForFunction((selector) => !!document.querySelector(`${selector} svg text`), chartSelector(slide))
}

async function numberIn(page: Page, slide: ChartSlide, pattern: RegExp): Promise<string | undefined> {
  const result = await drawn(page, slide)
  return result?.texts.find((t) => pattern.test(t))
}

describe('chart slides', () => {
  it('are found by walking the deck with PageDown, where the content puts them', async () => {
    expect(chartSlides.length).toBeGreaterThan(0)
    const page = await open('?motion=reduce#/1')
    const found = new Set<number>()
    let at = await position(page)
    for (;;) {
      const id = report.deck.slides[at.slide - 1]!.id
      if (await page.locator(`article[data-slide-id="${id}"] [data-chart-visual]`).count()) found.add(at.slide)
      await page.keyboard.press('PageDown')
      const next = await position(page)
      if (next.slide === at.slide && next.step === at.step) break
      at = next
    }
    expect(at.slide).toBe(report.deck.slides.length)
    expect([...found]).toEqual(chartSlides.map((s) => s.number))
  })

  for (const lang of ['zh', 'en'] as const)
    it(`draw their marks and show the slide's numbers and names (${lang})`, async () => {
      const page = await open(`?motion=reduce&lang=${lang}#/${chartSlides[0]!.number}`)
      for (const slide of chartSlides) {
        await page.evaluate((n) => (location.hash = `#/${n}`), slide.number)
        await waitForChart(page, slide)
        const result = (await drawn(page, slide))!
        expect(result.marks, `slide ${slide.number} ${slide.block.visual}`).toMatchObject(expectedMarks(slide))
        for (const text of expectedTexts(slide, lang))
          expect(shows(result.texts, text), `slide ${slide.number} shows "${text}" (${lang})`).toBe(true)
        const label = await page.locator(chartSelector(slide)).getAttribute('aria-label')
        expect(label).toBe(slide.block.description[lang])
      }
    }, 120_000)
})

describe('chart animation', () => {
  const compare = chartSlides.find((s) => s.block.visual === 'compare' && s.figures.length >= 2)
  const barHeights = (page: Page, slide: ChartSlide) =>
    page.locator(chartSelector(slide)).evaluate(
      (el, colours) => {
        const paths = [...el.querySelectorAll('svg path')].filter((p) => !p.closest('defs, pattern'))
        return paths
          .filter((p) => {
            const fill = (p.getAttribute('fill') ?? '').toUpperCase()
            return fill === colours.mid || fill === colours.navy || fill.startsWith('URL(')
          })
          .map((p) => /^M[-\d.e]+ [-\d.e]+l[-\d.e]+ 0l0 (-?[\d.e]+)l/.exec(p.getAttribute('d') ?? '')?.[1])
          .filter((v): v is string => v !== undefined)
          .map((v) => Math.abs(Number(v)))
      },
      { mid: palette.series[2] as string, navy: palette.navy as string },
    )

  it('grows the bars and counts the numbers up on entry, replays on re-entry, and keeps still on a language switch', async () => {
    expect(compare).toBeDefined()
    const slide = compare!
    const first = slide.figures[0]!
    const number = figureParts(first, 'zh').number
    const page = await open(`?lang=zh#/${slide.number > 1 ? slide.number - 1 : slide.number + 1}`)
    await page.evaluate((n) => (location.hash = `#/${n}`), slide.number)
    await waitForChart(page, slide)
    const early = await numberIn(page, slide, /^\d+$/)
    const earlyHeights = await barHeights(page, slide)
    await page.waitForTimeout(2600)
    expect(await numberIn(page, slide, /^\d+$/)).toBe(number)
    const finalHeights = await barHeights(page, slide)
    expect(Number(early)).toBeLessThan(first.value)
    expect(Math.max(...earlyHeights)).toBeLessThan(Math.max(...finalHeights) * 0.9)

    await page.keyboard.press('l')
    await page.waitForFunction(
      (selector) => [...document.querySelectorAll(`${selector} svg text`)].some((t) => /,/.test(t.textContent ?? '')),
      chartSelector(slide),
    )
    // English names take two lines, so the bars settle a little shorter; what must not happen is an
    // entrance: bars dropping to nothing and growing again.
    const afterSwitch = await barHeights(page, slide)
    await page.waitForTimeout(600)
    const settled = await barHeights(page, slide)
    expect(Math.max(...afterSwitch)).toBeGreaterThan(Math.max(...settled) * 0.9)
    expect(Math.max(...settled)).toBeGreaterThan(Math.max(...finalHeights) * 0.6)
    expect(await numberIn(page, slide, /^[\d,]+$/)).toBe(figureParts(first, 'en').number)

    await page.keyboard.press('PageDown')
    await page.waitForFunction(
      (n) => document.querySelector('[data-slide-number]')?.getAttribute('data-slide-number') !== String(n),
      slide.number,
    )
    await page.keyboard.press('PageUp')
    await waitForChart(page, slide)
    const replayed = await barHeights(page, slide)
    expect(Math.max(...replayed)).toBeLessThan(Math.max(...finalHeights) * 0.9)
  }, 60_000)

  it('draws the final frame at once in reduced motion', async () => {
    const slide = compare!
    const page = await open(`?motion=reduce&lang=zh#/${slide.number}`)
    await waitForChart(page, slide)
    expect(await numberIn(page, slide, /^\d+$/)).toBe(figureParts(slide.figures[0]!, 'zh').number)
  })
})

describe('chart memory', () => {
  it('keeps one live chart per chart on the page and a flat heap over 20 walks through the chart slides', async () => {
    // The first walks warm V8 up (compiled code counts as heap), so the baseline is taken after them.
    const browser = await launchChromium()
    const opened = await openDeck(browser, h.base, `?lang=en#/${chartSlides[0]!.number}`)
    const page = opened.page
    const cdp = await page.context().newCDPSession(page)
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize
    }
    const settle = async () => {
      await page.waitForTimeout(600)
      return page.evaluate(() => ({
        live: (window as unknown as { __briefing: { liveCharts(): number } }).__briefing.liveCharts(),
        containers: document.querySelectorAll('[data-chart-visual]').length,
        nodes: document.getElementsByTagName('*').length,
      }))
    }
    const walk = async () => {
      for (const slide of chartSlides) {
        await page.evaluate((n) => (location.hash = `#/${n}`), slide.number)
        await waitForChart(page, slide)
        await page.waitForTimeout(150)
      }
    }
    const baseline = 5
    const usage: number[] = []
    const nodes: number[] = []
    try {
      for (let i = 1; i <= 20; i++) {
        await walk()
        if (i === baseline || i === 20) {
          const counts = await settle()
          expect(counts.live, `walk ${i}`).toBe(counts.containers)
          nodes[i] = counts.nodes
          usage[i] = await heap()
        }
      }
      expect(usage[20]! / usage[baseline]!).toBeLessThan(1.1)
      expect(nodes[20]).toBe(nodes[baseline])
      expect(opened.watch.errors).toEqual([])
    } finally {
      await browser.close()
    }
  }, 600_000)
})
