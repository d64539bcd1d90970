// Soak run of the kiosk (`npm run soak`): the built renderer loops by itself in headless Chromium
// with motion on and a short dwell, many times over, and memory must stay flat.
//   node scripts/soak.mjs [--loops=50] [--dwell=0.3] [--baseline=5] [--scenes [--dashboard=3]]
// Without --scenes the kiosk plays the tour only (Chinese, then English) and a loop is the deck
// wrapping from the last slide to slide 1. With --scenes it plays its scenes
// (tour:zh, dashboard, tour:en, dashboard; the dashboard for --dashboard seconds) and a loop is one
// pass through them; the limit is then 2% and live charts must not grow either. At the baseline loop,
// halfway and at the last loop it pauses the tour on slide 1 in the first language (Home, as a
// visitor would), forces garbage collection and reads the JS heap, DOM counters and live charts.
// Fails (exit code 1) when the JS heap's objects (code aside; see heapObjectsBytes), DOM
// nodes or listeners grow by more than 5% from the baseline to the last loop, a chart instance
// outlives its container, the page logs an error, or anything but the local server is requested.
// Figures go to bench-results/soak.json.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createJiti } from 'jiti'
import { launchChromium } from './chromium.mjs'
import { outRenderer, serve } from './serve.mjs'

/** The tour pauses this long after the measuring Home press: longer than settling and measuring take. */
const idleSeconds = 12
const settleMs = 1500

const jiti = createJiti(import.meta.url)
const { positiveInteger, readFlags, seconds, switchFlag, valueFlag } = await jiti.import('../electron/main/flags.ts')
const { rendererUrl, timing } = await jiti.import('../src/contract/index.ts')

const flags = {
  loops: valueFlag('expected a whole number of loops', positiveInteger),
  dwell: valueFlag('expected a number of seconds', seconds(timing.maxSeconds)),
  baseline: valueFlag('expected the whole number of the loop to measure first', positiveInteger),
  scenes: switchFlag,
  dashboard: valueFlag('expected the whole seconds each dashboard scene lasts', positiveInteger),
}
const usage =
  'expected --loops=N, --baseline=N (whole numbers), --dwell=S (seconds), --scenes and --dashboard=S (whole seconds)'

function parseArgs(argv) {
  const { values, problems } = readFlags(argv, flags, { usage })
  if (problems.length) {
    console.error(`soak: ${problems[0]}`)
    process.exit(2)
  }
  const options = { loops: 50, dwell: 0.3, baseline: 5, scenes: false, dashboard: 3, ...values }
  if (options.loops <= options.baseline) {
    console.error(`soak: --loops must be more than ${options.baseline}, the loop the baseline is taken at`)
    process.exit(2)
  }
  return options
}

/**
 * The JS heap the page's objects take (objects, arrays, closures, strings, shapes), from a heap
 * snapshot: every node's own size except code and the native (DOM, C++) nodes the snapshot also
 * lists. Code — bytecode and the machine code V8 compiles — keeps growing for many loops as V8
 * optimises hot functions; it counts in `Runtime.getHeapUsage` but is no memory the app holds.
 */
