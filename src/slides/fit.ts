// Shrinks a box's text until it fits, never below the smallest projector-readable size.
// Layouts set font sizes in `em` of the box, so one factor scales everything inside it.
import type { Attachment } from 'svelte/attachments'

export interface FitOptions {
  /** Font size the box starts from, in canvas pixels. */
  base: number
  /** Smallest font size the box may shrink to. */
  min?: number
  /** Anything the fit depends on (language, bilingual mode, build step); a change re-fits. */
  deps?: unknown
}

/**
 * True when a box's content does not fit it. Glyphs reach a little below a tight line box (CJK
 * fonts more so), which counts as overflow to the browser; up to a third of the font size of that
 * does not count here, while a line too many always does.
 */
export function overflows(el: HTMLElement): boolean {
  const slack = (parseFloat(el.style.fontSize) || parseFloat(getComputedStyle(el).fontSize) || 0) / 3
  return el.scrollHeight > el.clientHeight + slack || el.scrollWidth > el.clientWidth + 1
}

/**
 * The largest of `base`, `base - 1`, `base - 2`, … (down to `min`, which is taken when nothing
 * larger fits) at which `fits` holds. Each probe lays the text out, so a box that does not fit at
 * `base` is searched by halves rather than a pixel at a time; text that fits at a size fits at any
 * smaller one.
 */
export function largestFitting(base: number, min: number, fits: (size: number) => boolean): number {
  if (base <= min || fits(base)) return base
  // Candidates base - 1 … base - steps are above min; min itself comes after them.
  const steps = Math.ceil(base - min) - 1
  let lo = 1
  let hi = steps
  let best = min
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (fits(base - mid)) {
      best = base - mid
      hi = mid - 1
    } else lo = mid + 1
  }
  return best
}

export function fitText({ base, min = base * 0.7 }: FitOptions): Attachment<HTMLElement> {
  return (el) => {
    const fit = () => {
      const size = largestFitting(base, min, (candidate) => {
        el.style.fontSize = `${candidate}px`
        return !overflows(el)
      })
      el.style.fontSize = `${size}px`
      el.dataset.fitted = String(size)
    }
    fit()
    // Glyphs from a font subset that arrives later change the text's size: fit again then. Content
    // that settles its own size later (a stat tile sizing its number) does too; a fit itself ends
    // at the same sizes, so it does not trigger another.
    document.fonts?.addEventListener('loadingdone', fit)
    const observer = new ResizeObserver(() => fit())
    for (const child of el.children) observer.observe(child)
    return () => {
      document.fonts?.removeEventListener('loadingdone', fit)
      observer.disconnect()
    }
  }
}

/**
 * How much to shrink a big number so that it and its words (qualifier, unit) share one line of a
 * box; when that would make it smaller than `minScale`, the words go on their own line instead and
 * the number shrinks only as far as it must to fit alone. Widths are measured at full size.
 */
export function numberScale(
  box: number,
  number: number,
  words: number,
  minScale: number,
): { scale: number; oneLine: boolean } {
  if (box <= 0 || number <= 0) return { scale: 1, oneLine: true }
  const shared = (box - words) / number
  if (shared >= 1) return { scale: 1, oneLine: true }
  if (shared >= minScale) return { scale: shared, oneLine: true }
  return { scale: Math.min(1, box / number), oneLine: false }
}
