// Work the first slide does not need waits until that slide is on screen (the deck rendered, its
// fonts loaded, two frames painted), then for idle time.
import { paintedWithFonts } from './styles/painted'

/** Resolves in the next idle period (or after 50 ms where there are no idle callbacks). */
export function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 })
    else setTimeout(resolve, 50)
  })
}

function deckShown(root: Element): Promise<void> {
  const shown = () => root.querySelector('[data-deck-ready]') !== null
  if (shown()) return Promise.resolve()
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!shown()) return
      observer.disconnect()
      resolve()
    })
    observer.observe(root, { childList: true, subtree: true })
  })
}

async function shownWithFonts(root: Element): Promise<void> {
  await deckShown(root)
  await paintedWithFonts()
}

let shown: Promise<void> | undefined

/** Settles once the window's first slide is on screen, fonts and all. */
export function firstSlideShown(): Promise<void> {
  shown ??= shownWithFonts(document.body)
  return shown
}

/** Runs each task in its own idle period, in order, once the first slide is shown. */
export async function afterFirstSlide(tasks: Array<() => unknown>): Promise<void> {
  await firstSlideShown()
  for (const task of tasks) {
    await idle()
    await task()
  }
}