async function heapObjectsBytes(cdp) {
  const chunks = []
  const onChunk = (event) => chunks.push(event.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  const { snapshot, nodes } = JSON.parse(chunks.join(''))
  const fields = snapshot.meta.node_fields
  const typeNames = snapshot.meta.node_types[0]
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')]
  const skipped = new Set(['code', 'native', 'synthetic'])
  let bytes = 0
  for (let i = 0; i < nodes.length; i += fields.length)
    if (!skipped.has(typeNames[nodes[i + typeAt]])) bytes += nodes[i + sizeAt]
  return bytes
}

/** In the page before the app: counts wraps from the last slide to slide 1, or passes through the scenes. */
const countLoops = (scenes) => {
  // `total` (the deck's slide count) is filled in once the page has loaded.
  const soak = { loops: 0, wrapTimes: [], last: 0, total: 0 }
  window.__soak = soak
  new MutationObserver(() => {
    if (scenes) {
      const loops = Number(document.querySelector('[data-kiosk]')?.getAttribute('data-kiosk-loops') ?? 0)
      if (loops > soak.loops) {
        soak.loops = loops
        soak.wrapTimes.push(performance.now())
      }
      return
    }
    const stage = document.querySelector('[data-slide-number]')
    if (!stage) return
    const slide = Number(stage.getAttribute('data-slide-number'))
    if (slide === 1 && soak.total > 1 && soak.last === soak.total) {
      soak.loops++
      soak.wrapTimes.push(performance.now())
    }
    soak.last = slide
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-slide-number', 'data-kiosk-loops'],
  })
}

const { loops, dwell, baseline: baselineLoop, scenes, dashboard } = parseArgs(process.argv.slice(2))
const limit = scenes ? 0.02 : 0.05
const sceneList = scenes ? `tour:zh,dashboard@${dashboard},tour:en,dashboard@${dashboard}` : 'tour:zh,tour:en'
const server = await serve({ root: outRenderer() })
const browser = await launchChromium(['--js-flags=--expose-gc'])

const errors = []
const outsideRequests = []
let exitCode = 1
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) outsideRequests.push(url)
  })
  await page.addInitScript(countLoops, scenes)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')

  const started = Date.now()
  await page.goto(
    rendererUrl(server.url, { lang: 'zh', kiosk: { dwellSeconds: dwell, idleSeconds, scenes: sceneList } }),
  )
  await page.waitForSelector('[data-deck-ready="true"]', { state: 'attached' })
  // The deck's slide count, for telling a wrap from any other return to slide 1.
  const slides = (await (await fetch(new URL('content/deck.json', server.url))).json()).slides.length
  await page.evaluate((n) => (window.__soak.total = n), slides)

  const kioskState = () => page.locator('[data-kiosk]').getAttribute('data-kiosk')
  async function waitForState(state, timeout) {
    await page.waitForFunction((s) => document.querySelector('[data-kiosk]')?.getAttribute('data-kiosk') === s, state, {
      timeout,
    })
  }

  async function measure(loop) {
    // Home pauses; when the pause ends the scene starts again (the tour on slide 1); Home again
    // holds the deck on slide 1, so every measurement sees the same screen.
    await page.keyboard.press('Home')
    await waitForState('paused', 5000)
    await waitForState('playing', (idleSeconds + 5) * 1000)
    await page.keyboard.press('Home')
    await waitForState('paused', 5000)
    await page.waitForTimeout(settleMs)
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')
    const heapObjects = await heapObjectsBytes(cdp)
    const counters = await cdp.send('Memory.getDOMCounters')
    const seen = await page.evaluate(() => ({
      deck: window.__briefing.deck(),
      elements: document.getElementsByTagName('*').length,
      liveCharts: window.__briefing.liveCharts(),
      chartBoxes: document.querySelectorAll('[data-chart-visual]').length,
    }))
    if ((await kioskState()) !== 'paused')
      throw new Error(`the tour resumed while measuring at loop ${loop}; raise idleSeconds`)
    return {
      loop,
      slide: seen.deck.slide + 1,
      lang: seen.deck.lang,
      heapUsedBytes: heap.usedSize,
      heapObjectsBytes: heapObjects,
      domNodes: counters.nodes,
      jsEventListeners: counters.jsEventListeners,
      documents: counters.documents,
      elements: seen.elements,
      liveCharts: seen.liveCharts,
      chartBoxes: seen.chartBoxes,
    }
  }

  const loopsDone = () => page.evaluate(() => window.__soak.loops)
  /** Live chart instances against chart containers, sampled while the tour plays (charts on screen). */
  const charts = { samples: 0, maxLive: 0, maxContainers: 0, maxExcess: 0 }
  async function sample() {
    const seen = await page.evaluate(() => ({
      loops: window.__soak.loops,
      live: window.__briefing.liveCharts(),
      boxes: document.querySelectorAll('[data-chart-visual]').length,
    }))
    charts.samples++
    charts.maxLive = Math.max(charts.maxLive, seen.live)
    charts.maxContainers = Math.max(charts.maxContainers, seen.boxes)
    charts.maxExcess = Math.max(charts.maxExcess, seen.live - seen.boxes)
    return seen.loops
  }
  async function waitForLoop(n) {
    let last = await loopsDone()
    let progressAt = Date.now()
    while (last < n) {
      await page.waitForTimeout(250)
      const now = await sample()
      if (now !== last) {
        last = now
        progressAt = Date.now()
        if (process.stdout.isTTY) process.stdout.write(`\rloop ${now}/${loops}`)
      } else if (Date.now() - progressAt > Math.max(60_000, (slides * dwell + (scenes ? dashboard : 0)) * 1000 * 8)) {
        throw new Error(
          `no loop completed for ${Math.round((Date.now() - progressAt) / 1000)} s after loop ${last}: the tour stalled`,
        )
      }
    }
    if (process.stdout.isTTY) process.stdout.write('\r')
  }

  await waitForLoop(baselineLoop)
  const baseline = await measure(baselineLoop)
  // A midpoint tells a cache that is still filling (growth slowing down) from a leak (steady growth).
  const midLoop = Math.round((baselineLoop + loops) / 2)
  let midpoint = null
  if (midLoop > baselineLoop && midLoop < loops) {
    await waitForLoop(midLoop)
    midpoint = await measure(midLoop)
  }
  await waitForLoop(loops)
  const final = await measure(loops)
  const completed = await loopsDone()
  const wrapTimes = await page.evaluate(() => window.__soak.wrapTimes)
  const durationSeconds = (Date.now() - started) / 1000

  const growth = (key, from = baseline) => (final[key] - from[key]) / from[key]
  const growths = {
    heapObjects: growth('heapObjectsBytes'),
    domNodes: growth('domNodes'),
    jsEventListeners: growth('jsEventListeners'),
  }
  const heapUsedGrowth = growth('heapUsedBytes')
  const loopSeconds = wrapTimes.slice(1).map((t, i) => (t - wrapTimes[i]) / 1000)
  const medianLoopSeconds = loopSeconds.length
    ? [...loopSeconds].sort((a, b) => a - b)[Math.floor(loopSeconds.length / 2)]
    : null
  const problems = [
    ...Object.entries(growths)
      .filter(([, g]) => g > limit)
      .map(([key, g]) => `${key} grew ${(g * 100).toFixed(1)}% (limit ${limit * 100}%)`),
    ...(charts.maxExcess > 0 ? [`up to ${charts.maxExcess} more live charts than chart containers while playing`] : []),
    ...(final.liveCharts > baseline.liveCharts
      ? [`live charts grew from ${baseline.liveCharts} to ${final.liveCharts} at the measuring screen`]
      : []),
    ...[baseline, midpoint, final]
      .filter(Boolean)
      .filter((m) => m.liveCharts > m.chartBoxes)
      .map((m) => `loop ${m.loop}: ${m.liveCharts} live charts for ${m.chartBoxes} chart containers`),
    ...(completed < loops ? [`only ${completed} loops completed`] : []),
    ...(errors.length ? [`${errors.length} console or page errors`] : []),
    ...(outsideRequests.length ? [`${outsideRequests.length} requests to outside the local server`] : []),
  ]

  const pct = (g) => `${g >= 0 ? '+' : ''}${(g * 100).toFixed(1)}%`
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`
  const points = [baseline, midpoint, final].filter(Boolean)
  const row = (label, format, key) => [
    label,
    ...points.map((m) => format(m)),
    key ? pct(growth(key)) : '',
    key && midpoint ? pct(growth(key, midpoint)) : '',
  ]
  const rows = [
    [
      '',
      ...points.map((m) => `loop ${m.loop}`),
      `growth ${baseline.loop}→${final.loop}`,
      midpoint ? `${midpoint.loop}→${final.loop}` : '',
    ],
    row('JS heap objects (after GC)', (m) => mb(m.heapObjectsBytes), 'heapObjectsBytes'),
    row('JS heap incl. compiled code', (m) => mb(m.heapUsedBytes), 'heapUsedBytes'),
    row('DOM nodes (after GC)', (m) => m.domNodes, 'domNodes'),
    row('elements in the document', (m) => m.elements, 'elements'),
    row('JS event listeners', (m) => m.jsEventListeners, 'jsEventListeners'),
    row('live charts / chart containers', (m) => `${m.liveCharts} / ${m.chartBoxes}`),
  ].map((cells) => cells.map(String))
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  console.log(`kiosk soak: ${slides} slides, dwell ${dwell} s, motion on, scenes ${sceneList}, limit ${limit * 100}%`)
  for (const row of rows)
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('   '))
  console.log(
    `while playing (${charts.samples} samples): up to ${charts.maxLive} live charts, ${charts.maxContainers} chart containers, ${charts.maxExcess > 0 ? charts.maxExcess : 'never'} more live than containers`,
  )
  console.log(
    `loops completed: ${completed}; median loop ${medianLoopSeconds?.toFixed(1)} s; total ${durationSeconds.toFixed(0)} s`,
  )
  console.log(`console/page errors: ${errors.length}; outside requests: ${outsideRequests.length}`)
  for (const error of errors.slice(0, 10)) console.log(`  error: ${error}`)
  for (const url of outsideRequests.slice(0, 10)) console.log(`  outside request: ${url}`)

  await mkdir('bench-results', { recursive: true })
  const result = {
    date: new Date().toISOString(),
    slides,
    dwellSeconds: dwell,
    scenes: sceneList,
    loopsRequested: loops,
    loopsCompleted: completed,
    durationSeconds,
    medianLoopSeconds,
    baseline,
    midpoint,
    final,
    chartsWhilePlaying: charts,
    growth: { ...growths, heapUsedIncludingCode: heapUsedGrowth },
    limit,
    errors,
    outsideRequests,
    problems,
    pass: problems.length === 0,
  }
  await writeFile(join('bench-results', 'soak.json'), JSON.stringify(result, null, 2) + '\n')
  if (problems.length) console.log(`FAIL: ${problems.join('; ')}`)
  else console.log('PASS: memory flat, no errors, nothing requested from outside')
  exitCode = problems.length ? 1 : 0
} catch (error) {
  console.error(`soak: ${error.message}`)
} finally {
  await browser.close()
  await server.close()
}
process.exit(exitCode)
