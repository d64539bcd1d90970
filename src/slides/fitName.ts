// A name that must never be clipped: it keeps to one line, shrinking as far as `min`; a name still
// too long at that size wraps onto more lines instead of shrinking further.
import type { Attachment } from 'svelte/attachments'
import { largestFitting } from './fit'

export interface NameFit {
  base: number
  min: number
  /** Anything the fit depends on (text, language); a change re-fits. */
  deps?: unknown
}

export function fitName({ base, min }: NameFit): Attachment<HTMLElement> {
  return (el) => {
    const fit = () => {
      el.style.whiteSpace = 'nowrap'
      const size = largestFitting(base, min, (candidate) => {
        el.style.fontSize = `${candidate}px`
        return el.scrollWidth <= el.clientWidth + 1
      })
      el.style.fontSize = `${size}px`
      const wrapped = el.scrollWidth > el.clientWidth + 1
      if (wrapped) el.style.whiteSpace = 'normal'
      el.dataset.fitted = String(size)
      el.dataset.wrapped = String(wrapped)
    }
    fit()
    document.fonts?.addEventListener('loadingdone', fit)
    return () => document.fonts?.removeEventListener('loadingdone', fit)
  }
}
