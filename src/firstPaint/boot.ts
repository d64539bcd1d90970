// The page's first script, built on its own and render-blocking at the end of the body: it shows
// the written-in opening slide (or removes it) before the first paint, while the app's own script
// is still loading, and then starts the app. It reads only the URL and, in the web edition, the
// stored settings.
import { apiKey, webSettingsKey } from '../contract/channels'
import { parseStartup } from '../contract/url'
import { applyPalette, applyTheme } from '../styles/apply'
import { chooseFirstPaint, storedChoice, type StoredChoice } from './choose'
import { showFirstPaint } from './show'
import { earlyKeysAttribute, firstPaintAttribute, type EarlyKey } from './variants'
import { paintedWithFonts } from '../styles/painted'

/** The desktop app's settings come from its main process, which writes what matters here into the URL. */
function storedBeforeStart(): StoredChoice | null {
  if ((window as unknown as Record<string, unknown>)[apiKey]) return null
  try {
    return storedChoice(localStorage.getItem(webSettingsKey))
  } catch {
    return null
  }
}

/** Where the build wrote the app's entry (scripts/vite/first-paint.ts). */
const entry = document.currentScript?.dataset.entry

let started = false
function startApp(): void {
  if (started || !entry) return
  started = true
  const script = document.createElement('script')
  script.type = 'module'
  script.crossOrigin = ''
  script.src = entry
  // An app that cannot load must not leave a slide that looks live but takes no keys.
  script.onerror = () => document.querySelector(`[${firstPaintAttribute}]`)?.remove()
  document.head.append(script)
}

/** Keys pressed while the written-in slide is up (a clicker's Next, say), kept for the app to replay. */
function keepKeys(layer: HTMLElement): void {
  const keys: EarlyKey[] = []
  const keep = (event: KeyboardEvent) => {
    if (!layer.isConnected) return removeEventListener('keydown', keep)
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return
    keys.push({ key: event.key, shiftKey: event.shiftKey })
    layer.setAttribute(earlyKeysAttribute, JSON.stringify(keys))
  }
  addEventListener('keydown', keep)
}

/** Once the written-in slide is on screen with its fonts; at the latest after a second (a hidden window paints no frames). */
function onScreen(): Promise<void> {
  // Asking for the fonts lays the page out, which is left to the first frame.
  const painted = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))).then(
    paintedWithFonts,
  )
  return Promise.race([painted, new Promise<void>((resolve) => setTimeout(resolve, 1000))])
}

let shown: HTMLElement | null = null
try {
  const choice = chooseFirstPaint(
    parseStartup(location.search, location.hash, matchMedia('(prefers-reduced-motion: reduce)').matches),
    storedBeforeStart(),
  )
  applyPalette(document.documentElement)
  if (choice) applyTheme(document.documentElement, choice.theme)
  shown = showFirstPaint(document, choice)
  if (shown) keepKeys(shown)
} finally {
  // The app's own start would hold the opening slide's first frames back: it waits for them.
  if (shown) void onScreen().then(startApp, startApp)
  else startApp()
}
