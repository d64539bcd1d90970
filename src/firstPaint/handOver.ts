// The opening slide the build wrote into the page (render.ts), shown by boot.ts before the first
// paint: handed over to the app's own once the app has drawn it.
import { earlyKeysAttribute, firstPaintAttribute, type EarlyKey } from './variants'

/** The opening slide the page shows (boot.ts kept at most one), or null; any left hidden goes. */
export function openingShown(doc: Document): HTMLElement | null {
  for (const hidden of doc.querySelectorAll(`[${firstPaintAttribute}][hidden]`)) hidden.remove()
  return doc.querySelector<HTMLElement>(`[${firstPaintAttribute}]`)
}

/** Whether the app's audience view shows the written-in slide: the same slide, step, language and text. */
function sameSlide(layer: HTMLElement, app: Element): boolean {
  const [from, to] = [layer, app].map((root) => root.querySelector<HTMLElement>('[data-slide-number]'))
  if (!from || !to) return false
  const keys = ['slideNumber', 'step', 'lang', 'bilingual'] as const
  return keys.every((key) => from.dataset[key] === to.dataset[key]) && from.textContent === to.textContent
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

/** The keys boot.ts kept while the slide was up; nothing where what it wrote cannot be read. */
function earlyKeys(layer: HTMLElement): EarlyKey[] {
  try {
    const list: unknown = JSON.parse(layer.getAttribute(earlyKeysAttribute) ?? '[]')
    return Array.isArray(list)
      ? list.filter((k): k is EarlyKey => typeof k?.key === 'string' && typeof k?.shiftKey === 'boolean')
      : []
  } catch {
    return []
  }
}

/**
 * Called once the app has drawn its view into `app` (or null where it shows no deck, such as an
 * error): where the app shows the same slide its entrance carries on from the written-in one's,
 * and the written-in one goes. Any difference outside the slide (the counter, the theme) then
 * changes at once. Returns the keys pressed while it was up, in order, for the app to act on.
 */
export function handOverFirstPaint(app: Element | null): EarlyKey[] {
  const layer = openingShown(document)
  if (!layer) return []
  if (app !== null && sameSlide(layer, app))
    continueAnimations(layer.querySelector('[data-slide-number]')!, app.querySelector('[data-slide-number]')!)
  const keys = app === null ? [] : earlyKeys(layer)
  layer.remove()
  return keys
}
