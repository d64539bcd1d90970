// `npm run export` end to end: PDFs and slide images from the built renderer, checked page by page
// with poppler (pdfinfo, pdftotext, pdffonts, pdfimages, pdftoppm) and against the content files.
import { execFile, execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chartFigureText } from '../../src/charts/builders/labels'
import { chartsOnSlide } from '../../src/chrome/printPlan'
import type { Figure, Slide } from '../../src/content/schema'
import type { Report } from '../../src/content/validate'
import { readPack } from '../../electron/main/report-pack'
import { formatFigure } from '../../src/i18n/figures'
import type { Lang } from '../../src/i18n/lang'
import { palette } from '../../src/styles/palette'
import { launchChromium } from './harness'
// @ts-expect-error plain ESM helper without types
import { runExport } from '../../scripts/export.mjs'
import { serve } from '../../scripts/serve.mjs'

const run = promisify(execFile)
const root = process.env.BRIEFING_RENDERER_DIR || join(process.cwd(), 'out', 'renderer')
const script = join(process.cwd(), 'scripts', 'export.mjs')

function builtReport(): Report {
  const result = readPack(join(root, 'content'))
  if (!result.ok) throw new Error(result.problems.join('\n'))
  return result.report
}

interface Export {
  file: string
  lang: 'zh' | 'en' | 'bi'
  handout: 'slides' | 'notes' | 'bilingual'
}

let dir: string
let report: Report
let slides: Slide[]
const exports: Record<string, Export> = {}
let browser: Browser
let server: { url: string; close(): Promise<void> }

function exportArgs(e: Export) {
  return [script, `--lang=${e.lang}`, `--handout=${e.handout}`, `--out=${e.file}`]
}

beforeAll(async () => {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root}/index.html is missing: run \`npm run build\` first`)
  report = builtReport()
  slides = report.deck.slides
  dir = mkdtempSync(join(tmpdir(), 'briefing-export-'))
  const wanted: Array<[string, Export['lang'], Export['handout']]> = [
    ['zh', 'zh', 'slides'],
    ['en', 'en', 'slides'],
    ['bi', 'bi', 'slides'],
    ['bilingual', 'zh', 'bilingual'],
    ['notes-bi', 'bi', 'notes'],
    ['notes-en', 'en', 'notes'],
  ]
  for (const [name, lang, handout] of wanted) exports[name] = { file: join(dir, `${name}.pdf`), lang, handout }
  // An existing file at the target is replaced.
  writeFileSync(exports.zh!.file, 'an older handout')
  // One after another: parallel Chromiums on a loaded machine only make timeouts likelier.
  for (const e of Object.values(exports)) await run('node', exportArgs(e), { timeout: 150_000 })
  server = await serve({ root })
  browser = await launchChromium()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

type Box = { x: number; y: number; width: number; height: number }

/** Where each chart sits on its page, in CSS px of the page, as the print view lays it out. */
async function chartBoxes(path: string, numbers: number[]): Promise<Map<number, Box>> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  await page.goto(server.url + path)
  await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true', undefined, {
    timeout: 60_000,
  })
  const boxes = await page.evaluate(
    (wanted) =>
      wanted.map((n) => {
        const sheet = document.querySelector(`[data-print-page="${n}"]`)!.getBoundingClientRect()
        const chart = document.querySelector(`[data-print-page="${n}"] [data-chart-visual]`)!.getBoundingClientRect()
        return [n, { x: chart.x - sheet.x, y: chart.y - sheet.y, width: chart.width, height: chart.height }] as const
      }),
    numbers,
  )
  await page.close()
  return new Map(boxes)
}

/**
 * Text compared without white space (CJK text comes out with spaces and breaks anywhere) and
 * without hyphens (pdftotext joins a word broken after a hyphen, dropping the hyphen).
 */
const squeeze = (text: string) => text.normalize('NFKC').replace(/[\s\-\u00ad\u2010]+/g, '')

/** A page's text in drawing order (`-raw`), which keeps a figure's number and unit together. */
function pageText(file: string, page: number): string {
  return squeeze(
    execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    }),
  )
}

function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) }
}

