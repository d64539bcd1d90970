import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExportProgress } from '../../../src/contract'
import {
  existingSlideImages,
  exportImages,
  exportPdf,
  guardImageTarget,
  guardPdfTarget,
  handoutPage,
  imagePlan,
  pdfLayout,
  pdfOptions,
  probeFolder,
  slideFileName,
  slidePage,
  whenReady,
  withPdfExtension,
  type ExportContext,
  type ExportJob,
  type PageRenderer,
  type ReadyState,
} from '../../../electron/main/export'
import {
  languageButtons,
  needsOverwriteConfirm,
  pickButton,
  variantButtons,
} from '../../../electron/main/export-choices'
import { printFailure, PrintReadySignals } from '../../../electron/main/print-ready'

const base = 'app://briefing/index.html'

describe('export plan', () => {
  it('16:9 pages for slides and bilingual handouts, A4 landscape for notes', () => {
    expect(pdfLayout('slides')).toEqual({ pageSize: { width: 13.333, height: 7.5 }, landscape: false })
    expect(pdfLayout('bilingual')).toEqual({ pageSize: { width: 13.333, height: 7.5 }, landscape: false })
    expect(pdfLayout('notes')).toEqual({ pageSize: 'A4', landscape: true })
    expect(pdfOptions('slides')).toMatchObject({ printBackground: true, preferCSSPageSize: true })
    const { width, height } = pdfLayout('slides').pageSize as { width: number; height: number }
    expect(width / height).toBeCloseTo(16 / 9, 3)
  })

  it('names slide images slide-NN.png, wider past 99', () => {
    expect(slideFileName(1, 12)).toBe('slide-01.png')
    expect(slideFileName(12, 12)).toBe('slide-12.png')
    expect(slideFileName(7, 120)).toBe('slide-007.png')
    expect(() => slideFileName(0, 3)).toThrow()
    expect(() => slideFileName(1.5, 3)).toThrow()
  })

  it('adds .pdf when missing', () => {
    expect(withPdfExtension('/a/brief')).toBe('/a/brief.pdf')
    expect(withPdfExtension('/a/brief.PDF')).toBe('/a/brief.PDF')
  })

  it('writes a PDF only to exactly the chosen file', () => {
    expect(guardPdfTarget('/out/a.pdf', '/out/./a.pdf')).toBe('/out/a.pdf')
    expect(() => guardPdfTarget('/out/a.pdf', '/out/b.pdf')).toThrow(/not the chosen file/)
    expect(() => guardPdfTarget('/out/a.pdf', '/out/sub/../../etc/a.pdf')).toThrow()
  })

  it('writes images only as generated names directly inside the chosen folder', () => {
    expect(guardImageTarget('/out/slides', '/out/slides/slide-01.png')).toBe('/out/slides/slide-01.png')
    for (const bad of [
      '/out/slides/../slide-01.png',
      '/out/slides/sub/slide-01.png',
      '/out/slides/evil.png',
      '/out/slides/slide-01.png.exe',
      '/etc/slide-01.png',
    ])
      expect(() => guardImageTarget('/out/slides', bad), bad).toThrow(/refusing/)
  })

  it('finds slide images an export would replace', () => {
    expect(existingSlideImages(['notes.txt', 'slide-02.png', 'slide-01.png', 'slide-1.png', 'photo.png'])).toEqual([
      'slide-01.png',
      'slide-02.png',
    ])
  })

  it('asks before replacing except where the macOS save dialog already did', () => {
    expect(needsOverwriteConfirm('linux', true)).toBe(true)
    expect(needsOverwriteConfirm('win32', true)).toBe(true)
    expect(needsOverwriteConfirm('darwin', true)).toBe(false)
    expect(needsOverwriteConfirm('linux', false)).toBe(false)
  })

  it('maps dialog buttons to choices; the last button cancels', () => {
    expect(pickButton(languageButtons, 2)?.lang).toBe('bi')
    expect(pickButton(languageButtons, 3)).toBeNull()
    expect(pickButton(variantButtons, 1)?.handout).toBe('notes')
    expect(pickButton(variantButtons, -1)).toBeNull()
  })
})

describe('page plan', () => {
  const job: ExportJob = { lang: 'bi', handout: 'notes' }
  it('the handout on one print view, each slide alone for its image, in the contract URL', () => {
    expect(handoutPage(base, job)).toEqual({
      url: 'app://briefing/index.html?print=1&lang=bi&handout=notes',
      what: 'The notes handout (bi)',
    })
    expect(slidePage('http://127.0.0.1:4000/', { lang: 'en', handout: 'slides' }, 3)).toEqual({
      url: 'http://127.0.0.1:4000/?print=1&lang=en&slide=3',
      what: 'Slide 3',
    })
  })
  it('images in slide order, named with the width the deck needs', () => {
    expect(imagePlan(base, job, 3).map((p) => p.file)).toEqual(['slide-01.png', 'slide-02.png', 'slide-03.png'])
    expect(imagePlan(base, job, 120)[6]).toMatchObject({ file: 'slide-007.png', what: 'Slide 7' })
  })
})

