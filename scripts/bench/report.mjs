// The benchmark's targets as PASS/FAIL, and its table.
import { round } from './stats.mjs'

/** " (slides 14, 27)" for the slides a long task was on; nothing when there were none. */
const onSlides = (slides = []) => (slides.length ? ` (slide${slides.length > 1 ? 's' : ''} ${slides.join(', ')})` : '')

/** Each target with the figure it was judged on. */
export function targets(r) {
  const s = r.startUp
  const m = r.kioskMemory
  // The observer reports only tasks over 50 ms (their durations rounded): any entry is one too many.
  const noLongTask = (tasks) => tasks.count === 0
  const list = [
    {
      name: 'start-up ≤ 1.5× the floor',
      pass: s.timeMs.ratio <= 1.5,
      measured: `${s.timeMs.ratio}× (${s.timeMs.app.median} ms vs ${s.timeMs.floor.median} ms)`,
    },
    {
      name: 'no long task during start-up',
      pass: noLongTask(s.longTasks),
      measured: `${s.longTasks.runsWithLongTasks} of ${s.longTasks.runs} runs, longest ${s.longTasks.longestMs} ms`,
    },
    {
      name: 'no long task during a full walk with motion on',
      pass: noLongTask(r.walkLongTasks),
      measured: `${r.walkLongTasks.count}, longest ${r.walkLongTasks.longestMs} ms`,
    },
    {
      name: 'no long task during a language switch',
      pass: noLongTask(r.languageSwitchLongTasks),
      measured: `${r.languageSwitchLongTasks.count}, longest ${r.languageSwitchLongTasks.longestMs} ms`,
    },
    {
      name: 'no long task during a chart entrance',
      pass: noLongTask(r.chartEntranceLongTasks),
      measured: `${r.chartEntranceLongTasks.count}, longest ${r.chartEntranceLongTasks.longestMs} ms${onSlides(r.chartEntranceLongTasks.slides)}`,
    },
    { name: 'slide change p95 ≤ 33 ms', pass: r.slideChange.p95 <= 33, measured: `${r.slideChange.p95} ms` },
    {
      name: 'language switch ≤ 50 ms, every text and chart label switched',
      pass: r.languageSwitch.median <= 50 && r.languageSwitch.allTextSwitched,
      measured: `median ${r.languageSwitch.median} ms, p95 ${r.languageSwitch.p95} ms, all switched: ${r.languageSwitch.allTextSwitched}`,
    },
    {
      name: 'bytes before the first slide ≤ 700 KiB',
      pass: s.kib.app.median <= 700,
      measured: `${s.kib.app.median} KiB in ${s.requests.app.median} requests`,
    },
  ]
  if (m) {
    const growths = [m.heapGrowthPct, m.domGrowthPct, m.listenerGrowthPct]
    list.push({
      name: `kiosk memory flat (heap objects, DOM nodes, listeners within 2 %, loop ${m.first.loop} → ${m.last.loop})`,
      pass: growths.every((g) => Math.abs(g) <= 2),
      measured: `heap ${round(m.heapGrowthPct)} %, DOM ${round(m.domGrowthPct)} %, listeners ${round(m.listenerGrowthPct)} %`,
    })
  }
  return list
}

const spread = (s, unit = '') => `${s.median}${unit} (${s.min}–${s.max}, IQR ${s.q1}–${s.q3})`

export function printReport(r) {
  const s = r.startUp
  const m = r.kioskMemory
  const memoryRows = m
    ? {
        [`JS heap objects after GC, loop ${m.first.loop} → ${m.last.loop} (MB)`]: `${round(m.first.heapMB, 2)} → ${round(m.last.heapMB, 2)} (${round(m.heapGrowthPct)}%; with compiled code ${round(m.heapIncludingCodeGrowthPct)}%)`,
        [`DOM nodes after GC, loop ${m.first.loop} → ${m.last.loop}`]: `${m.first.domNodes} → ${m.last.domNodes} (${round(m.domGrowthPct)}%)`,
        [`JS event listeners, loop ${m.first.loop} → ${m.last.loop}`]: `${m.first.listeners} → ${m.last.listeners} (${round(m.listenerGrowthPct)}%)`,
      }
    : {}
  const tasks = (t) => `${t.count} / ${t.longestMs}`
  const runsTasks = (t) => `${t.runsWithLongTasks} of ${t.runs} / ${t.count} / ${t.longestMs}`
  console.log(`start-up, ${s.timeMs.app.n} runs of each page in alternating order; floor: "${r.floor.heading}"`)
  console.table({
    'start-up, app (ms, median (min–max, IQR))': spread(s.timeMs.app),
    'start-up, floor (ms)': spread(s.timeMs.floor),
    'start-up, app ÷ floor (× of medians; per-pair ratios)': `${s.timeMs.ratio}× (${spread(s.timeMs.pairRatios)})`,
    'app ready for keys, its own deck drawn (ms; not a target)': spread(s.appReadyMs),
    'bytes before first slide, app (KiB)': spread(s.kib.app),
    'bytes before first slide, floor (KiB)': spread(s.kib.floor),
    'bytes, app ÷ floor': `${s.kib.ratio}×`,
    'bytes by kind, app (KiB, median)': Object.entries(s.kibByKind)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
    'requests before first slide, app / floor': `${s.requests.app.median} / ${s.requests.floor.median} (${s.requests.ratio}×)`,
    'long tasks during start-up, app (runs with any / count / longest ms)': runsTasks(s.longTasks),
    'long tasks during start-up, floor (count / longest ms)': tasks(s.longTasks.floor),
    [`long tasks, start-up on slide ${r.otherStartUps.chartSlide} (the first chart), first 2.5 s (runs with any / count / longest ms)`]:
      runsTasks(r.otherStartUps.deepLinkToChartSlide),
    'long tasks, start-up of the presenter view on slide 1, first 2.5 s (runs with any / count / longest ms)':
      runsTasks(r.otherStartUps.presenterView),
    'slide change over a full walk, key to the change painted (ms)': `${spread(r.slideChange)}, p95 ${r.slideChange.p95}`,
    'slide change, key to the second frame after (older figure, ms)': `median ${r.slideChange.toSecondFrame.median}, p95 ${r.slideChange.toSecondFrame.p95}`,
    'long tasks during the walk, motion on (count / longest ms)': tasks(r.walkLongTasks),
    'language switch, key to every string painted (ms)': `${spread(r.languageSwitch)}, p95 ${r.languageSwitch.p95}`,
    'language switch, key to the second frame after (older figure, ms)': `median ${r.languageSwitch.toSecondFrame.median}, p95 ${r.languageSwitch.toSecondFrame.p95}`,
    'long tasks during language switches (count / longest ms)': tasks(r.languageSwitchLongTasks),
    'long tasks during chart entrances (count / longest ms)': tasks(r.chartEntranceLongTasks),
    ...memoryRows,
    'renderer JS, files / KiB / gzipped KiB': `${r.size.jsFiles} / ${r.size.jsKB} / ${r.size.jsGzipKB}`,
    'renderer CSS, KiB / gzipped KiB': `${r.size.cssKB} / ${r.size.cssGzipKB}`,
    'fonts (woff2 files / MB)': `${r.size.fontFiles} / ${r.size.fontsMB}`,
  })
  for (const t of r.targets) console.log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured}`)
}