/** Figures a slide shows as stat tiles, and the figures its chart draws as labels. */
function slideFigures(slide: Slide): { tiles: Figure[]; chart: Figure[] } {
  const get = (id: string) => report.figures.get(id)!
  const tiles = slide.blocks.flatMap((b) => (b.type === 'stats' ? b.tiles.map((t) => get(t.figure)) : []))
  const chartBlock = chartsOnSlide(slide) ? slide.blocks.find((b) => b.type === 'chart') : undefined
  return { tiles, chart: chartBlock?.type === 'chart' ? chartBlock.figures.map(get) : [] }
}

/**
 * Every heading of every page in `langs`; every figure, and the source line at the foot of the
 * slide (so nothing below the top of the canvas was cut off), in `bodyLangs`.
 */
function expectPagesShow(e: Export, langs: Lang[], bodyLangs: Lang[] = langs) {
  const problems: string[] = []
  slides.forEach((slide, i) => {
    const text = pageText(e.file, i + 1)
    for (const lang of langs)
      if (!text.includes(squeeze(slide.title[lang])))
        problems.push(`page ${i + 1}: no ${lang} heading "${slide.title[lang]}"`)
    const { tiles, chart } = slideFigures(slide)
    for (const lang of bodyLangs) {
      // A chart writes a figure's unit once: in its label when the label says it.
      const written = [
        ...tiles.map((figure) => ({ figure, as: formatFigure(figure, lang) })),
        ...chart.map((figure) => ({ figure, as: chartFigureText(figure, lang) })),
      ]
      for (const { figure, as } of written)
        if (!text.includes(squeeze(as))) problems.push(`page ${i + 1}: no ${lang} figure "${as}" (${figure.id})`)
      for (const block of slide.blocks)
        if (block.type === 'source' && !text.includes(squeeze(block.text[lang])))
          problems.push(`page ${i + 1}: no ${lang} source line`)
    }
  })
  expect(problems).toEqual([])
}

