import { describe, expect, it } from 'vitest'
import { loadFontsFor } from '../../../src/chrome/printFonts'
import { fontFamily } from '../../../src/styles/palette'

describe('loadFontsFor', () => {
  it('loads both weights for the characters of the text, then waits for every pending face', async () => {
    const calls: string[] = []
    let readyWaited = false
    const fonts = {
      load: async (font: string, text?: string) => {
        calls.push(`${font}|${text}`)
        return []
      },
      get ready() {
        readyWaited = true
        return Promise.resolve() as unknown as Promise<FontFaceSet>
      },
    }
    await loadFontsFor('乌海乌海 abc', fonts)
    expect(calls).toEqual([`400 16px ${fontFamily}|乌海 abc`, `700 16px ${fontFamily}|乌海 abc`])
    expect(readyWaited).toBe(true)
  })

  it('does nothing without a font set (outside a browser)', async () => {
    await expect(loadFontsFor('text', undefined)).resolves.toBeUndefined()
  })
})
