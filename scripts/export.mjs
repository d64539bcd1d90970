// `npm run export`: PDF handouts and slide images from the built renderer, printed by headless
// Chromium once the print view (`?print=1`) says every page is ready. See `--help`. The page
// plan, file names, checks and writes are the desktop app's (electron/main/export, through jiti);
// this file only drives Chromium.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createJiti } from 'jiti'
import { chromiumPath, launchChromium } from './chromium.mjs'
import { parseExportArgs, programmePageCount, usage } from './export-options.mjs'
import { readProgrammeFile } from './start-options.mjs'
import { outRenderer, serve } from './serve.mjs'

const jiti = createJiti(import.meta.url)
const { exportImages, exportPdf, readyTimeoutMs } = await jiti.import('../electron/main/export/index.ts')
const { readPack } = await jiti.import('../electron/main/report-pack.ts')

export { readyTimeoutMs }

/** A failure with a message meant for the user as it is. */
export class ExportError extends Error {
  /** 2: what was asked for cannot be done as given (a broken --report pack); 1: the export failed. */
  constructor(message, exitCode = 1) {
    super(message)
    this.exitCode = exitCode
  }
}

/** Temporary files and folders to remove if the process is interrupted. */
const scratch = new Set()

/** The file system, noting every temporary file and folder the export makes until it is gone. */
const trackingFs = {
  ...fsp,
  async open(path, flags, mode) {
    const handle = await fsp.open(path, flags, mode)
    if (flags === 'wx') scratch.add(path)
    return handle
  },
  async mkdtemp(prefix) {
    const dir = await fsp.mkdtemp(prefix)
    scratch.add(dir)
    return dir
  },
  async rename(from, to) {
    await fsp.rename(from, to)
    scratch.delete(from)
  },
  async unlink(path) {
    await fsp.unlink(path)
    scratch.delete(path)
  },
  async rm(path, options) {
    await fsp.rm(path, options)
    scratch.delete(path)
  },
}

/** The slides of the report to export, the pack checked first: `--report`'s, or the built one's. */
function reportSlides(root, report) {
  const dir = report ?? join(root, 'content')
  const read = readPack(dir)
  if (read.ok) return read.report.deck.slides
  if (report === undefined)
    throw new ExportError(`the built report in ${dir} does not load (${read.problems[0]}); run \`npm run build\` again`)
  throw new ExportError(`--report=${report}: the report pack cannot be opened:\n  ${read.problems.join('\n  ')}`, 2)
}

/** The programme file of `--programme`, read before anything renders: its text, name and slides. */
function programmeOf(options) {
  if (options.programme === undefined) return undefined
  const read = readProgrammeFile(options.programme, (file) => readFileSync(file, 'utf8'))
  if (read.problem) throw new ExportError(read.problem)
  return { text: read.text, name: read.name, programme: JSON.parse(read.text) }
}

async function launch() {
  try {
    return await launchChromium()
  } catch (error) {
    const first = String(error.message).split('\n')[0]
    throw new ExportError(
      `cannot start Chromium at ${chromiumPath} (${first}); set CHROMIUM_PATH to a Chromium or Chrome binary`,
    )
  }
}

/** The pipeline's renderer: one Chromium page (started on first use), navigated to each print view in turn. */
function chromiumRenderer() {
  let browser
  let page
  const errors = []
  const open = async (url) => {
    if (!page) {
      browser = await launch()
      page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 })
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(String(error)))
    }
    errors.splice(0)
    await page.goto(url, { waitUntil: 'load' })
    const ready = page
      .waitForFunction(
        () => {
          const data = document.documentElement.dataset
          if (data.printReady === 'true') return { pages: Number(data.printPages) }
          if (data.printError) return { error: data.printError }
          return false
        },
        undefined,
        { timeout: 0, polling: 100 },
      )
      .then((handle) => handle.jsonValue())
    return {
      ready,
      problem: () => errors[0],
      pdf: () => page.pdf({ preferCSSPageSize: true, printBackground: true }),
      png: () => page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: 1920, height: 1080 } }),
      close: () => {},
    }
  }
  return { open, close: () => browser?.close().catch(() => {}) }
}

function size(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`
}

/** Runs one export; resolves to a summary line, rejects with an ExportError naming the problem. */
export async function runExport(
  options,
  { root = process.env.BRIEFING_RENDERER_DIR || outRenderer(), timeoutMs = readyTimeoutMs } = {},
) {
  if (!existsSync(join(root, 'index.html')))
    throw new ExportError(`${join(root, 'index.html')} is missing: run \`npm run build\` first`)
  const programme = programmeOf(options)
  const deck = reportSlides(root, options.report)
  const slides = programme ? programmePageCount(programme.programme, deck) : deck.length
  const job = {
    lang: options.lang,
    handout: options.handout,
    slides,
    ...(programme && { programme: programme.name }),
    ...(options.appendix && { appendix: true }),
  }
  const server = await serve({ root, programme: programme?.text ?? null, report: options.report })
  const renderer = chromiumRenderer()
  try {
    const context = { renderer, base: server.url, fs: trackingFs, timeoutMs }
    const run = options.format === 'pdf' ? exportPdf : exportImages
    const result = await run(options.target, job, context)
    if (!result.ok) throw new ExportError(result.message)
    if (options.format === 'png') return `wrote ${slides} images (1920×1080) to ${result.path}`
    const { size: bytes } = await fsp.stat(result.path)
    const pages = options.appendix ? `${slides} slide pages and the data appendix` : `${slides} pages`
    return `wrote ${result.path} (${pages}, ${size(bytes)})`
  } finally {
    await renderer.close()
    await server.close()
  }
}

function interrupted() {
  for (const path of scratch) rmSync(path, { recursive: true, force: true })
  process.exit(130)
}

async function main(argv) {
  const parsed = parseExportArgs(argv)
  if (!parsed.ok) {
    console.error(`export: ${parsed.message}`)
    return 2
  }
  if (parsed.options.help) {
    console.log(usage)
    return 0
  }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  try {
    console.log(await runExport(parsed.options))
    return 0
  } catch (error) {
    console.error(`export: ${error instanceof ExportError ? error.message : (error.stack ?? error)}`)
    return error instanceof ExportError ? error.exitCode : 1
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2))
