// Terms are translated the same way everywhere: wherever a glossary term's Chinese appears in a text,
// the English of that text uses the glossary's English for it. The check is the pack checker's
// (scripts/check-report/glossary.ts); a term's `variants` in glossary.json are the other forms accepted.
import { describe, expect, it } from 'vitest'
import { checkGlossary, glossaryViolations } from '../../scripts/check-report/glossary'
import { allTexts, loadGlossary, loadReport, sourceText, type TextRef } from './content-helpers'

const report = loadReport()
const { terms } = loadGlossary()
/** The glossary's own variants: English forms a sentence may use besides a term's English, each explained in its note. */
const variants = Object.fromEntries(terms.flatMap((t) => (t.variants ? [[t.zh, t.variants] as const] : [])))
const texts = allTexts(report.deck, report.figures.values(), report.pack)

describe('glossary', () => {
  it('is applied in every deck text, title, point, caption, chart text, note and figure label', () => {
    expect(glossaryViolations(texts, terms)).toEqual([])
    expect(checkGlossary(texts, terms).findings).toEqual([])
  })

  it('is checked against every kind of text: slide texts, points, tiles, chart texts and nodes, notes, figures', () => {
    const kinds = {
      title: /slides\[\d+\]\.title$/,
      subtitle: /slides\[\d+\]\.subtitle$/,
      kicker: /slides\[\d+\]\.kicker$/,
      notes: /slides\[\d+\]\.notes$/,
      point: /\.items\[\d+\]\.text$/,
      'tile caption': /\.tiles\[\d+\]\.caption$/,
      'chart title': /\.blocks\[\d+\]\.title$/,
      'chart description': /\.description$/,
      'chart node': /\.nodes\[\d+\]$/,
      'source line': /\.blocks\[\d+\]\.text$/,
      'figure label': /figures\[\d+\]\.label$/,
      'figure unit': /figures\[\d+\]\.unit$/,
    }
    const missing = Object.entries(kinds)
      .filter(([, pattern]) => !texts.some(({ path }) => pattern.test(path)))
      .map(([kind]) => kind)
    expect(missing).toEqual([])
  })

  it('accepts variants only for glossary terms, and each variant is used', () => {
    const unknown = Object.keys(variants).filter((zh) => !terms.some((t) => t.zh === zh))
    const unused = Object.entries(variants).flatMap(([zh, forms]) =>
      forms.filter(
        (form) => !texts.some(({ text }) => text.zh.includes(zh) && text.en.toLowerCase().includes(form.toLowerCase())),
      ),
    )
    expect({ unknown, unused }).toEqual({ unknown: [], unused: [] })
  })

  it('is actually exercised: most terms appear in the deck', () => {
    const used = terms.filter((term) => texts.some(({ text }) => text.zh.includes(term.zh)))
    expect(used.length / terms.length).toBeGreaterThan(0.9)
  })

  it('lists only terms that occur in the report', () => {
    // the report sometimes sets off part of a name in quotes (乌海公安“大数据”合成作战平台)
    const unquoted = sourceText.replace(/[“”]/g, '')
    const absent = terms.filter((term) => !sourceText.includes(term.zh) && !unquoted.includes(term.zh))
    expect(absent.map((t) => t.zh)).toEqual([])
  })

  it('gives each of the ten “Wuhai …” part names its own English', () => {
    const names = [
      '乌海做法',
      '乌海战役',
      '乌海实践',
      '乌海样板',
      '乌海探索',
      '乌海成效',
      '乌海模式',
      '乌海品牌',
      '乌海标杆',
      '乌海风貌',
    ]
    const english = names.map((zh) => terms.find((t) => t.zh === zh)?.en)
    expect(english.every((en) => en && /^Wuhai [A-Z]/.test(en))).toBe(true)
    expect(new Set(english).size).toBe(10)
  })

  it('glosses the people named in the report in pinyin', () => {
    const people: Record<string, string> = {
      卜连海: 'Bu Lianhai',
      陈训秋: 'Chen Xunqiu',
      石福厚: 'Shi Fuhou',
      范金伟: 'Fan Jinwei',
      金树泉: 'Jin Shuquan',
      高文政: 'Gao Wenzheng',
      杨利军: 'Yang Lijun',
    }
    for (const [zh, en] of Object.entries(people)) expect(terms.find((t) => t.zh === zh)?.en).toBe(en)
  })

  it('reports a text that translates a term differently, with its path', () => {
    const bad: TextRef[] = [
      {
        path: 'deck.json: slides[3].blocks[0].items[1].text',
        text: { zh: '组织开展“净土2016”专项行动', en: 'Ran the Pure Land 2016 campaign' },
      },
      { path: 'deck.json: slides[4].notes', text: { zh: '“净土2016”行动', en: 'The clean land 2016 campaign' } },
    ]
    expect(glossaryViolations(bad, [{ zh: '净土2016', en: 'Clean Land 2016' }])).toEqual([
      'deck.json: slides[3].blocks[0].items[1].text: has 「净土2016」 but the English lacks "Clean Land 2016": Ran the Pure Land 2016 campaign',
    ])
  })

  it('takes an accepted variant for its term only', () => {
    const text = (en: string): TextRef[] => [
      { path: 'deck.json: slides[12].notes', text: { zh: '远低于自治区平均水平', en } },
    ]
    const term = [{ zh: '自治区', en: 'Inner Mongolia Autonomous Region' }]
    expect(
      glossaryViolations(text('far below the Inner Mongolia average'), term, { 自治区: ['Inner Mongolia'] }),
    ).toEqual([])
    expect(
      glossaryViolations(text('far below the regional average'), term, { 自治区: ['Inner Mongolia'] }),
    ).toHaveLength(1)
    expect(
      glossaryViolations(text('far below the Inner Mongolia average'), term, { 全区: ['Inner Mongolia'] }),
    ).toHaveLength(1)
  })
})
