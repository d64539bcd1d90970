// The bundled font is split into many unicode-range faces that load only when text needs them.
// Loading the faces for the pages' text up front, in both weights, means nothing is measured or
// printed with a fallback (which, on a machine without a CJK font, is a row of boxes).
import { fontFamily } from '../styles/palette'

type Fonts = Pick<FontFaceSet, 'load' | 'ready'>

export const printWeights = [400, 700] as const

export async function loadFontsFor(text: string, fonts: Fonts | undefined = globalThis.document?.fonts): Promise<void> {
  if (!fonts) return
  const sample = [...new Set(text)].join('') || ' '
  await Promise.all(printWeights.map((weight) => fonts.load(`${weight} 16px ${fontFamily}`, sample)))
  await fonts.ready
}
