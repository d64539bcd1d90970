// Before the first paint (boot.ts): the variant of the written-in opening slide that the window
// starts with is kept and given its styles, and the others are removed.
import type { FirstPaintChoice } from './choose'
import { firstPaintAttribute, firstPaintStyleAttribute, variantName } from './variants'

/**
 * Keeps the variant `choice` names (none for null) and removes the others; the kept one gets its
 * styles. Returns it, or null.
 */
export function showFirstPaint(doc: Document, choice: FirstPaintChoice | null): HTMLElement | null {
  const name = choice && variantName(choice)
  let layer: HTMLElement | null = null
  for (const candidate of doc.querySelectorAll<HTMLElement>(`[${firstPaintAttribute}]`)) {
    if (!layer && candidate.getAttribute(firstPaintAttribute) === name) layer = candidate
    else candidate.remove()
  }
  if (!layer || !choice) return null
  // The canvas's scale is the stylesheet's (global.css): reading the window's size here would lay
  // the page out inside this script, before its fonts are in.
  for (const el of layer.querySelectorAll<HTMLElement>(`[${firstPaintStyleAttribute}]:not([data-scale])`))
    el.style.cssText = el.getAttribute(firstPaintStyleAttribute) ?? ''
  // The page's language picks the face of everything outside the slide (the counter).
  doc.documentElement.lang = choice.lang === 'zh' ? 'zh-CN' : 'en'
  layer.hidden = false
  return layer
}
