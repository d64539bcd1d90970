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
    return () => {
      cancelled = true
    }
  }
}
