// A font stack names several families, and the browser takes each character from the first one
// with a face whose unicode-range covers it. FontFaceSet.load() and .check() do not: they take the
// faces of every family in the stack that cover any of the text, so asking for the app's stack
// would fetch the full Noto Sans SC for characters the report's own faces already hold. Loads and
// checks here name one family at a time, each with the characters it is the one to draw.
import { fullFontLoaded, loadFullFont } from './fullFont'
import { unicodeRangeTest } from './unicodeRange'

export interface StackFont {
  weight: number
  /** In px; it does not change which faces load, only how the font is written. */
  size: number
  /** A CSS font-family list: `'Noto Sans', 'Noto Sans SC Report', 'Noto Sans SC', sans-serif`. */
  stack: string
}

type Faces = Iterable<Pick<FontFace, 'family' | 'unicodeRange'>>
export type Fonts = Pick<FontFaceSet, 'load' | 'check'> & Faces

/** A family name as a stack or a FontFace writes it, without its quotes. */
export const unquote = (name: string): string => name.trim().replace(/^["']|["']$/g, '')

// Every chart draw asks about every declared face (some 250 once the full font is in): each
// face's range is read once.
const rangeTests = new WeakMap<object, (point: number) => boolean>()
function rangeTestOf(face: Pick<FontFace, 'unicodeRange'>): (point: number) => boolean {
  let test = rangeTests.get(face)
  if (!test) rangeTests.set(face, (test = unicodeRangeTest(face.unicodeRange)))
  return test
}

/**
 * Reads every declared face's range ahead, in idle time once the full font is declared: the first
 * chart drawn after it otherwise read some 250 of them inside its entrance (17–20 ms here).
 */
export function readFaceRanges(faces: Iterable<Pick<FontFace, 'unicodeRange'>>): void {
  for (const face of faces) rangeTestOf(face)
}

/** The named families of a stack, in order (generic families such as sans-serif need no load). */
export function familiesOf(stack: string): string[] {
  const generic = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui'])
  return stack
    .split(',')
    .map(unquote)
    .filter((name) => name && !generic.has(name))
}

export interface FamilyText {
  family: string
  text: string
}

/**
 * Each character of `text` given to the first family of `stack` with a face covering it; what no
 * face covers is returned apart.
 */
export function splitByFamily(stack: string, text: string, faces: Faces): { parts: FamilyText[]; uncovered: string } {
  const tests = new Map<string, Array<(point: number) => boolean>>()
  for (const face of faces) {
    const family = unquote(face.family)
    const known = tests.get(family)
    if (known) known.push(rangeTestOf(face))
    else tests.set(family, [rangeTestOf(face)])
  }
  let left = [...new Set(text)]
  const parts: FamilyText[] = []
  for (const family of familiesOf(stack)) {
    const covers = tests.get(family) ?? []
    const mine = new Set(left.filter((char) => covers.some((test) => test(char.codePointAt(0)!))))
    if (mine.size) parts.push({ family, text: [...mine].join('') })
    left = left.filter((char) => !mine.has(char))
  }
  return { parts, uncovered: left.join('') }
}

const fontString = (font: StackFont, family: string) => `${font.weight} ${font.size}px '${family}'`

/**
 * Loads the faces `text` needs in `font`. A character no declared face covers first brings in the
 * full font's declarations (once), in case it holds it.
 */
export async function loadStack(fonts: Fonts, font: StackFont, text: string): Promise<void> {
  let split = splitByFamily(font.stack, text, fonts)
  if (split.uncovered.trim() && !fullFontLoaded()) {
    await loadFullFont()
    split = splitByFamily(font.stack, text, fonts)
  }
  const { parts } = split
  await Promise.all(parts.map((part) => fonts.load(fontString(font, part.family), part.text)))
}

/** Whether every face `text` needs in `font` is loaded, and nothing is left for the full font to bring. */
export function stackLoaded(fonts: Fonts, font: StackFont, text: string): boolean {
  const { parts, uncovered } = splitByFamily(font.stack, text, fonts)
  if (uncovered.trim() && !fullFontLoaded()) return false
  return parts.every((part) => fonts.check(fontString(font, part.family), part.text))
}
