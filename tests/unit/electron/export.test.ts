import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExportProgress } from '../../../src/contract'
import { probeWritable, writeFileAtomic } from '../../../electron/main/atomic-write'
import {
  existingSlideImages,
  guardImageTarget,
  guardPdfTarget,
  languageButtons,
  needsOverwriteConfirm,
  pdfLayout,
  pdfOptions,
  pickButton,
  slideFileName,
  variantButtons,
  withPdfExtension,
} from '../../../electron/main/export-plan'
import {
  exportImages,
  exportPdf,
  printUrl,
  type DiskPorts,
  type ExportJob,
  type RenderPorts,
} from '../../../electron/main/export-run'
import { printFailure, PrintReadySignals } from '../../../electron/main/print-ready'
import { defaultSettings } from '../../../src/contract'

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

describe('running an export', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'export-test-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const job: ExportJob = { lang: 'en', handout: 'notes', settings: defaultSettings() }
  const disk: DiskPorts = { probe: (d) => probeWritable(d), write: (f, data) => writeFileAtomic(f, data) }

  function fakeRender(pages = 3) {
    const loaded: string[] = []
    const render: RenderPorts = {
      printPdf: async (url, options) => {
        loaded.push(url)
        expect(options).toEqual(pdfOptions('notes'))
        return new TextEncoder().encode('%PDF-1.7 fake')
      },
      pageCount: async (url) => {
        loaded.push(url)
        return pages
      },
      capturePng: async (url) => {
        loaded.push(url)
        return new Uint8Array([0x89, 0x50, 0x4e, 0x47])
      },
    }
    return { render, loaded }
  }

  it('print URLs follow the renderer contract', () => {
    expect(printUrl(job)).toBe('app://briefing/index.html?print=1&lang=en&handout=notes')
    expect(printUrl(job, 4)).toBe('app://briefing/index.html?print=1&lang=en&handout=notes&slide=4')
  })

  it('PDF: renders the print view and writes the chosen file, reporting progress', async () => {
    const { render, loaded } = fakeRender()
    const progress: ExportProgress[] = []
    const file = join(dir, 'brief.pdf')
    const result = await exportPdf(file, job, render, disk, (p) => progress.push(p))
    expect(result).toEqual({ ok: true, path: file })
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 fake')
    expect(loaded).toEqual([printUrl(job)])
    expect(progress).toEqual([
      { done: 0, total: 1 },
      { done: 1, total: 1, result },
    ])
    expect(readdirSync(dir)).toEqual(['brief.pdf'])
  })

  it('PDF into an unwritable place fails before anything is rendered, with one clear message', async () => {
    const blocker = join(dir, 'file')
    writeFileSync(blocker, 'x')
    const { render, loaded } = fakeRender()
    const progress: ExportProgress[] = []
    const result = await exportPdf(join(blocker, 'brief.pdf'), job, render, disk, (p) => progress.push(p))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toBe(`cannot write to ${blocker} (ENOTDIR)`)
    expect(loaded).toEqual([])
    expect(progress.at(-1)?.result).toEqual(result)
  })

  it('a render failure (e.g. the 60 s timeout) becomes the result message', async () => {
    const render: RenderPorts = {
      ...fakeRender().render,
      printPdf: () => Promise.reject(new Error('The print view did not finish laying out its pages within 60 s')),
    }
    const result = await exportPdf(join(dir, 'a.pdf'), job, render, disk, () => {})
    expect(result).toEqual({ ok: false, message: 'The print view did not finish laying out its pages within 60 s' })
    expect(readdirSync(dir)).toEqual([])
  })

  it('images: counts pages, then one capture per slide, written as slide-NN.png', async () => {
    const { render, loaded } = fakeRender(3)
    const progress: ExportProgress[] = []
    const result = await exportImages(dir, job, render, disk, (p) => progress.push(p))
    expect(result).toEqual({ ok: true, path: dir })
    expect(readdirSync(dir).sort()).toEqual(['slide-01.png', 'slide-02.png', 'slide-03.png'])
    expect(loaded).toEqual([printUrl(job), printUrl(job, 1), printUrl(job, 2), printUrl(job, 3)])
    expect(progress.map((p) => [p.done, p.total])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
      [3, 3],
    ])
    expect(progress.at(-1)?.result).toEqual(result)
  })

  it('images: a failing capture stops the export and says how far it got', async () => {
    const { render } = fakeRender(3)
    let n = 0
    render.capturePng = async () => {
      if (++n === 2) throw new Error('the print view stopped (crashed)')
      return new Uint8Array([1])
    }
    const progress: ExportProgress[] = []
    const result = await exportImages(dir, job, render, disk, (p) => progress.push(p))
    expect(result).toEqual({ ok: false, message: 'the print view stopped (crashed)' })
    expect(progress.at(-1)).toEqual({ done: 1, total: 3, result })
  })
})

describe('PrintReadySignals', () => {
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

  it('resolves with the page count from the right window only', async () => {
    const t = timers()
    const signals = new PrintReadySignals(60_000, t)
    const wait = signals.wait(7, 'The print view')
    expect(signals.ready(8, 3)).toBe(false)
    expect(signals.ready(7, 12)).toBe(true)
    await expect(wait).resolves.toBe(12)
    expect(t.pending.size).toBe(0)
    expect(signals.ready(7, 12)).toBe(false)
  })

  it('rejects with a clear message on timeout', async () => {
    const t = timers()
    const signals = new PrintReadySignals(60_000, t)
    const wait = signals.wait(7, 'The print view')
    t.fireAll()
    await expect(wait).rejects.toThrow('The print view did not finish laying out its pages within 60 s')
  })

  it('cancel rejects a waiting export', async () => {
    const signals = new PrintReadySignals(60_000, timers())
    const wait = signals.wait(7, 'x')
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