describe('running an export', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'export-test-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const job: ExportJob = { lang: 'en', handout: 'notes' }

  function fakeRenderer(pages = 3, state: (url: string) => Promise<ReadyState> = async () => ({ pages })) {
    const loaded: string[] = []
    const closed: string[] = []
    const renderer: PageRenderer = {
      open: async (url, use) => {
        loaded.push(`${use} ${url}`)
        return {
          ready: state(url),
          pdf: async (variant) => {
            expect(variant).toBe('notes')
            return new TextEncoder().encode('%PDF-1.7 fake')
          },
          png: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
          close: () => void closed.push(url),
        }
      },
    }
    return { renderer, loaded, closed }
  }
  const context = (renderer: PageRenderer, progress: ExportProgress[] = []): ExportContext => ({
    renderer,
    base,
    progress: (p) => progress.push(p),
  })

  it('PDF: renders the print view and writes the chosen file, reporting progress', async () => {
    const { renderer, loaded, closed } = fakeRenderer()
    const progress: ExportProgress[] = []
    const file = join(dir, 'brief.pdf')
    const result = await exportPdf(file, job, context(renderer, progress))
    expect(result).toEqual({ ok: true, path: file })
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 fake')
    expect(loaded).toEqual([`pdf ${handoutPage(base, job).url}`])
    expect(closed).toHaveLength(1)
    expect(progress).toEqual([
      { done: 0, total: 1 },
      { done: 1, total: 1, result },
    ])
    expect(readdirSync(dir)).toEqual(['brief.pdf'])
  })

  it('PDF: replaces an existing file, and refuses a folder as the target', async () => {
    const file = join(dir, 'brief.pdf')
    writeFileSync(file, 'older')
    expect(await exportPdf(file, job, context(fakeRenderer().renderer))).toEqual({ ok: true, path: file })
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 fake')
    const { renderer, loaded } = fakeRenderer()
    expect(await exportPdf(dir, job, context(renderer))).toEqual({
      ok: false,
      message: `${dir} is a folder; expected a file name such as briefing.pdf`,
    })
    expect(loaded).toEqual([])
  })

  it('PDF into an unwritable place fails before anything is rendered, with one clear message', async () => {
    const blocker = join(dir, 'file')
    writeFileSync(blocker, 'x')
    const { renderer, loaded } = fakeRenderer()
    const progress: ExportProgress[] = []
    const result = await exportPdf(join(blocker, 'brief.pdf'), job, context(renderer, progress))
    expect(result).toEqual({ ok: false, message: `${blocker} is not a folder` })
    expect(loaded).toEqual([])
    expect(progress.at(-1)?.result).toEqual(result)
    const missing = join(dir, 'none')
    expect(await exportPdf(join(missing, 'a.pdf'), job, context(renderer))).toEqual({
      ok: false,
      message: `the folder ${missing} does not exist`,
    })
  })

  it('PDF: a handout with a page count other than the slide count is refused, nothing written', async () => {
    const { renderer } = fakeRenderer(34)
    const result = await exportPdf(join(dir, 'a.pdf'), { ...job, slides: 35 }, context(renderer))
    expect(result).toEqual({
      ok: false,
      message: 'The notes handout (en) laid out 34 pages; expected 35, one per slide',
    })
    expect(readdirSync(dir)).toEqual([])
  })

  it('a page that cannot be printed, or that goes away, becomes the result message', async () => {
    const cannot = fakeRenderer(3, async () => ({ error: 'print view: slide 7 has no chart' })).renderer
    expect(await exportPdf(join(dir, 'a.pdf'), job, context(cannot))).toEqual({
      ok: false,
      message: 'The notes handout (en) cannot be printed: print view: slide 7 has no chart',
    })
    const gone = fakeRenderer(3, () => Promise.reject(new Error('the print view stopped (crashed)'))).renderer
    expect(await exportPdf(join(dir, 'a.pdf'), job, context(gone))).toEqual({
      ok: false,
      message: 'the print view stopped (crashed)',
    })
    expect(readdirSync(dir)).toEqual([])
  })

  it('images: counts pages, then one capture per slide, written as slide-NN.png', async () => {
    const { renderer, loaded, closed } = fakeRenderer(3)
    const progress: ExportProgress[] = []
    const result = await exportImages(dir, job, context(renderer, progress))
    expect(result).toEqual({ ok: true, path: dir })
    expect(readdirSync(dir).sort()).toEqual(['slide-01.png', 'slide-02.png', 'slide-03.png'])
    expect(loaded).toEqual([
      `pdf ${handoutPage(base, job).url}`,
      ...[1, 2, 3].map((n) => `png ${slidePage(base, job, n).url}`),
    ])
    expect(closed).toHaveLength(4)
    expect(progress.map((p) => [p.done, p.total])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
      [3, 3],
    ])
    expect(progress.at(-1)?.result).toEqual(result)
  })

  it('images: a known slide count needs no counting view', async () => {
    const { renderer, loaded } = fakeRenderer(99)
    expect(await exportImages(dir, { ...job, slides: 2 }, context(renderer))).toEqual({ ok: true, path: dir })
    expect(loaded).toEqual([1, 2].map((n) => `png ${slidePage(base, job, n).url}`))
  })

  it('images: a failing capture stops the export, says how far it got and leaves the old images', async () => {
    writeFileSync(join(dir, 'slide-01.png'), 'old')
    const { renderer } = fakeRenderer(3)
    let n = 0
    const failing: PageRenderer = {
      open: async (url, use) => {
        const view = await renderer.open(url, use)
        return {
          ...view,
          png: async () => {
            if (++n === 2) throw new Error('the print view stopped (crashed)')
            return new Uint8Array([1])
          },
        }
      },
    }
    const progress: ExportProgress[] = []
    const result = await exportImages(dir, job, context(failing, progress))
    expect(result).toEqual({ ok: false, message: 'the print view stopped (crashed)' })
    expect(progress.at(-1)).toEqual({ done: 1, total: 3, result })
    expect(readdirSync(dir)).toEqual(['slide-01.png'])
    expect(readFileSync(join(dir, 'slide-01.png'), 'utf8')).toBe('old')
  })
})

