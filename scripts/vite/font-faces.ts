// Reading the @font-face rules of a stylesheet the way a browser picks among them.
import { unicodeRangeTest } from '../../src/styles/unicodeRange'

export { unicodeRangeTest }

export interface FaceRule {
  family: string
  weight: string
  file: string
  /** Whether the rule's unicode-range names a code point (without a range, it names every one). */
  covers: (codePoint: number) => boolean
}

/** The woff2 @font-face rules of a stylesheet: family, weight, file (as written) and range. */
export function faceRules(css: string): FaceRule[] {
  return (css.match(/@font-face\s*{[^}]*}/g) ?? []).flatMap((rule) => {
    const family = /font-family:\s*["']?([^;"']+)["']?/.exec(rule)?.[1]?.trim()
    const weight = /font-weight:\s*(\d+)/.exec(rule)?.[1]
    const file = /url\(["']?([^)"']+\.woff2)["']?\)/.exec(rule)?.[1]
    const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1]
    if (!family || !weight || !file) return []
    return [{ family, weight, file, covers: range ? unicodeRangeTest(range) : () => true }]
  })
}

/**
 * The rule a browser takes `codePoint` from among `rules` (one family and weight): where ranges
 * overlap (digits are in more than one subset) the rule declared last is the one used.
 */
export function faceFor(rules: readonly FaceRule[], codePoint: number): FaceRule | undefined {
  for (let i = rules.length - 1; i >= 0; i--) if (rules[i]!.covers(codePoint)) return rules[i]
  return undefined
}

/** The font files a browser takes `points` from in `family`, per weight. */
export function facesFor(rules: readonly FaceRule[], family: string, points: readonly number[]): string[] {
  const files = new Set<string>()
  const ofFamily = rules.filter((rule) => rule.family === family)
  for (const weight of new Set(ofFamily.map((rule) => rule.weight))) {
    const faces = ofFamily.filter((rule) => rule.weight === weight)
    for (const point of points) {
      const face = faceFor(faces, point)
      if (face) files.add(face.file)
    }
  }
  return [...files]
}

/** A unicode-range value naming exactly `points`, runs of consecutive points as spans. */
export function unicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b)
  const spans: string[] = []
  const hex = (point: number) => point.toString(16).toUpperCase()
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    spans.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`)
    i = j + 1
  }
  return spans.join(',')
}
