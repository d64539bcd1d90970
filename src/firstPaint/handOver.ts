// The opening slide the build wrote into the page (render.ts), shown by boot.ts before the first
// paint: handed over to the app's own once the app has drawn it.
import { firstPaintAttribute } from './variants'

/** The opening slide the page shows (boot.ts kept at most one), or null; any left hidden goes. */
export function openingShown(doc: Document): HTMLElement | null {
  for (const hidden of doc.querySelectorAll(`[${firstPaintAttribute}][hidden]`)) hidden.remove()
  return doc.querySelector<HTMLElement>(`[${firstPaintAttribute}]`)
}

/** Whether the app's audience view shows what the written-in slide shows: slide, language, text, theme. */
function sameOpening(layer: HTMLElement, app: Element): boolean {
  const stages = [layer, app].map((root) => root.querySelector<HTMLElement>('[data-slide-number]'))
  const [from, to] = stages
  if (!from || !to) return false
  const keys = ['slideNumber', 'step', 'lang', 'bilingual'] as const
  const counter = (root: Element) => root.querySelector('[data-counter]')?.textContent ?? null
  return (
    keys.every((key) => from.dataset[key] === to.dataset[key]) &&
    from.textContent === to.textContent &&
    counter(layer) === counter(app) &&
    layer.dataset.theme === app.ownerDocument.documentElement.dataset.theme
  )
}

/** Each animation of the app's slide carries on from where the written-in one's has got to. */
function continueAnimations(from: Element, to: Element): void {
  const a = [from, ...from.querySelectorAll('*')]
  const b = [to, ...to.querySelectorAll('*')]
  if (a.length !== b.length) return
  a.forEach((el, i) => {
    const theirs = el.getAnimations()
    b[i]!.getAnimations().forEach((mine, j) => {
      const source = theirs[j]
      if (!source) return
      if (source.startTime !== null) mine.startTime = source.startTime
      else mine.currentTime = source.currentTime
    })
  })
}

/**
 * Called once the app has drawn its view into `app` (or null where it shows no deck, such as an
 * error): the app's slide continues the written-in one's entrance where it is the same slide, and
 * the written-in one goes. Returns whether the app carried on from it.
 */
export function handOverFirstPaint(app: Element | null): boolean {
  const layer = openingShown(document)
  if (!layer) return false
  const same = app !== null && sameOpening(layer, app)
  if (same) {
    const from = layer.querySelector('[data-slide-number]')!
    const to = app.querySelector('[data-slide-number]')!
    continueAnimations(from, to)
  }
  layer.remove()
  return same
}
