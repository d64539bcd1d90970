// Text folded for matching: full-width forms to ASCII, lower case, one space for any run of white
// space, curly quotes straight, and no thousands separators between digits (so "5453" finds
// "5,453"). Each folded character remembers where it came from, so a match can be highlighted in
// the original text.

export interface Folded {
  text: string
  /** For each character of `text`, its index in the original. */
  origin: number[]
}

const quotes: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' }
const digit = /\p{Nd}/u

export function fold(original: string): Folded {
  let text = ''
  const origin: number[] = []
  const chars = [...original]
  let at = 0
  chars.forEach((char, i) => {
    const index = at
    at += char.length
    const separator = char === ',' || char === '，'
    if (separator && digit.test(chars[i - 1] ?? '') && digit.test(chars[i + 1] ?? '')) return
    let folded = quotes[char] ?? char.normalize('NFKC').toLowerCase()
    if (/^\s+$/u.test(folded)) {
      if (text === '' || text.endsWith(' ')) return
      folded = ' '
    }
    for (const part of folded) {
      text += part
      origin.push(index)
    }
  })
  return { text, origin }
}

/** A query folded the same way, without leading or trailing space. */
export function foldQuery(query: string): string {
  return fold(query).text.trim()
}
