#!/usr/bin/env node
// Benchmarks of the built renderer in headless Chromium: start-up, slide change, long tasks during
// chart animations, language switch, memory over kiosk loops, and bundle size. Each timing is the
// median of several runs (these machines are noisy); results print as a table and go to
// bench-results/bench.json.
//   node scripts/bench.mjs [--runs=7] [--loops=50]   (--loops=0 skips the kiosk memory run)
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { createJiti } from 'jiti'
import { launchChromium } from './chromium.mjs'
import { outRenderer, serve } from './serve.mjs'

const jiti = createJiti(import.meta.url)
const { count, positiveInteger, readFlags, valueFlag } = await jiti.import('../electron/main/flags.ts')
const { rendererUrl } = await jiti.import('../src/contract/index.ts')

const flagTable = {
  runs: valueFlag('expected a whole number of runs', positiveInteger),
  loops: valueFlag('expected a whole number of kiosk loops (0 skips the memory run)', count),
}
const flags = readFlags(process.argv.slice(2), flagTable, { usage: 'expected --runs=N and --loops=N' })
if (flags.problems.length) {
  console.error(`bench: ${flags.problems[0]}`)
  process.exit(2)
}
const runs = flags.values.runs ?? 7
const loops = flags.values.loops ?? 50
const root = outRenderer()

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

async function openPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  await page.goto(url)
  await page.waitForSelector('[data-deck-ready="true"]', { state: 'attached' })
  await page.evaluate(() => document.fonts.ready)
  return page
}

/** Navigation start to the first slide painted with its fonts loaded. */
async function startUp(browser, base) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await context.newPage()
    await page.goto(rendererUrl(base, { lang: 'zh', slide: 1 }))
    times.push(
      await page.evaluate(async () => {
        while (!document.querySelector('[data-slide-number] article'))
          await new Promise((r) => requestAnimationFrame(r))
        await document.fonts.ready
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
        return performance.now()
      }),
    )
    await context.close()
  }
  return median(times)
}

/** A key press, in the page, to the frame after the deck shows the change. */
function pressAndPaint(page, key, changed) {
  return page.evaluate(
    async ([key, changed]) => {
      const stage = () => document.querySelector('[data-slide-number]')
      const before = { slide: stage().dataset.slideNumber, step: stage().dataset.step, lang: stage().dataset.lang }
      const start = performance.now()
      window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
      const done = () => {
        const now = { slide: stage().dataset.slideNumber, step: stage().dataset.step, lang: stage().dataset.lang }
        if (changed === 'lang') {
          if (now.lang === before.lang) return false
          const texts = [
            ...document.querySelectorAll(
              '[data-slide-number] article .primary, [data-slide-number] svg text, [data-counter]',
            ),
          ]
          const cjk = /[\u4e00-\u9fff]/
          return texts.every((el) => (now.lang === 'en' ? !cjk.test(el.textContent ?? '') : true))
        }
        return now.slide !== before.slide || now.step !== before.step
      }
      while (!done()) await new Promise((r) => requestAnimationFrame(r))
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      return performance.now() - start
    },
    [key, changed],
  )
}

async function slideChanges(browser, base) {
  const page = await openPage(browser, rendererUrl(base, { lang: 'zh', slide: 1 }))
  const times = []
  const total = await page.evaluate(() =>
    Number(document.querySelector('[data-counter]')?.textContent?.split('/')[1] ?? 30),
  )
  for (let i = 0; i < Math.max(runs * 3, total); i++) {
    times.push(await pressAndPaint(page, 'PageDown', 'place'))
    await page.waitForTimeout(120)
  }
  await page.close()
  return median(times)
}

async function languageSwitches(browser, base) {
  const page = await openPage(browser, rendererUrl(base, { lang: 'zh', slide: 2 }))
  const times = []
  for (let i = 0; i < runs * 2; i++) {
    times.push(await pressAndPaint(page, 'l', 'lang'))
    await page.waitForTimeout(150)
    if (i % 2 === 1) {
      await page.keyboard.press('PageDown')
      await page.waitForTimeout(300)
    }
  }
  await page.close()
  return median(times)
}

