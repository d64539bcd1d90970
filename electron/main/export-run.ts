// Running an export: the order of steps, with the windows and the disk behind small ports.
import { dirname, join } from 'node:path'
import type { ExportProgress, HandoutVariant, Settings } from '../../src/contract'
import type { StartLang } from '../../src/contract'
import type { CliOptions } from './cli'
import { guardImageTarget, guardPdfTarget, pdfOptions, slideFileName } from './export-plan'
import { rendererUrl } from './url'

export interface RenderPorts {
  /** Loads `url` in a hidden window, waits for printReady and prints it; resolves to the PDF bytes. */
  printPdf(url: string, options: ReturnType<typeof pdfOptions>): Promise<Uint8Array>
  /** Loads `url` in a hidden window and resolves to the page count it reports (printReady). */
  pageCount(url: string): Promise<number>
  /** Loads `url` in a hidden 1920×1080 window, waits for printReady and captures it as PNG. */
  capturePng(url: string): Promise<Uint8Array>
}

export interface DiskPorts {
  /** Rejects when no file can be created in `dir`. */
  probe(dir: string): Promise<void>
  write(file: string, data: Uint8Array): Promise<void>
}

export interface ExportJob {
  lang: StartLang
  handout: HandoutVariant
  settings: Settings
  /** The programme the handout follows (`?programme=NAME`); absent: the whole report. */
  programme?: string
}

export type ExportResult = { ok: true; path: string } | { ok: false; message: string }

const noOptions: CliOptions = { kiosk: false, presenter: false, dev: false }

export function printUrl(job: ExportJob, slide?: number): string {
  return rendererUrl(
    { kind: 'print', lang: job.lang, handout: job.handout, slide, programme: job.programme },
    noOptions,
    job.settings,
  )
}

function failure(error: unknown): ExportResult {
  const message = error instanceof Error ? error.message : String(error)
  return { ok: false, message }
}

function unwritable(target: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  return `cannot write to ${target}${code ? ` (${code})` : ''}`
}

export async function exportPdf(
  file: string,
  job: ExportJob,
  render: RenderPorts,
  disk: DiskPorts,
  progress: (p: ExportProgress) => void,
): Promise<ExportResult> {
  const target = guardPdfTarget(file, file)
  let result: ExportResult
  try {
    await disk.probe(dirname(target)).catch((error) => {
      throw new Error(unwritable(dirname(target), error))
    })
    progress({ done: 0, total: 1 })
    const pdf = await render.printPdf(printUrl(job), pdfOptions(job.handout))
    await disk.write(guardPdfTarget(file, target), pdf)
    result = { ok: true, path: target }
  } catch (error) {
    result = failure(error)
  }
  progress({ done: result.ok ? 1 : 0, total: 1, result })
  return result
}

export async function exportImages(
  folder: string,
  job: ExportJob,
  render: RenderPorts,
  disk: DiskPorts,
  progress: (p: ExportProgress) => void,
): Promise<ExportResult> {
  let result: ExportResult
  let done = 0
  let total = 0
  try {
    await disk.probe(folder).catch((error) => {
      throw new Error(unwritable(folder, error))
    })
    total = await render.pageCount(printUrl(job))
    progress({ done, total })
    for (let n = 1; n <= total; n++) {
      const png = await render.capturePng(printUrl(job, n))
      await disk.write(guardImageTarget(folder, join(folder, slideFileName(n, total))), png)
      done = n
      progress({ done, total })
    }
    result = { ok: true, path: folder }
  } catch (error) {
    result = failure(error)
  }
  progress({ done, total, result })
  return result
}
