// The page's first script, built on its own and render-blocking at the end of the body: it shows
// the written-in opening slide (or removes it) before the first paint, while the app's own script
// is still loading, and then starts the app. It reads only the URL and, in the web edition, the
// stored settings.
import { apiKey, webSettingsKey } from '../contract/channels'
import { parseStartup } from '../contract/url'
import { applyPalette, applyTheme } from '../styles/apply'
import { chooseFirstPaint, storedChoice, type StoredChoice } from './choose'
import { showFirstPaint } from './show'
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

function startApp(): void {
  if (!entry) return
  const script = document.createElement('script')
  script.type = 'module'
  script.crossOrigin = ''
  script.src = entry
  document.head.append(script)
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
} finally {
  // The app's own start would hold the opening slide's first frames back: it waits for them. Asking
  // for the fonts lays the page out, which is left to the first frame.
  if (shown) requestAnimationFrame(() => setTimeout(() => void paintedWithFonts().then(startApp, startApp), 0))
  else startApp()
}
