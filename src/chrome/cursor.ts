import type { Attachment } from 'svelte/attachments'

/** Hides the mouse pointer over an element after a few seconds without movement. */
export function hideIdleCursor(delayMs = 3000): Attachment<HTMLElement> {
  return (el) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const wake = () => {
      el.classList.remove('cursor-hidden')
      clearTimeout(timer)
      timer = setTimeout(() => el.classList.add('cursor-hidden'), delayMs)
    }
    wake()
    el.addEventListener('pointermove', wake)
    return () => {
      clearTimeout(timer)
      el.removeEventListener('pointermove', wake)
    }
  }
}
