// What an export renders, in which order, and where its files may go: the same for the desktop app
// (Electron) and `npm run export` (Chromium through Playwright). Pure: no window, no disk.
import { basename, dirname, extname, resolve } from 'node:path'
import {
  deckLangOf,
  rendererUrl,
  slideFilePattern,
  slideFileName,
  type HandoutVariant,
  type StartLang,
} from '../../../src/contract'

export { slideFileName }

/** One export: the language of the slides and the handout. */
export interface ExportJob {
  lang: StartLang
  handout: HandoutVariant
  /** The deck's slide count when it is known beforehand: a handout must have one page per slide. */
  slides?: number
  /** The visit programme the handout follows (`?programme=NAME`); absent: the whole report. */
  programme?: string
  /** The data appendix after the slides (PDF only). */
  appendix?: boolean
}

const programmeOf = (job: ExportJob) => (job.programme === undefined ? {} : { programme: job.programme })

/** One print view to load: its URL, and its name in messages. */
export interface PrintPage {
  url: string
  what: string
}

/** The whole handout on one print view (a PDF, or the page count before slide images). */
export function handoutPage(base: string, job: ExportJob): PrintPage {
  return {
    url: rendererUrl(base, {
      ...deckLangOf(job.lang),
      print: { handout: job.handout, ...(job.appendix && { appendix: true }) },
      ...programmeOf(job),
    }),
    what: `The ${job.handout} handout (${job.lang})`,
  }
}

/** Slide `n` (1-based) alone at 1920×1080, for its image. */
export function slidePage(base: string, job: ExportJob, n: number): PrintPage {
  return {
    url: rendererUrl(base, { ...deckLangOf(job.lang), print: { slide: n }, ...programmeOf(job) }),
    what: `Slide ${n}`,
  }
}

/** Slide images in order: the page to load and the file it becomes. */
export function imagePlan(base: string, job: ExportJob, slides: number): (PrintPage & { file: string })[] {
  return Array.from({ length: slides }, (_, i) => ({
    ...slidePage(base, job, i + 1),
    file: slideFileName(i + 1, slides),
  }))
}

export interface PdfLayout {
  pageSize: 'A4' | { width: number; height: number }
  landscape: boolean
}

/** 16:9 slides at 13.333 × 7.5 in (PowerPoint's widescreen size); notes on A4 landscape. */
export function pdfLayout(variant: HandoutVariant): PdfLayout {
  return variant === 'notes'
    ? { pageSize: 'A4', landscape: true }
    : { pageSize: { width: 13.333, height: 7.5 }, landscape: false }
}

export function pdfOptions(variant: HandoutVariant) {
  return {
    printBackground: true,
    preferCSSPageSize: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    ...pdfLayout(variant),
  }
}

/** A name for PDFs: the given one with ".pdf" added when it has another or no extension. */
export function withPdfExtension(file: string): string {
  return extname(file).toLowerCase() === '.pdf' ? file : `${file}.pdf`
}

/** Throws unless `target` is exactly the chosen PDF file. */
export function guardPdfTarget(chosen: string, target: string): string {
  const a = resolve(chosen)
  if (resolve(target) !== a) throw new Error(`refusing to write ${target}: not the chosen file ${chosen}`)
  return a
}

/** Throws unless `target` is a generated slide image directly inside the chosen folder. */
export function guardImageTarget(folder: string, target: string): string {
  const dir = resolve(folder)
  const file = resolve(target)
  if (dirname(file) !== dir || !slideFilePattern.test(basename(file)))
    throw new Error(`refusing to write ${target}: not a slide image inside ${folder}`)
  return file
}

/** Slide images already in a folder that an export would replace. */
export function existingSlideImages(names: readonly string[]): string[] {
  return names.filter((name) => slideFilePattern.test(name)).sort()
}
