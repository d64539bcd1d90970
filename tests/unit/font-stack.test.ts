// Loading a font stack family by family, the way the browser's per-character fallback draws it.
import { describe, expect, it } from 'vitest'
import { familiesOf, loadStack, splitByFamily, stackLoaded } from '../../src/styles/fontStack'

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

  it('counts a stack loaded only when every family it needs is', () => {
    const font = { weight: 400, size: 30, stack }
    expect(stackLoaded(fakeFonts(faces, new Set(["400 30px 'Noto Sans'"])).fonts, font, 'abc 乌')).toBe(false)
    const both = new Set(["400 30px 'Noto Sans'", "400 30px 'Noto Sans SC Report'"])
    expect(stackLoaded(fakeFonts(faces, both).fonts, font, 'abc 乌')).toBe(true)
  })
})
