// Start-up of a page in a fresh browser context, measured inside the page from navigation start:
// the moment the text is on screen with its fonts loaded, plus two animation frames. The probe is
// installed before any of the page's scripts (CDP init scripts are not subject to the page's CSP)
// and also records long tasks and the requests made before that moment. Nothing is evaluated in
// the page from outside until it is shown: the probe says so on the console. (Playwright's own
// waits, waitForFunction or waitForSelector, first compile a large script in the page, a task of
// 15–20 ms here that lands in the middle of the start it measures.)

/** What the probe writes to the console once the page is shown. */
const shownSignal = 'bench:startup-shown'

/** In-page source: every long task, from the page's start on, goes to `window[name]` as { start, duration }. */
export function longTaskRecorder(name) {
  const list = `window[${JSON.stringify(name)}]`
  return `${list} = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) ${list}.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {}`
}

/** What the probe writes once the page is ready for input (only with `ready`). */
const readySignal = 'bench:startup-ready'

/**
 * Source of the in-page probe; `selector` names the element whose text marks the page as shown,
 * `ready` (optional) the element whose arrival marks it as ready for input.
 */
export function startupProbe(selector, ready) {
  const readyWatch = ready
    ? `new MutationObserver((_, observer) => {
    if (!document.querySelector(${JSON.stringify(ready)})) return
    observer.disconnect()
    state.readyAt = performance.now()
    console.debug(${JSON.stringify(readySignal)})
  }).observe(document, { childList: true, subtree: true })`
    : ''
  return `(() => {
  ${longTaskRecorder('__benchStartupTasks')}
  const state = (window.__benchStartup = { longTasks: window.__benchStartupTasks, shownAt: null, readyAt: null })
  ${readyWatch}
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
  const shown = () => {
    const el = document.querySelector(${JSON.stringify(selector)})
    if (!el || !(el.textContent ?? '').trim()) return false
    const box = el.getBoundingClientRect()
    return box.width > 0 && box.height > 0
  }
  ;(async () => {
    while (!shown()) await frame()
    // Laying the text out may start loading more faces: wait until a frame finds none loading.
    for (;;) {
      await document.fonts.ready
      await frame()
      if (document.fonts.status === 'loaded') break
    }
    await frame()
    await frame()
    state.shownAt = performance.now()
    console.debug(${JSON.stringify(shownSignal)})
  })()
})()`
}

/** Resolves when the page writes `text` to its console; fails after `timeoutMs`. */
function consoleSignal(page, text, timeoutMs) {
  return new Promise((resolve, reject) => {
    const onConsole = (message) => {
      if (message.text() !== text) return
      clearTimeout(timer)
      page.off('console', onConsole)
      resolve()
    }
    const timer = setTimeout(() => {
      page.off('console', onConsole)
      reject(new Error(`${page.url()}: not shown within ${timeoutMs} ms`))
    }, timeoutMs)
    page.on('console', onConsole)
  })
}

/** Reads what the probe saw once the page is shown: time, long tasks and requests until then. */
function readProbe(page) {
  return page.evaluate(() => {
    const { shownAt, readyAt, longTasks } = window.__benchStartup
    const nav = performance.getEntriesByType('navigation')[0]
    const resources = performance.getEntriesByType('resource').filter((r) => r.startTime <= shownAt)
    const kind = (r) =>
      r.initiatorType === 'script' || /\.m?js(\?|$)/.test(r.name)
        ? 'js'
        : /\.css(\?|$)/.test(r.name)
          ? 'css'
          : /\.woff2?(\?|$)/.test(r.name)
            ? 'font'
            : /\.json(\?|$)/.test(r.name)
              ? 'json'
              : 'other'
    const bytes = { html: nav?.transferSize ?? 0, js: 0, css: 0, font: 0, json: 0, other: 0 }
    for (const r of resources) bytes[kind(r)] += r.transferSize || r.encodedBodySize || 0
    return {
      shownAt,
      readyAt,
      longTasks: longTasks.filter((t) => t.start < shownAt).map((t) => t.duration),
      requests: resources.length + 1,
      bytes,
      totalBytes: Object.values(bytes).reduce((a, b) => a + b, 0),
      files: resources.map((r) => ({ name: r.name.replace(/^.*\//, ''), bytes: r.transferSize, end: r.responseEnd })),
    }
  })
}

/**
 * One start-up of `url` in a new context (empty cache), `selector` marking the page as shown and
 * `ready` (optional) as ready for input.
 */
export async function startOnce(browser, { url, selector, ready, viewport, timeoutMs = 20000 }) {
  const context = await browser.newContext({ viewport })
  try {
    await context.addInitScript({ content: startupProbe(selector, ready) })
    const page = await context.newPage()
    const shown = consoleSignal(page, shownSignal, timeoutMs)
    const readied = ready ? consoleSignal(page, readySignal, timeoutMs) : Promise.resolve()
    await page.goto(url, { waitUntil: 'commit' })
    await Promise.all([shown, readied])
    return await readProbe(page)
  } finally {
    await context.close()
  }
}

/**
 * `runs` start-ups of each page, alternating which goes first (floor, app; then app, floor; …) so
 * that a slow stretch of a shared machine lands on both.
 */
export async function startUps(browser, { runs, floor, app, viewport }) {
  const results = { floor: [], app: [] }
  // One throw-away start of each warms the server's file cache and the browser's code caches alike.
  await startOnce(browser, { ...floor, viewport })
  await startOnce(browser, { ...app, viewport })
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['floor', 'app'] : ['app', 'floor']
    for (const which of order)
      results[which].push(await startOnce(browser, { ...(which === 'floor' ? floor : app), viewport }))
  }
  return results
}

/**
 * Long tasks in the first `windowMs` of `runs` start-ups of `url`, each in a new context: the load,
 * the first view and what it draws after it (a chart's engine, warm-up and entrance). One list of
 * durations per run; `ready` names an element that proves the page started at all.
 */
export async function startUpLongTasks(browser, { url, viewport, runs, ready, windowMs = 2500, timeoutMs = 20000 }) {
  const perRun = []
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport })
    try {
      await context.addInitScript({ content: longTaskRecorder('__benchTasks') })
      const page = await context.newPage()
      await page.goto(url, { waitUntil: 'commit' })
      // The window passes untouched; only then is the page asked whether it started.
      await page.waitForTimeout(windowMs)
      await page.waitForSelector(ready, { state: 'attached', timeout: timeoutMs })
      perRun.push(
        await page.evaluate(
          (windowMs) => window.__benchTasks.filter((t) => t.start < windowMs).map((t) => t.duration),
          windowMs,
        ),
      )
    } finally {
      await context.close()
    }
  }
  return perRun
}