describe('PDF handouts', () => {
  it('has one page per slide in every handout, on 16:9 or A4 landscape pages', () => {
    for (const e of Object.values(exports)) {
      const info = pdfInfo(e.file)
      expect(info.pages, e.file).toBe(slides.length)
      if (e.handout === 'notes') {
        expect(info.width).toBeCloseTo(841.9, 0)
        expect(info.height).toBeCloseTo(595.3, 0)
      } else {
        expect(info.width).toBeCloseTo(960, 0)
        expect(info.height).toBeCloseTo(540, 0)
      }
    }
    expect(readFileSync(exports.zh!.file).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('shows each slide’s heading and figures in Chinese, as searchable text', () => {
    expectPagesShow(exports.zh!, ['zh'])
  })

  it('shows each slide’s heading and figures in English', () => {
    expectPagesShow(exports.en!, ['en'])
    expect(pageText(exports.en!.file, 1)).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('shows both languages’ headings in the bilingual mode (lang=bi)', () => {
    expectPagesShow(exports.bi!, ['zh', 'en'], ['zh'])
  })

  it('sets the Chinese slide beside its English text, figures formatted for each, in the bilingual handout', () => {
    expectPagesShow(exports.bilingual!, ['zh', 'en'])
  })

  it('prints the speaker notes in the chosen languages beside each slide', () => {
    const problems: string[] = []
    slides.forEach((slide, i) => {
      const bi = pageText(exports['notes-bi']!.file, i + 1)
      const en = pageText(exports['notes-en']!.file, i + 1)
      for (const lang of ['zh', 'en'] as const) {
        if (!bi.includes(squeeze(slide.notes[lang])))
          problems.push(`bi notes page ${i + 1}: ${lang} notes missing or cut`)
        if (!bi.includes(squeeze(slide.title[lang]))) problems.push(`bi notes page ${i + 1}: ${lang} heading missing`)
      }
      if (!en.includes(squeeze(slide.notes.en))) problems.push(`en notes page ${i + 1}: notes missing or cut`)
      if (en.includes(squeeze(slide.notes.zh)))
        problems.push(`en notes page ${i + 1}: Chinese notes in an English handout`)
    })
    expect(problems).toEqual([])
  })

  it('embeds the bundled font for every piece of text and draws no page as a bitmap', () => {
    for (const e of Object.values(exports)) {
      const fonts = execFileSync('pdffonts', [e.file], { encoding: 'utf8' }).trim().split('\n').slice(2)
      expect(fonts.length, e.file).toBeGreaterThan(0)
      for (const line of fonts) {
        expect(line, e.file).toMatch(/^[A-Z]{6}\+NotoSans/)
        expect(line, e.file).toMatch(/\syes\s+yes\s+yes\s/)
      }
      const images = execFileSync('pdfimages', ['-list', e.file], { encoding: 'utf8' }).trim().split('\n').slice(2)
      expect(images, e.file).toEqual([])
      expect(statSync(e.file).size, e.file).toBeLessThan(4_000_000)
    }
  })

  it('draws every chart in full on its page (the chart box is not blank)', async () => {
    const chartPages = slides.flatMap((slide, i) => (chartsOnSlide(slide) ? [i + 1] : []))
    expect(chartPages.length).toBeGreaterThan(0)
    const boxes = await chartBoxes('?print=1&lang=zh&handout=slides', chartPages)
    const dpi = 50
    const problems: string[] = []
    for (const n of chartPages) {
      const image = parsePpm(
        execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(n), '-l', String(n), exports.zh!.file]),
      )
      const box = boxes.get(n)!
      const k = dpi / 96
      const inked = inkedShare(
        image,
        { x: box.x * k, y: box.y * k, width: box.width * k, height: box.height * k },
        palette.paper,
      )
      if (inked < 0.03) problems.push(`page ${n}: chart box ${Math.round(inked * 1000) / 10}% drawn`)
    }
    expect(problems).toEqual([])
  })
})

describe('the print view', () => {
  it('declares its pages ready only with every chart drawn, without console errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(server.url + '?print=1&lang=en&handout=notes')
    await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true', undefined, {
      timeout: 60_000,
    })
    const state = await page.evaluate(() => ({
      pages: document.documentElement.dataset.printPages,
      pageElements: document.querySelectorAll('[data-print-page]').length,
      charts: document.querySelectorAll('[data-chart-visual]').length,
      drawn: [...document.querySelectorAll('[data-chart-visual]')].filter((el) => el.querySelector('svg')).length,
      progress: document.querySelectorAll('[role="progressbar"], .progress').length,
    }))
    const charts = slides.reduce((sum, slide) => sum + chartsOnSlide(slide), 0)
    expect(state).toEqual({
      pages: String(slides.length),
      pageElements: slides.length,
      charts,
      drawn: charts,
      progress: 0,
    })
    expect(errors).toEqual([])
    await page.close()
  })

  it('lays out the notes handout’s slide pictures as the slides themselves, whatever the notes’ type', async () => {
    const chartSizes = async (handout: string) => {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
      await page.goto(server.url + `?print=1&lang=en&handout=${handout}`)
      await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true', undefined, {
        timeout: 60_000,
      })
      // Layout sizes on the 1920×1080 canvas, before the picture's scale.
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll('[data-print-page]')].map((sheet) =>
          [...sheet.querySelectorAll<HTMLElement>('[data-chart-visual]')].map(
            (c) => `${c.clientWidth}×${c.clientHeight}`,
          ),
        ),
      )
      await page.close()
      return sizes
    }
    const slidesHandout = await chartSizes('slides')
    expect(slidesHandout.flat().length).toBeGreaterThan(0)
    expect(await chartSizes('notes')).toEqual(slidesHandout)
  })

  it('prints the data appendix on the handout’s own paper: A4 landscape after the notes pages', async () => {
    const sizes = async (handout: string) => {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
      await page.goto(server.url + `?print=1&lang=en&handout=${handout}&appendix=1`)
      await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true', undefined, {
        timeout: 60_000,
      })
      const found = await page.evaluate(() => {
        const size = (el: Element) => {
          const box = el.getBoundingClientRect()
          return `${Math.round(box.width)}×${Math.round(box.height)}`
        }
        return {
          slides: [...new Set([...document.querySelectorAll('[data-print-page]')].map(size))],
          appendix: [...new Set([...document.querySelectorAll('[data-print-appendix-page]')].map(size))],
        }
      })
      await page.close()
      return found
    }
    for (const handout of ['notes', 'slides']) {
      const found = await sizes(handout)
      expect(found.appendix.length, handout).toBe(1)
      expect(found.appendix, handout).toEqual(found.slides)
    }
  })

  it('reports a slide it cannot print rather than declaring itself ready', async () => {
    const page = await browser.newPage()
    await page.goto(server.url + `?print=1&lang=zh&slide=${slides.length + 1}`)
    const message = await page.waitForFunction(() => document.documentElement.dataset.printError, undefined, {
      timeout: 30_000,
    })
    expect(await message.jsonValue()).toBe(
      `print view: ?slide=${slides.length + 1}: the deck has ${slides.length} slides`,
    )
    expect(await page.evaluate(() => document.documentElement.dataset.printReady)).toBeUndefined()
    await page.close()
  })
})

