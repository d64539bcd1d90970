// `npm run export`: PDF handouts and slide images from the built renderer, printed by headless
// Chromium once the print view (`?print=1`) says every page is ready. See `--help`.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { mkdtemp, open, rename, rm, stat, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromiumPath, launchChromium } from './chromium.mjs'
import { expectedPages, parseExportArgs, printQuery, slideImageName, tempNameBeside, usage } from './export-options.mjs'
import { outRenderer, serve } from './serve.mjs'

export const readyTimeoutMs = 60_000

/** A failure with a message meant for the user as it is. */
export class ExportError extends Error {}

/** Temporary files and folders to remove if the process is interrupted. */
const scratch = new Set()

function tempBeside(file) {
  const path = tempNameBeside(file, `${process.pid}-${randomBytes(4).toString('hex')}`)
  scratch.add(path)
  return path
}

async function removeScratch(path) {
  await rm(path, { recursive: true, force: true }).catch(() => {})
  scratch.delete(path)
}

/** Fails before any rendering when no file can be created in `dir`: creates and removes a probe file there. */
export async function probeFolder(dir) {
  const info = await stat(dir).catch((error) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new ExportError(`the folder ${dir} does not exist`)
    throw new ExportError(`cannot use the folder ${dir} (${error.code ?? error.message})`)
  })
  if (!info.isDirectory()) throw new ExportError(`${dir} is not a folder`)
  const probe = tempBeside(join(dir, 'probe'))
  try {
    const handle = await open(probe, 'wx', 0o644)
    await handle.close()
  } catch (error) {
    throw new ExportError(`cannot write to the folder ${dir} (${error.code ?? error.message})`)
  } finally {
    await unlink(probe).catch(() => {})
    scratch.delete(probe)
  }
}

/** Writes `data` to a temporary file beside `file`, flushes it, then renames it over `file`. */
async function writeAtomically(file, data) {
  const tmp = tempBeside(file)
  try {
    const handle = await open(tmp, 'wx', 0o644)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, file)
  } catch (error) {
    throw new ExportError(`cannot write ${file} (${error.code ?? error.message})`)
  } finally {
    await removeScratch(tmp)
  }
}

function deckSlideCount(root) {
  const file = join(root, 'content', 'deck.json')
  try {
    return JSON.parse(readFileSync(file, 'utf8')).slides.length
  } catch (error) {
    throw new ExportError(`cannot read the built deck ${file} (${error.message}); run \`npm run build\` again`)
  }
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

/** Console errors of the page since the last `clear()`: the print view names what kept it from being ready. */
function watchErrors(page) {
  const errors = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(String(error)))
  return { errors, clear: () => errors.splice(0) }
}

/** Opens the print view at `url` and waits until it declares its pages ready; resolves to the page count. */
async function openPrintView(page, url, what, watch, timeoutMs) {
  watch.clear()
  await page.goto(url, { waitUntil: 'load' })
  let state
  try {
    const handle = await page.waitForFunction(
      () => {
        const data = document.documentElement.dataset
        if (data.printReady === 'true')
          return { pages: Number(data.printPages), appendix: Number(data.printAppendixPages ?? 0) }
        if (data.printError) return { error: data.printError }
        return false
      },
      undefined,
      { timeout: timeoutMs, polling: 100 },
    )
    state = await handle.jsonValue()
  } catch (error) {
    if (error.name !== 'TimeoutError') throw error
    const reason = watch.errors[0] ? `; the page reported: ${watch.errors[0]}` : ''
    throw new ExportError(`${what} was not ready to print within ${Math.round(timeoutMs / 1000)} s${reason}`)
  }
  if (state.error) throw new ExportError(`${what} cannot be printed: ${state.error}`)
  return { pages: state.pages, appendix: state.appendix }
}

function size(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`
}

async function exportPdf(page, base, options, slideCount, watch, timeoutMs) {
  const what = `The ${options.handout} handout (${options.lang})`
  const { pages, appendix } = await openPrintView(page, base + printQuery(options), what, watch, timeoutMs)
  const expected = expectedPages(options.handout, slideCount)
  if (pages !== expected) throw new ExportError(`${what} laid out ${pages} pages; expected ${expected}, one per slide`)
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await writeAtomically(options.target, pdf)
  const extra = appendix ? ` and ${appendix} of the data appendix` : ''
  return `wrote ${options.target} (${pages} pages${extra}, ${size(pdf.length)})`
}

async function exportPng(page, base, options, slideCount, watch, timeoutMs) {
  // Images go to a hidden folder first and are moved into place only when every slide has rendered.
  const staging = await mkdtemp(join(options.target, '.export-'))
  scratch.add(staging)
  try {
    const names = []
    for (let n = 1; n <= slideCount; n++) {
      await openPrintView(page, base + printQuery({ lang: options.lang, slide: n }), `Slide ${n}`, watch, timeoutMs)
      const name = slideImageName(n, slideCount)
      await page.screenshot({ path: join(staging, name), type: 'png', clip: { x: 0, y: 0, width: 1920, height: 1080 } })
      names.push(name)
    }
    for (const name of names) await rename(join(staging, name), join(options.target, name))
    return `wrote ${names.length} images (1920×1080) to ${options.target}`
  } finally {
    await removeScratch(staging)
  }
}

/** Runs one export; resolves to a summary line, rejects with an ExportError naming the problem. */
export async function runExport(
  options,
  { root = process.env.BRIEFING_RENDERER_DIR || outRenderer(), timeoutMs = readyTimeoutMs } = {},
) {
  if (!existsSync(join(root, 'index.html')))
    throw new ExportError(`${join(root, 'index.html')} is missing: run \`npm run build\` first`)
  const slideCount = deckSlideCount(root)
  if (options.format === 'pdf') {
    const existing = await stat(options.target).catch(() => undefined)
    if (existing?.isDirectory())
      throw new ExportError(`${options.target} is a folder; expected a file name such as briefing.pdf`)
    await probeFolder(dirname(options.target))
  } else {
    await probeFolder(options.target)
  }
  const server = await serve({ root })
  let browser
  try {
    browser = await launch()
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 })
    const watch = watchErrors(page)
    const run = options.format === 'pdf' ? exportPdf : exportPng
    return await run(page, server.url, options, slideCount, watch, timeoutMs)
  } finally {
    await browser?.close().catch(() => {})
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
    return 1
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2))
