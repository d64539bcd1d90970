// Loading a font stack family by family, the way the browser's per-character fallback draws it.
import { describe, expect, it } from 'vitest'
import { familiesOf, loadStack, readFaceRanges, splitByFamily, stackLoaded } from '../../src/styles/fontStack'
import { unicodeRangeTest } from '../../src/styles/unicodeRange'

const stack = "'Noto Sans', 'Noto Sans SC Report', \"Noto Sans SC\", sans-serif"
const faces = [
  { family: 'Noto Sans', unicodeRange: 'U+0-FF' },
  { family: '"Noto Sans SC Report"', unicodeRange: 'U+20, U+30-39, U+4E4C, U+6D77' }, // digits, 乌海
  { family: 'Noto Sans SC', unicodeRange: 'U+0-FF, U+4E00-9FFF' },
]

function fakeFonts(declared = faces, loaded = new Set<string>()) {
  const calls: string[] = []
  return {
    calls,
    fonts: {
      [Symbol.iterator]: () => declared[Symbol.iterator](),
      load: async (font: string, text?: string) => {
        calls.push(`${font}|${text}`)
        return []
      },
      check: (font: string) => loaded.has(font),
    },
  }
}

describe('font stacks', () => {
  it('names the families of a stack in order, without generic ones', () => {
    expect(familiesOf(stack)).toEqual(['Noto Sans', 'Noto Sans SC Report', 'Noto Sans SC'])
  })

  it('gives each character to the first family covering it, and keeps apart what none covers', () => {
    expect(splitByFamily(stack, 'Wuhai 乌海公安 2016 😀', faces)).toEqual({
      parts: [
        { family: 'Noto Sans', text: 'Wuhai 2016' },
        { family: 'Noto Sans SC Report', text: '乌海' },
        { family: 'Noto Sans SC', text: '公安' },
      ],
      uncovered: '😀',
    })
  })

  it('loads each family with its own characters only, never the full font for what the report holds', async () => {
    const { fonts, calls } = fakeFonts()
    await loadStack(fonts, { weight: 700, size: 30, stack: "'Noto Sans SC Report', 'Noto Sans SC'" }, '乌海 2016')
    expect(calls).toEqual(["700 30px 'Noto Sans SC Report'|乌海 2016"])
  })

  it('reads each face’s range once, ahead of the first split when asked to', () => {
    let reads = 0
    const counted = faces.map((face) => ({
      family: face.family,
      get unicodeRange() {
        reads++
        return face.unicodeRange
      },
    }))
    readFaceRanges(counted)
    expect(reads).toBe(faces.length)
    expect(splitByFamily(stack, 'Wuhai 乌海', counted).parts).toHaveLength(2)
    expect(splitByFamily(stack, '公安', counted).parts).toHaveLength(1)
    expect(reads).toBe(faces.length)
  })

  it('counts a stack loaded only when every family it needs is', () => {
    const font = { weight: 400, size: 30, stack }
    expect(stackLoaded(fakeFonts(faces, new Set(["400 30px 'Noto Sans'"])).fonts, font, 'abc 乌')).toBe(false)
    const both = new Set(["400 30px 'Noto Sans'", "400 30px 'Noto Sans SC Report'"])
    expect(stackLoaded(fakeFonts(faces, both).fonts, font, 'abc 乌')).toBe(true)
  })
})

describe('unicode-range tests', () => {
  // The spelling of a range as CSS has it, tested against the range read one span at a time.
  const naive = (range: string) => (point: number) =>
    range.split(',').some((part) => {
      const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-')
      const [a, b] = from.includes('?')
        ? [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)]
        : [parseInt(from, 16), parseInt(to, 16)]
      return point >= a && point <= b
    })

  it('covers what a span at a time covers, for overlapping, touching, unordered and wildcard spans', () => {
    let seed = 7
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (let round = 0; round < 200; round++) {
      const parts = Array.from({ length: 1 + random(30) }, () => {
        const kind = random(3)
        const a = random(0x300)
        if (kind === 0) return `U+${a.toString(16)}`
        if (kind === 1) return `U+${a.toString(16)}-${(a + random(40)).toString(16)}`
        return `U+${(random(0x30) || 1).toString(16)}?`
      })
      const range = parts.join(', ')
      const fast = unicodeRangeTest(range)
      const slow = naive(range)
      for (let point = 0; point < 0x400; point++) expect(fast(point), `${range} at ${point}`).toBe(slow(point))
    }
  })

  it('covers nothing for an empty or unreadable range', () => {
    expect([0, 0x41, 0x4e00].some(unicodeRangeTest(''))).toBe(false)
    expect([0, 0x41].some(unicodeRangeTest('U+zz'))).toBe(false)
  })
})
