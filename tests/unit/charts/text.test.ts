import { describe, expect, it } from 'vitest'
import { fitText, longestToken, textWidth, wrapText } from '../../../src/charts/builders/text'

describe('text metrics for chart layout', () => {
  it('counts a CJK character as one em and Latin narrower', () => {
    expect(textWidth('刑事警情', 30)).toBe(120)
    expect(textWidth('cases', 30)).toBeLessThan(textWidth('刑事警情', 30))
    expect(textWidth('5453', 56, true)).toBeGreaterThan(textWidth('5453', 56))
  })

  it('breaks Chinese anywhere but keeps a number with its unit and a short bracket group whole', () => {
    expect(wrapText('2016年刑事警情（推算）', 30, 250)).toEqual(['2016年刑事警情', '（推算）'])
    expect(wrapText('刑事警情较2012年', 30, 200)).toEqual(['刑事警情', '较2012年'])
  })

  it('balances the lines it needs', () => {
    expect(wrapText('区域警务协作', 36, 190)).toEqual(['区域警', '务协作'])
    expect(wrapText('Eight categories of serious violent crime', 30, 400)).toEqual([
      'Eight categories of',
      'serious violent crime',
    ])
  })

  it('never breaks a Latin word; a word wider than the line stands alone', () => {
    const lines = wrapText('Neighbourhoods and streets', 30, 150)
    expect(lines[0]).toBe('Neighbourhoods')
    expect(lines.join(' ')).toBe('Neighbourhoods and streets')
    expect(longestToken('Streets and neighbourhoods', 30)).toBe(textWidth('neighbourhoods', 30))
  })

  it('may break a hyphenated word after its hyphen', () => {
    expect(wrapText('Law-enforcement results', 30, 200)).toEqual(['Law-', 'enforcement', 'results'])
    expect(wrapText('Law-enforcement', 30, 400)).toEqual(['Law-enforcement'])
  })

  it('keeps closing punctuation off the start of a line', () => {
    for (const line of wrapText('全国首创，“警民之家”微警务互动平台。', 30, 130)) expect(line).not.toMatch(/^[，。”）]/)
  })

  it('fits at the largest size that keeps within the lines allowed', () => {
    expect(fitText('政府买单', 300, 1, [44, 36]).fontSize).toBe(44)
    const fitted = fitText('Operators build and maintain', 240, 2, [44, 36, 30])
    expect(fitted.fontSize).toBe(30)
    expect(fitted.lines).toHaveLength(2)
  })
})

describe('Chinese words stay whole when a line breaks', () => {
  it('breaks between words, not inside one', () => {
    const lines = wrapText('运营商建设维护', 40, 4.2 * 40)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('|')).not.toMatch(/建\|设/)
    for (const line of lines) expect(line.length).toBeGreaterThan(1)
  })
})
