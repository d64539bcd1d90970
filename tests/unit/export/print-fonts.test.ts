import { describe, expect, it } from 'vitest'
import { loadFontsFor } from '../../../src/chrome/printFonts'

const face = (family: string, unicodeRange: string) => ({ family, unicodeRange })

describe('loadFontsFor', () => {
  it('loads both weights of each family for the characters it draws, then waits for every pending face', async () => {
    const calls: string[] = []
    let readyWaited = false
    const faces = [
      face('Noto Sans SC Report', 'U+4E4C'), // 乌
      face('Noto Sans SC', 'U+0-FF, U+4E00-9FFF'),
      face('Noto Sans', 'U+0-FF'),
    ]
    const fonts = {
      [Symbol.iterator]: () => faces[Symbol.iterator](),
      load: async (font: string, text?: string) => {
        calls.push(`${font}|${text}`)
        return []
      },
      check: () => false,
      get ready() {
        readyWaited = true
        return Promise.resolve() as unknown as Promise<FontFaceSet>
      },
    }
    await loadFontsFor('乌海乌海 abc', fonts)
    expect(calls.sort()).toEqual(
      [
        // Chinese: 乌 from the report's faces, the rest from the full font.
        "400 16px 'Noto Sans SC Report'|乌",
        "400 16px 'Noto Sans SC'|海 abc",
        "700 16px 'Noto Sans SC Report'|乌",
        "700 16px 'Noto Sans SC'|海 abc",
        // English: Latin from Noto Sans first.
        "400 16px 'Noto Sans'| abc",
        "400 16px 'Noto Sans SC Report'|乌",
        "400 16px 'Noto Sans SC'|海",
        "700 16px 'Noto Sans'| abc",
        "700 16px 'Noto Sans SC Report'|乌",
        "700 16px 'Noto Sans SC'|海",
      ].sort(),
    )
    expect(readyWaited).toBe(true)
  })

  it('does nothing without a font set (outside a browser)', async () => {
    await expect(loadFontsFor('text', undefined)).resolves.toBeUndefined()
  })
})