describe('probeFolder', () => {
  it('names a folder that refuses new files', async () => {
    const open = () => Promise.reject(Object.assign(new Error('no'), { code: 'EACCES' }))
    const fs = { stat: async () => ({ isDirectory: () => true }), open } as never
    await expect(probeFolder('/ro', fs)).rejects.toThrow('cannot write to the folder /ro (EACCES)')
  })
})

describe('whenReady', () => {
  function timers() {
    const pending = new Map<number, () => void>()
    let id = 0
    return {
      pending,
      setTimeout: (run: () => void) => (pending.set(++id, run), id),
      clearTimeout: (h: unknown) => void pending.delete(h as number),
      fireAll: () => [...pending.values()].forEach((run) => run()),
    }
  }

  it('resolves with the page count and clears its timer', async () => {
    const t = timers()
    await expect(whenReady({ ready: Promise.resolve({ pages: 12 }) }, 'Slide 1', 60_000, t)).resolves.toBe(12)
    expect(t.pending.size).toBe(0)
  })

  it('gives up after the time limit, with what the page reported', async () => {
    const t = timers()
    const view = { ready: new Promise<ReadyState>(() => {}), problem: () => 'font missing' }
    const wait = whenReady(view, 'The slides handout (zh)', 60_000, t)
    t.fireAll()
    await expect(wait).rejects.toThrow(
      'The slides handout (zh) was not ready to print within 60 s; the page reported: font missing',
    )
  })
})

describe('PrintReadySignals', () => {
  it('settles with the page count from the right window only', async () => {
    const signals = new PrintReadySignals()
    const wait = signals.wait(7)
    expect(signals.ready(8, 3)).toBe(false)
    expect(signals.ready(7, 12)).toBe(true)
    await expect(wait).resolves.toEqual({ pages: 12 })
    expect(signals.ready(7, 12)).toBe(false)
  })

  it("settles with the print view's own failure", async () => {
    const signals = new PrintReadySignals()
    const wait = signals.wait(7)
    signals.fail(7, 'print view: slide 3')
    await expect(wait).resolves.toEqual({ error: 'print view: slide 3' })
  })

  it('cancel rejects a waiting export', async () => {
    const signals = new PrintReadySignals()
    const wait = signals.wait(7)
    signals.cancel(7, new Error('the print view stopped (crashed)'))
    await expect(wait).rejects.toThrow('crashed')
  })
})

describe('printFailure', () => {
  it("picks out the print view's own error reports", () => {
    const message =
      'print view: the charts on slide 7 did not finish drawing within 30 s; the pages are not ready to print'
    expect(printFailure('error', message)).toBe(message)
    expect(printFailure('warning', message)).toBeNull()
    expect(printFailure('error', 'Uncaught TypeError: x is undefined')).toBeNull()
  })
})
