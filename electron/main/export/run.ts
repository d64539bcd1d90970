// Running an export: the plan's pages rendered one after another by a PageRenderer (Electron's
// hidden windows, or Playwright's page), each awaited until ready, then written to disk. Never
// throws: the result says what went wrong, and progress is reported as it goes.
import { dirname, join, resolve } from 'node:path'
import type { ExportProgress, HandoutVariant } from '../../../src/contract'
import type { Timers } from '../healing'
import { expectFileName, nodeFs, probeFolder, writeExport, type ExportFs } from './disk'
import { guardImageTarget, guardPdfTarget, handoutPage, imagePlan, type ExportJob, type PrintPage } from './plan'
import { readyTimeoutMs, realTimers, whenReady, type ReadySignal } from './ready'

/** A print view loaded by a renderer. */
export interface PrintView extends ReadySignal {
  pdf(variant: HandoutVariant): Promise<Uint8Array>
  png(): Promise<Uint8Array>
  close(): void | Promise<void>
}

export interface PageRenderer {
  /** Loads `url` (for a PDF or the page count, or for one slide's image) and resolves once it has loaded. */
  open(url: string, use: 'pdf' | 'png'): Promise<PrintView>
}

export interface ExportContext {
  renderer: PageRenderer
  /** The renderer's address (app://briefing/index.html, or the web edition's server). */
  base: string
  fs?: ExportFs
  progress?(progress: ExportProgress): void
  timeoutMs?: number
  timers?: Timers
}

export type ExportResult = { ok: true; path: string } | { ok: false; message: string }

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Opens `page`, waits until it is ready and runs `use` on it; the view is closed whatever happens. */
async function withPage<T>(
  ctx: ExportContext,
  page: PrintPage,
  kind: 'pdf' | 'png',
  use: (view: PrintView, pages: number) => Promise<T>,
): Promise<T> {
  const view = await ctx.renderer.open(page.url, kind)
  try {
    const pages = await whenReady(view, page.what, ctx.timeoutMs ?? readyTimeoutMs, ctx.timers ?? realTimers)
    return await use(view, pages)
  } finally {
    await view.close()
  }
}

export async function exportPdf(file: string, job: ExportJob, ctx: ExportContext): Promise<ExportResult> {
  const fs = ctx.fs ?? nodeFs
  const progress = ctx.progress ?? (() => {})
  const target = guardPdfTarget(file, file)
  let result: ExportResult
  try {
    await expectFileName(target, fs)
    await probeFolder(dirname(target), fs)
    progress({ done: 0, total: 1 })
    const page = handoutPage(ctx.base, job)
    const pdf = await withPage(ctx, page, 'pdf', async (view, pages) => {
      if (job.slides !== undefined && pages !== job.slides)
        throw new Error(`${page.what} laid out ${pages} pages; expected ${job.slides}, one per slide`)
      return view.pdf(job.handout)
    })
    await writeExport(guardPdfTarget(file, target), pdf, fs)
    result = { ok: true, path: target }
  } catch (error) {
    result = { ok: false, message: message(error) }
  }
  progress({ done: result.ok ? 1 : 0, total: 1, result })
  return result
}

/**
 * One image per slide, slide-01.png, ...: rendered into a hidden folder inside `folder` and moved
 * into place only when every slide has rendered, so a failed export leaves the old images.
 */
export async function exportImages(folder: string, job: ExportJob, ctx: ExportContext): Promise<ExportResult> {
  const fs = ctx.fs ?? nodeFs
  const progress = ctx.progress ?? (() => {})
  const dir = resolve(folder)
  let result: ExportResult
  let done = 0
  let total = 0
  let staging: string | undefined
  try {
    await probeFolder(dir, fs)
    total = job.slides ?? (await withPage(ctx, handoutPage(ctx.base, job), 'pdf', async (_view, pages) => pages))
    progress({ done, total })
    staging = await fs.mkdtemp(join(dir, '.export-'))
    const plan = imagePlan(ctx.base, job, total)
    for (const page of plan) {
      const png = await withPage(ctx, page, 'png', (view) => view.png())
      await fs.writeFile(join(staging, page.file), png)
      done++
      progress({ done, total })
    }
    for (const page of plan) await fs.rename(join(staging, page.file), guardImageTarget(dir, join(dir, page.file)))
    result = { ok: true, path: dir }
  } catch (error) {
    result = { ok: false, message: message(error) }
  } finally {
    if (staging) await fs.rm(staging, { recursive: true, force: true }).catch(() => {})
  }
  progress({ done, total, result })
  return result
}
