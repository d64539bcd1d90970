#!/usr/bin/env node
// Benchmarks of the built renderer in headless Chromium (1280×720). Start-up is measured against a
// floor page — one heading in the bundled font, nothing else — served beside the app, in
// alternating order, and reported as a ratio to it. Then, on a running deck: slide changes and
// long tasks over a full walk with motion on, language switches, chart entrances; memory over
// kiosk loops; bundle size. Timings are medians (with spread) over several runs: these machines
// are noisy. Results print as a table and PASS/FAIL lines against the targets, and go to
// bench-results/bench.json.
//   node scripts/bench.mjs [--runs=7] [--loops=50]   (--loops=0 skips the kiosk memory run)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createJiti } from 'jiti'
import { launchChromium } from './chromium.mjs'
import { outRenderer, serve } from './serve.mjs'
import { chartEntrances, languageSwitches, openDeck, walk } from './bench/deck.mjs'
import { serveFloor } from './bench/floor.mjs'
import { kioskMemory } from './bench/memory.mjs'
import { sizes } from './bench/sizes.mjs'
import { startUpLongTasks, startUps } from './bench/startup.mjs'
import { longTaskSummary, median, quantile, round, summary } from './bench/stats.mjs'
import { printReport, targets } from './bench/report.mjs'

const jiti = createJiti(import.meta.url)
const { count, positiveInteger, readFlags, valueFlag } = await jiti.import('../electron/main/flags.ts')
const { rendererUrl } = await jiti.import('../src/contract/index.ts')
const { reportFontFamily } = await jiti.import('../src/styles/palette.ts')

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
const viewport = { width: 1280, height: 720 }

const deckFile = join(root, 'content', 'deck.json')
/** The built deck, or null where the build has no readable content. */
const builtDeck = (() => {
  try {
    return JSON.parse(readFileSync(deckFile, 'utf8'))
  } catch {
    return null
  }
})()

/** The first slide's heading, which the floor page shows in the same face. */
function firstHeading() {
  const title = builtDeck?.slides?.[0]?.title?.zh
  if (typeof title === 'string' && title.trim()) return title
  // A build without readable content: fall back on the page title.
  return /<title>([^<·]*)/.exec(readFileSync(join(root, 'index.html'), 'utf8'))?.[1]?.trim() || '工作报告简报'
}

/** The number (1-based) of the first slide with a chart, where a deep link starts ECharts cold. */
function firstChartSlide() {
  const index = (builtDeck?.slides ?? []).findIndex((slide) => slide.blocks?.some((block) => block.type === 'chart'))
  if (index < 0) throw new Error(`${deckFile}: no slide has a chart block`)
  return index + 1
}

/** Long tasks of several start-ups, given per run: how many runs had any, and the summary of all. */
function longTaskRuns(perRun) {
  return {
    runsWithLongTasks: perRun.filter((tasks) => tasks.length).length,
    runs: perRun.length,
    ...longTaskSummary(perRun.flat()),
  }
}

/** Start-up figures of both pages, each as a summary and the app's as a ratio to the floor. */
function startUpFigures({ floor, app }) {
  const figure = (pick) => {
    const f = floor.map(pick)
    const a = app.map(pick)
    const pairs = a.map((value, i) => value / f[i])
    return {
      floor: summary(f),
      app: summary(a),
      ratio: round(median(a) / median(f), 2),
      pairRatios: summary(pairs, 2),
    }
  }
  return {
    timeMs: figure((run) => run.shownAt),
    // Reported, not judged: when the app's own deck is there and takes keys.
    appReadyMs: summary(app.map((run) => run.readyAt)),
    kib: figure((run) => run.totalBytes / 1024),
    requests: figure((run) => run.requests),
    kibByKind: Object.fromEntries(
      Object.keys(app[0].bytes).map((kind) => [kind, round(median(app.map((run) => run.bytes[kind] / 1024)))]),
    ),
    longTasks: {
      ...longTaskRuns(app.map((run) => run.longTasks)),
      floor: longTaskSummary(floor.flatMap((run) => run.longTasks)),
    },
    appFiles: app[app.length - 1].files,
  }
}

const server = await serve({ root })
const heading = firstHeading()
const floor = await serveFloor({ root, heading, family: reportFontFamily, weight: 700, size: 104 })
const browser = await launchChromium(['--js-flags=--expose-gc'])
try {
  const starts = await startUps(browser, {
    runs,
    viewport,
    floor: { url: floor.url, selector: 'h1' },
    app: {
      url: rendererUrl(server.url, { lang: 'zh', slide: 1 }),
      selector: '[data-slide-number] article',
      ready: '[data-deck-ready]',
    },
  })

  const chartSlide = firstChartSlide()
  const otherStarts = {
    chartSlide,
    deepLink: await startUpLongTasks(browser, {
      runs,
      viewport,
      url: rendererUrl(server.url, { lang: 'zh', slide: chartSlide }),
      ready: '[data-chart-visual]',
    }),
    presenter: await startUpLongTasks(browser, {
      runs,
      viewport,
      url: rendererUrl(server.url, { view: 'presenter', lang: 'zh', slide: 1 }),
      ready: '[data-next-slide] [data-chart-visual]',
    }),
  }

  let page = await openDeck(browser, rendererUrl(server.url, { lang: 'zh', slide: 1 }), viewport)
  const walked = await walk(page)
  await page.close()

  page = await openDeck(browser, rendererUrl(server.url, { lang: 'zh', slide: 2 }), viewport)
  const switched = await languageSwitches(page, Math.max(runs * 2, 14))
  await page.close()

  page = await openDeck(browser, rendererUrl(server.url, { lang: 'zh', slide: 1 }), viewport)
  const entrances = await chartEntrances(page)
  await page.close()

  const switchMs = switched.switches.map((s) => s.ms)
  const changeMs = walked.changes.map((c) => c.ms)
  const secondFrame = (list) => {
    const ms = list.map((c) => c.toSecondFrameMs)
    return { median: round(median(ms)), p95: round(quantile(ms, 0.95)) }
  }
  const results = {
    date: new Date().toISOString(),
    runs,
    viewport,
    floor: { heading, fontFiles: floor.files },
    startUp: startUpFigures(starts),
    // Reported, not judged: the targets' start-up is the first slide's.
    otherStartUps: {
      chartSlide: otherStarts.chartSlide,
      deepLinkToChartSlide: longTaskRuns(otherStarts.deepLink),
      presenterView: longTaskRuns(otherStarts.presenter),
    },
    slideChange: {
      ...summary(changeMs),
      p95: round(quantile(changeMs, 0.95)),
      toSecondFrame: secondFrame(walked.changes),
      chartPositions: walked.chartPositions,
    },
    walkLongTasks: longTaskSummary(walked.longTasks),
    languageSwitch: {
      ...summary(switchMs),
      p95: round(quantile(switchMs, 0.95)),
      toSecondFrame: secondFrame(switched.switches),
      allTextSwitched: switched.switches.every((s) => s.complete),
    },
    languageSwitchLongTasks: longTaskSummary(switched.longTasks),
    chartEntranceLongTasks: {
      chartSlides: entrances.chartSlides,
      ...longTaskSummary(entrances.longTasks),
      slides: entrances.slidesWithLongTasks,
    },
    kioskMemory: loops > 5 ? kioskMemory(loops) : null,
    size: sizes(root),
  }
  results.targets = targets(results)
  mkdirSync('bench-results', { recursive: true })
  writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2) + '\n')
  printReport(results)
  console.log('written to bench-results/bench.json')
} finally {
  await browser.close()
  await floor.close()
  await server.close()
}
