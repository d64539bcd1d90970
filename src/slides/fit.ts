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

export function overflows(el: HTMLElement): boolean {
  return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1
}

export function fitText({ base, min = base * 0.7 }: FitOptions): Attachment<HTMLElement> {
  return (el) => {
    const fit = () => {
      let size = base
      el.style.fontSize = `${size}px`
      while (overflows(el) && size > min) {
        size = Math.max(min, size - 1)
        el.style.fontSize = `${size}px`
      }
      el.dataset.fitted = String(size)
    }
    fit()
    let cancelled = false
    void document.fonts?.ready.then(() => {
      if (!cancelled) fit()
    })
    // Content that settles its own size later (a stat tile sizing its number) triggers a re-fit;
    // a fit itself ends at the same sizes, so it does not trigger another.
    const observer = new ResizeObserver(() => fit())
    for (const child of el.children) observer.observe(child)
    return () => {
      cancelled = true
      observer.disconnect()
    }
  }
}

/**
 * How much to shrink a big number so that it and its words (qualifier, unit) share one line of a
 * box; when that would make it smaller than `minScale`, the words go on their own line instead and
 * the number shrinks only as far as it must to fit alone. Widths are measured at full size.
 */
export function numberScale(box: number, number: number, words: number, minScale: number): { scale: number; oneLine: boolean } {
  if (box <= 0 || number <= 0) return { scale: 1, oneLine: true }
  const shared = (box - words) / number
  if (shared >= 1) return { scale: 1, oneLine: true }
  if (shared >= minScale) return { scale: shared, oneLine: true }
  return { scale: Math.min(1, box / number), oneLine: false }
}
