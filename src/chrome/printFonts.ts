// The bundled font is split into many unicode-range faces that load only when text needs them.
// Loading the faces for the pages' text up front, in both weights, means nothing is measured or
// printed with a fallback (which, on a machine without a CJK font, is a row of boxes). Text the
// report's own faces lack (a programme's name, another report) brings in the full font first.
import { loadStack, type Fonts } from '../styles/fontStack'
import { fontFamilies } from '../styles/palette'

export const printWeights = [400, 700] as const

export async function loadFontsFor(
  text: string,
  fonts: (Fonts & Pick<FontFaceSet, 'ready'>) | undefined = globalThis.document?.fonts,
): Promise<void> {
  if (!fonts) return
  const sample = [...new Set(text)].join('') || ' '
  const stacks = [...new Set(Object.values(fontFamilies))]
  await Promise.all(
    printWeights.flatMap((weight) => stacks.map((stack) => loadStack(fonts, { weight, size: 16, stack }, sample))),
  )
  await fonts.ready
}