interface Raster {
  width: number
  height: number
  pixels: Buffer
}

/** Binary PPM (P6, 8 bit), as pdftoppm writes it. */
function parsePpm(data: Buffer): Raster {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('not a binary PPM')
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) }
}

/** Share of the pixels in `box` that differ clearly from the background colour. */
function inkedShare(
  image: Raster,
  box: { x: number; y: number; width: number; height: number },
  background: string,
): number {
  const bg = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16))
  let inked = 0
  let total = 0
  for (let y = Math.ceil(box.y); y < Math.floor(box.y + box.height) && y < image.height; y++)
    for (let x = Math.ceil(box.x); x < Math.floor(box.x + box.width) && x < image.width; x++) {
      const at = (y * image.width + x) * 3
      total++
      if (bg.some((c, i) => Math.abs(image.pixels[at + i]! - c) > 48)) inked++
    }
  return total ? inked / total : 0
}

describe('failures', () => {
  function unwritableFolder(): string {
    const folder = join(dir, 'read-only')
    mkdirSync(folder)
    chmodSync(folder, 0o555)
    try {
      closeSync(openSync(join(folder, 'probe'), 'wx'))
      unlinkSync(join(folder, 'probe'))
    } catch {
      return folder
    }
    // Permissions do not stop root; sysfs refuses new files to everyone.
    return '/sys'
  }

  it('stops before rendering, with one message and no file, when the folder is missing or unwritable', async () => {
    for (const folder of [join(dir, 'no-such-folder'), unwritableFolder()]) {
      const target = join(folder, 'handout.pdf')
      const failed = await run('node', [script, '--lang=en', `--out=${target}`], { timeout: 30_000 }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      )
      expect(failed?.code).toBe(1)
      expect(failed?.stderr.trim()).toMatch(
        new RegExp(
          `^export: (the folder ${folder} does not exist|cannot write to the folder ${folder} \\(E[A-Z]+\\))$`,
        ),
      )
      expect(existsSync(target)).toBe(false)
    }
  })

  it('rejects bad flags, listing the accepted values', async () => {
    for (const [args, message] of [
      [['--lang=fr', '--out=x.pdf'], 'accepted: zh, en, bi'],
      [['--handout=poster', '--out=x.pdf'], 'accepted: slides, notes, bilingual'],
      [['--out=x.pdf', '--pages=3'], 'unknown flag --pages'],
    ] as const) {
      const failed = await run('node', [script, ...args]).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      )
      expect(failed?.code).toBe(2)
      expect(failed?.stderr).toContain(message)
    }
  })

  it('gives up on a print view that is not ready in time, leaving no file behind', async () => {
    const target = join(dir, 'late', 'handout.pdf')
    mkdirSync(join(dir, 'late'))
    await expect(
      runExport({ format: 'pdf', lang: 'zh', handout: 'slides', target }, { root, timeoutMs: 1 }),
    ).rejects.toThrow(/^The slides handout \(zh\) was not ready to print within 0 s/)
    expect(readdirSync(join(dir, 'late'))).toEqual([])
  })
})

describe('slide images', () => {
  it('writes one 1920×1080 PNG per slide', async () => {
    const folder = join(dir, 'png')
    mkdirSync(folder)
    await run('node', [script, '--lang=zh', `--png=${folder}`], { timeout: 200_000 })
    const names = readdirSync(folder).sort()
    expect(names).toEqual(slides.map((_, i) => `slide-${String(i + 1).padStart(2, '0')}.png`))
    for (const name of names) {
      const head = readFileSync(join(folder, name)).subarray(0, 24)
      expect(head.subarray(1, 4).toString()).toBe('PNG')
      expect([head.readUInt32BE(16), head.readUInt32BE(20)]).toEqual([1920, 1080])
    }
  }, 240_000)
})
