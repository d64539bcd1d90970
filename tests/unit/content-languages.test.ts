// The two languages say the same numbers: each figure formats to its own value in Chinese and English,
// and the texts that mention figures write them exactly as the formatter does.
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/content/schema'
import { formatFigure } from '../../src/i18n/figures'
import { formatFigureNumber } from '../../src/i18n/numbers'
import { allTexts, loadReport, parseEnNumber, parseZhNumber, sameNumber } from './content-helpers'

const report = loadReport()
const figures = [...report.figures.values()]
const langs = ['zh', 'en'] as const

/** Numbers a text may state without a figure: years, names with numbers in them, ordinals. */
const namedNumbers: Record<(typeof langs)[number], RegExp[]> = {
  zh: [/20(?:12|16|17)年?/g, /G20/g, /“(?:5\.17|4·16|6·17|8·30|6\.27|1\+3)”/g],
  en: [/\b20(?:12|16|17)\b/g, /\bG20\b/g, /“(?:5\.17|4·16|6·17|8·30|6\.27|1\+3)”/g, /\b\d+(?:st|nd|rd|th)\b/g],
}

function withoutNamedNumbers(text: string, lang: (typeof langs)[number]): string {
  return namedNumbers[lang].reduce((out, pattern) => out.replace(pattern, ' '), text)
}

describe('figures read the same in both languages', () => {
  it.each(figures.map((f) => [f.id, f] as const))('%s', (_id, fig: Figure) => {
    const zh = formatFigure(fig, 'zh')
    const en = formatFigure(fig, 'en')
    const fromZh = parseZhNumber(zh)
    const fromEn = parseEnNumber(en)
    expect(fromZh, `no number in "${zh}"`).toBeDefined()
    expect(fromEn, `no number in "${en}"`).toBeDefined()
    const percent = fig.kind === 'percent' || fig.kind === 'change'
    expect(fromZh!.percent, zh).toBe(percent)
    expect(fromEn!.percent, en).toBe(percent)
    // a ratio written as words is rounded in the record (0.6667 for two thirds)
    const tolerance = fig.kind === 'ratio' ? 1e-3 : 0
    const close = (a: number, b: number) => (tolerance ? Math.abs(a - b) <= tolerance : sameNumber(a, b))
    expect(close(fromZh!.value, fig.value), `"${zh}" reads as ${fromZh!.value}, the record says ${fig.value}`).toBe(
      true,
    )
    expect(close(fromEn!.value, fig.value), `"${en}" reads as ${fromEn!.value}, the record says ${fig.value}`).toBe(
      true,
    )
    // the qualifier shows in both languages
    const marks = {
      over: ['余', 'over '],
      nearly: ['近', 'nearly '],
      'more-than': ['超过', 'over '],
      about: ['约', 'about '],
    } as const
    if (fig.qualifier) {
      expect(zh).toContain(marks[fig.qualifier][0])
      expect(en).toContain(marks[fig.qualifier][1])
    } else {
      expect(zh).not.toMatch(/余|近|超过|约/)
      expect(en).not.toMatch(/^(over|nearly|about) /)
    }
  })

  it('the parsers read 万/亿 and thousand/million/billion and catch a wrong value', () => {
    expect(parseZhNumber('16.34万人')!.value).toBeCloseTo(163400)
    expect(parseZhNumber('2000亿余条')!.value).toBe(2e11)
    expect(parseEnNumber('over 200 billion records')!.value).toBe(2e11)
    expect(parseEnNumber('8.77 million yuan')!.value).toBe(8.77e6)
    expect(parseEnNumber('−51.9%')).toEqual({ value: -51.9, percent: true })
    expect(sameNumber(parseEnNumber('16,340 followers')!.value, 163400)).toBe(false)
  })
})

describe('texts that state figures write them as the formatter does', () => {
  it('points that list figures contain each one, formatted, in both languages', () => {
    const missing: string[] = []
    report.deck.slides.forEach((slide, s) =>
      slide.blocks.forEach((block, b) => {
        if (block.type !== 'points') return
        block.items.forEach((item, i) =>
          item.figures.forEach((id) => {
            const fig = report.figures.get(id)!
            for (const lang of langs) {
              const formatted = formatFigure(fig, lang)
              if (!item.text[lang].includes(formatted))
                missing.push(
                  `slides[${s}].blocks[${b}].items[${i}] ${lang}: "${formatted}" not in "${item.text[lang]}"`,
                )
            }
          }),
        )
      }),
    )
    expect(missing).toEqual([])
  })

  it('points state no number that is not one of their listed figures', () => {
    const stray: string[] = []
    report.deck.slides.forEach((slide, s) =>
      slide.blocks.forEach((block, b) => {
        if (block.type !== 'points') return
        block.items.forEach((item, i) => {
          for (const lang of langs) {
            let rest = item.text[lang]
            for (const id of item.figures) rest = rest.replace(formatFigure(report.figures.get(id)!, lang), ' ')
            rest = withoutNamedNumbers(rest, lang)
            if (/\d/.test(rest)) stray.push(`slides[${s}].blocks[${b}].items[${i}] ${lang}: "${item.text[lang]}"`)
          }
        })
      }),
    )
    expect(stray).toEqual([])
  })

  it('chart descriptions state each charted figure in both languages', () => {
    const missing: string[] = []
    report.deck.slides.forEach((slide, s) =>
      slide.blocks.forEach((block, b) => {
        if (block.type !== 'chart') return
        for (const id of block.figures) {
          const fig = report.figures.get(id)!
          for (const lang of langs) {
            const number = fig.words ? fig.words[lang] : formatFigureNumber(fig, lang).replace(/^[−+-]/, '')
            if (!block.description[lang].includes(number))
              missing.push(`slides[${s}].blocks[${b}] ${lang}: "${number}" (${id}) not in the description`)
          }
        }
      }),
    )
    expect(missing).toEqual([])
  })

  it('English groups thousands and Chinese does not, as the formatter writes them', () => {
    const texts = allTexts(report.deck, figures, report.pack)
    const bad: string[] = []
    for (const { path, text } of texts) {
      // a bare number of 4+ digits in English (other than a year or the 12306 service) should read 1,234
      const en = withoutNamedNumbers(text.en, 'en').replace(/\b12306\b/g, ' ')
      if (/(?<![\d,.])\d{4,}(?![\d,])/.test(en)) bad.push(`${path} en: ${text.en}`)
      if (/\d,\d{3}/.test(text.zh)) bad.push(`${path} zh: ${text.zh}`)
    }
    expect(bad).toEqual([])
  })

  it('stat tile captions and chart nodes carry no numbers of their own', () => {
    const bad: string[] = []
    report.deck.slides.forEach((slide, s) =>
      slide.blocks.forEach((block, b) => {
        const texts =
          block.type === 'stats'
            ? block.tiles.flatMap((t) => (t.caption ? [t.caption] : []))
            : block.type === 'chart'
              ? block.nodes
              : []
        for (const text of texts)
          for (const lang of langs)
            if (/\d/.test(withoutNamedNumbers(text[lang], lang).replace(/G20/g, '')))
              bad.push(`slides[${s}].blocks[${b}] ${lang}: ${text[lang]}`)
      }),
    )
    expect(bad).toEqual([])
  })
})
