// Text metrics without a canvas, so the option builders stay pure and testable in node. The
// estimates are deliberately a little wide for Noto Sans SC: a line judged to fit does fit.

const wide =
  /[\u1100-\u115F\u2E80-\u303F\u3040-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/
const narrowPunct = /[.,:;'"!|ilIjtf()[\]\u2019\u2018·]/

function charEm(ch: string): number {
  if (wide.test(ch)) return 1
  if (ch === ' ') return 0.27
  if (/[0-9]/.test(ch)) return 0.58
  if (narrowPunct.test(ch)) return 0.32
  if (/[mwMW]/.test(ch)) return 0.9
  if (/[A-Z]/.test(ch)) return 0.7
  if (/[a-z]/.test(ch)) return 0.57
  if (ch === '−' || ch === '%' || ch === '+') return 0.8
  return 0.62
}

/** Estimated advance width of one line of text, in canvas pixels. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const ch of text) em += charEm(ch)
  return em * fontSize * (bold ? 1.06 : 1)
}

const opening = /^[（(「『《“‘[【〔]$/
const closing = /^[，。、；：！？）」』》”’\]】〕,.;:!?)%]$/

/**
 * Units that a line may not be broken inside: Latin words (or their parts up to a hyphen), single CJK characters, a number with
 * the CJK character right after it ("2012年"), punctuation with its neighbour, and a short
 * bracketed group ("（推算）") as a whole.
 */
function charTokens(text: string): string[] {
  const out: string[] = []
  let word = ''
  let glue = false
  const flush = () => {
    if (word) out.push(word)
    word = ''
  }
  for (const ch of text) {
    if (ch === ' ') {
      flush()
      out.push(' ')
      glue = false
    } else if (wide.test(ch) || opening.test(ch) || closing.test(ch)) {
      if (closing.test(ch)) {
        if (word) word += ch
        else if (out.length && out[out.length - 1] !== ' ') out[out.length - 1] += ch
        else out.push(ch)
        continue
      }
      if (word && /[0-9A-Za-z]$/.test(word) && wide.test(ch) && !opening.test(ch)) {
        word += ch
        flush()
        continue
      }
      flush()
      if (glue) out[out.length - 1] += ch
      else out.push(ch)
      glue = opening.test(ch)
    } else {
      if (glue) {
        word = out.pop() ?? ''
        glue = false
      }
      word += ch
      // A hyphenated word may break after its hyphen ("Law-" / "enforcement").
      if (ch === '-' && /[A-Za-z]{2}-$/.test(word)) flush()
    }
  }
  flush()
  // A bracketed group of at most four characters stays together.
  const merged: string[] = []
  for (let i = 0; i < out.length; i++) {
    const token = out[i]!
    if (/^[（(]/.test(token) && !/[）)]$/.test(token)) {
      const end = out.findIndex((t, j) => j > i && j <= i + 4 && /[）)]/.test(t))
      if (end > 0 && !out.slice(i, end + 1).includes(' ')) {
        merged.push(out.slice(i, end + 1).join(''))
        i = end
        continue
      }
    }
    merged.push(token)
  }
  return merged
}

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null
const cjk = /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]$/

/** Offsets in `text` where a Chinese word ends, as ICU's dictionary segmentation finds them. */
function wordEnds(text: string): Set<number> {
  const ends = new Set<number>()
  if (!segmenter) return ends
  for (const { index, segment } of segmenter.segment(text)) ends.add(index + segment.length)
  return ends
}

/**
 * The pieces a line may break between: those of `charTokens`, with Chinese characters of one word
 * kept together ("运营商 / 建设维护", never "运营商建 / 设维护").
 */
function tokens(text: string): string[] {
  const ends = wordEnds(text)
  const out: string[] = []
  let offset = 0
  for (const token of charTokens(text)) {
    const previous = out[out.length - 1]
    const first = [...token][0] ?? ''
    const last = previous ? ([...previous].at(-1) ?? '') : ''
    if (previous && cjk.test(first) && cjk.test(last) && !ends.has(offset)) out[out.length - 1] = previous + token
    else out.push(token)
    offset += token.length
  }
  return out
}

/** The widest unbreakable piece of a text, in canvas pixels. */
export function longestToken(text: string, fontSize: number, bold = false): number {
  return Math.max(0, ...tokens(text).map((t) => textWidth(t, fontSize, bold)))
}

function greedy(text: string, fontSize: number, maxWidth: number, bold: boolean): string[] {
  const lines: string[] = []
  let line = ''
  for (const token of tokens(text.replace(/\s+/g, ' ').trim())) {
    if (token === ' ') {
      if (line) line += ' '
      continue
    }
    const candidate = line + token
    if (line && textWidth(candidate.trimEnd(), fontSize, bold) > maxWidth) {
      lines.push(line.trimEnd())
      line = token
    } else line = candidate
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}

/**
 * Line breaking within `maxWidth` into as few lines as greedy breaking needs, with the lines as
 * even as possible ("区域警务 / 协作" becomes "区域警 / 务协作"); a token wider than the line
 * gets a line of its own.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const first = greedy(text, fontSize, maxWidth, bold)
  // A break before a bracket ("2016年刑事警情 / （推算）") reads better than an even one.
  if (first.length <= 1 || first.slice(1).some((line) => /^[（(]/.test(line))) return first
  let lo = longestToken(text, fontSize, bold)
  let hi = maxWidth
  if (lo >= hi) return first
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2
    if (greedy(text, fontSize, mid, bold).length <= first.length) hi = mid
    else lo = mid
  }
  return greedy(text, fontSize, hi, bold)
}

export interface FittedText {
  lines: string[]
  fontSize: number
}

/**
 * The largest size from `sizes` at which `text` wraps into at most `maxLines` lines of `maxWidth`;
 * the smallest size (wrapped, possibly longer) when none fits.
 */
export function fitText(
  text: string,
  maxWidth: number,
  maxLines: number,
  sizes: readonly number[],
  bold = false,
): FittedText {
  for (const fontSize of sizes) {
    const lines = wrapText(text, fontSize, maxWidth, bold)
    if (lines.length <= maxLines && lines.every((l) => textWidth(l, fontSize, bold) <= maxWidth))
      return { lines, fontSize }
  }
  const fontSize = sizes[sizes.length - 1] ?? 24
  return { lines: wrapText(text, fontSize, maxWidth, bold), fontSize }
}
