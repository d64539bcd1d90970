// ECharts measures text once per string and font and keeps the widths; text measured before its
// web font arrived keeps the fallback font's widths (rich text fragments then overlap or gap). So
// a chart draws only once the bundled font's faces for its text are loaded.
import type { ChartContent } from './lifecycle'
import { formatFigure } from '../i18n/figures'
import { translator } from '../i18n/i18n'
import { otherLang } from '../i18n/lang'
import { loadStack, stackLoaded, type StackFont } from '../styles/fontStack'
import { fontFamilies } from '../styles/palette'

/** Every character a chart may draw for this content. */
export function chartText(content: ChartContent): string {
  const langs = content.bilingual ? [content.lang, otherLang(content.lang)] : [content.lang]
  const parts: string[] = ['0123456789.,%−+ ']
  for (const lang of langs) {
    parts.push(translator(lang)('figure.derived'))
    for (const figure of content.figures) parts.push(formatFigure(figure, lang), figure.label[lang])
    for (const node of content.block.nodes) parts.push(node[lang])
  }
  return [...new Set([...parts.join('')])].join('')
}

const settled = new Set<string>()
const loading = new Map<string, Promise<void>>()

/**
 * undefined when the faces for the content's text are loaded (or cannot be); otherwise a promise
 * that settles when they are, or after `timeoutMs`. Callers asking again while the faces load get
 * the same promise.
 */
export function fontsPending(content: ChartContent, timeoutMs = 3000): Promise<void> | undefined {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts
  if (!fonts) return undefined
  const text = chartText(content)
  const langs = content.bilingual ? [content.lang, otherLang(content.lang)] : [content.lang]
  const faces: StackFont[] = langs.flatMap((lang) =>
    [400, 700].map((weight) => ({ weight, size: 30, stack: fontFamilies[lang] })),
  )
  const key = faces.map((face) => `${face.weight} ${face.stack}`).join('|') + text
  if (settled.has(key)) return undefined
  const pending = loading.get(key)
  if (pending) return pending
  try {
    if (faces.every((face) => stackLoaded(fonts, face, text))) return undefined
  } catch {
    return undefined
  }
  const loads = Promise.all(faces.map((face) => loadStack(fonts, face, text))).then(
    () => undefined,
    () => undefined,
  )
  const done = Promise.race([loads, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]).then(() => {
    loading.delete(key)
    settled.add(key)
  })
  loading.set(key, done)
  return done
}