/** Long tasks on the main thread while each chart slide plays its entrance. */
async function chartLongTasks(browser, base) {
  const page = await openPage(browser, rendererUrl(base, { lang: 'zh', slide: 1 }))
  await page.evaluate(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    })
  })
  const total = await page.evaluate(() =>
    Number(document.querySelector('[data-counter]')?.textContent?.split('/')[1] ?? 30),
  )
  let chartSlides = 0
  for (let n = 1; n <= total; n++) {
    await page.evaluate((n) => (location.hash = `#/${n}`), n)
    await page.waitForTimeout(60)
    if (await page.locator('[data-slide-number] [data-chart-visual]').count()) {
      chartSlides++
      await page.waitForTimeout(1600)
    }
  }
  const tasks = await page.evaluate(() => window.__longTasks)
  await page.close()
  return {
    chartSlides,
    count: tasks.length,
    longestMs: tasks.length ? Math.max(...tasks) : 0,
    totalMs: tasks.reduce((a, b) => a + b, 0),
  }
}

/** Memory over kiosk loops: the soak run, whose figures it reads back from bench-results/soak.json. */
function kioskMemory() {
  const run = spawnSync(process.execPath, ['scripts/soak.mjs', `--loops=${loops}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const soak = JSON.parse(readFileSync('bench-results/soak.json', 'utf8'))
  const mb = (bytes) => bytes / 1024 / 1024
  return {
    pass: run.status === 0,
    first: { loop: soak.baseline.loop, heapMB: mb(soak.baseline.heapObjectsBytes), domNodes: soak.baseline.domNodes },
    last: { loop: soak.final.loop, heapMB: mb(soak.final.heapObjectsBytes), domNodes: soak.final.domNodes },
    heapGrowthPct: soak.growth.heapObjects * 100,
    heapIncludingCodeGrowthPct: soak.growth.heapUsedIncludingCode * 100,
    domGrowthPct: soak.growth.domNodes * 100,
  }
}

function sizes() {
  const assets = join(root, 'assets')
  const files = readdirSync(assets)
  const sum = (filter, fn) => files.filter(filter).reduce((total, file) => total + fn(join(assets, file)), 0)
  return {
    jsGzipKB: round(
      sum(
        (f) => f.endsWith('.js'),
        (p) => gzipSync(readFileSync(p)).length,
      ) / 1024,
    ),
    cssGzipKB: round(
      sum(
        (f) => f.endsWith('.css'),
        (p) => gzipSync(readFileSync(p)).length,
      ) / 1024,
    ),
    fontFiles: files.filter((f) => f.endsWith('.woff2')).length,
    fontsMB: round(
      sum(
        (f) => f.endsWith('.woff2'),
        (p) => statSync(p).size,
      ) /
        1024 /
        1024,
      2,
    ),
    otherFontFormats: files.filter((f) => /\.(woff|ttf|otf)$/.test(f)).length,
  }
}

const server = await serve({ root })
const browser = await launchChromium(['--js-flags=--expose-gc'])
try {
  const results = {
    date: new Date().toISOString(),
    runs,
    startUpMs: round(await startUp(browser, server.url)),
    slideChangeMs: round(await slideChanges(browser, server.url)),
    languageSwitchMs: round(await languageSwitches(browser, server.url)),
    chartAnimationLongTasks: await chartLongTasks(browser, server.url),
    kioskMemory: loops > 5 ? kioskMemory() : null,
    size: sizes(),
  }
  mkdirSync('bench-results', { recursive: true })
  writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2) + '\n')
  const m = results.kioskMemory
  const memoryRows = m
    ? {
        [`JS heap objects after GC, loop ${m.first.loop} → ${m.last.loop} (MB)`]: `${round(m.first.heapMB, 2)} → ${round(m.last.heapMB, 2)} (${round(m.heapGrowthPct)}%; with compiled code ${round(m.heapIncludingCodeGrowthPct)}%)`,
        [`DOM nodes after GC, loop ${m.first.loop} → ${m.last.loop}`]: `${m.first.domNodes} → ${m.last.domNodes} (${round(m.domGrowthPct)}%)`,
      }
    : {}
  console.table({
    'start-up to first slide painted (median ms)': results.startUpMs,
    'slide change, key to paint (median ms)': results.slideChangeMs,
    'language switch, key to every string (median ms)': results.languageSwitchMs,
    'long tasks during chart entrances (count / longest ms)': `${results.chartAnimationLongTasks.count} / ${round(results.chartAnimationLongTasks.longestMs)}`,
    ...memoryRows,
    'renderer JS gzipped (KB)': results.size.jsGzipKB,
    'fonts (woff2 files / MB)': `${results.size.fontFiles} / ${results.size.fontsMB}`,
  })
  console.log('written to bench-results/bench.json')
} finally {
  await browser.close()
  await server.close()
}
