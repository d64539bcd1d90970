/**
 * Code points a CSS unicode-range (`U+4E00-4E3F, U+20AC, U+4??`) covers, as a test. A face cut to
 * the report lists a thousand single code points, and a chart asks about each of its characters:
 * the spans are sorted and merged once, and each test is a binary search.
 */
export function unicodeRangeTest(range: string): (codePoint: number) => boolean {
  const spans = range
    .split(',')
    .map((part): [number, number] => {
      const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-')
      if (from.includes('?')) return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)]
      return [parseInt(from, 16), parseInt(to, 16)]
    })
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && a <= b)
    .sort((x, y) => x[0] - y[0])
  const starts: number[] = []
  const ends: number[] = []
  for (const [a, b] of spans) {
    const last = ends.length - 1
    if (last >= 0 && a <= ends[last]! + 1) {
      ends[last] = Math.max(ends[last]!, b)
    } else {
      starts.push(a)
      ends.push(b)
    }
  }
  return (codePoint) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (codePoint < starts[mid]!) hi = mid - 1
      else if (codePoint > ends[mid]!) lo = mid + 1
      else return true
    }
    return false
  }
}
