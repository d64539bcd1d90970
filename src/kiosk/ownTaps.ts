import type { Attachment } from 'svelte/attachments'

/**
 * Keeps taps on an overlay's buttons from reaching the slide's tap navigation below. Native
 * listeners: Svelte's delegated `on…` handlers run at the document, after the slide's own.
 */
export const ownTaps: Attachment<HTMLElement> = (el) => {
  const stop = (event: Event) => event.stopPropagation()
  for (const type of ['pointerdown', 'pointerup'] as const) el.addEventListener(type, stop)
  return () => {
    for (const type of ['pointerdown', 'pointerup'] as const) el.removeEventListener(type, stop)
  }
}
