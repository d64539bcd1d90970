/** Code points a CSS unicode-range (`U+4E00-4E3F, U+20AC, U+4??`) covers, as a test. */
export function unicodeRangeTest(range: string): (codePoint: number) => boolean {
  const spans = range.split(',').map((part): [number, number] => {
    const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-')
    if (from.includes('?')) return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)]
    return [parseInt(from, 16), parseInt(to, 16)]
  })
  return (codePoint) => spans.some(([a, b]) => codePoint >= a && codePoint <= b)
}
