// Every number in the report is either a figure shown on a slide or deliberately left out (a year, a case
// name, a date...). A figure covers an occurrence when its source sentence contains it, its value matches
// (万/亿 scaled, percentages and changes by magnitude), its qualifier matches 余/近/超过 around the number,
// and its unit is the word that follows the number.
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/content/schema'
import { figureUses, loadReport, sameNumber, sourceText, spansOf } from './content-helpers'

interface Exclusion {
  /** The number as the pattern extracts it. */
  token: string
  /** A verbatim bit of the report around it: the exclusion applies only to the occurrence inside this text. */
  context: string
  why: string
}

const exclusions: Exclusion[] = [
  // years
  { token: '2016', context: '警务活力在2016年竞相迸发', why: 'the year under review' },
  { token: '2012', context: '比2012年的5453起', why: 'base year of the comparison; the 5453 itself is a figure' },
  { token: '2016', context: '2016年8月11-12日', why: 'year of the national meeting' },
  { token: '2016', context: '2016年,先后又有福建', why: 'the year of the visits' },
  { token: '2017', context: '2017年,全市公安机关', why: 'the year of the outlook' },
  // names that contain numbers
  { token: '20', context: '增援G20峰会安保任务', why: 'G20, name of the summit' },
  { token: '5.17', context: '“5.17”系列公车扒窃案', why: 'case name (a date code)' },
  { token: '4·16', context: '“4·16”杀人抛尸案', why: 'case name (a date code)' },
  { token: '6·17', context: '“6·17”故意杀人案', why: 'case name (a date code)' },
  { token: '8·30', context: '“8·30”非法制贩爆炸物品案', why: 'case name (a date code)' },
  { token: '2016', context: '“净土2016”禁毒严打整治', why: 'campaign name' },
  { token: '6.27', context: '“6.27”工程', why: 'project name (a date code)' },
  { token: '12306', context: '全国12306火车实名数据', why: 'name of the national rail ticketing service' },
  { token: '1+3', context: '从严治党“1+3”制度体系', why: 'name of a system of Party rules' },
  // the date of the national meeting
  { token: '8', context: '2016年8月11-12日', why: 'month of the national meeting' },
  { token: '11-12', context: '8月11-12日', why: 'days of the national meeting' },
]

/** Integers, decimals, percentages, 万/亿, ranges (11-12), date codes (5.17, 4·16) and "1+3". */
const numberPattern = /\d+(?:[.·]\d+)?(?:[-+]\d+)?(?:%|万|亿)?/g

interface Occurrence {
  token: string
  start: number
  end: number
}

function occurrences(text: string): Occurrence[] {
  return [...text.matchAll(numberPattern)].map((m) => ({ token: m[0], start: m.index!, end: m.index! + m[0].length }))
}

function around(o: Occurrence, width = 8): string {
  return sourceText.slice(Math.max(0, o.start - width), o.end + width).replace(/\n/g, '⏎')
}

function within(o: Occurrence, text: string): boolean {
  return spansOf(sourceText, text).some(([start, end]) => start <= o.start && o.end <= end)
}

/** The value an occurrence states, or undefined for date codes, ranges and the like. */
function valueOf(token: string): { value: number; percent: boolean } | undefined {
  const m = /^(\d+(?:\.\d+)?)(万|亿|%)?$/.exec(token)
  if (!m) return undefined
  const scale = m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1
  return { value: Number(m[1]) * scale, percent: m[2] === '%' }
}

/** The qualifier the report puts around the number: 110余次 → over, 近2亿 → nearly, 超过10万元 → more-than. */
function qualifierAt(o: Occurrence): Figure['qualifier'] {
  if (sourceText[o.end] === '余') return 'over'
  if (sourceText.slice(0, o.start).endsWith('近')) return 'nearly'
  if (sourceText.slice(0, o.start).endsWith('超过')) return 'more-than'
  return undefined
}

/** The words right after the number (after 余), where the unit should be. */
function after(o: Occurrence): string {
  const start = sourceText[o.end] === '余' ? o.end + 1 : o.end
  return sourceText.slice(start, start + 6)
}

/** Why a figure does not cover an occurrence, or '' when it does. */
function mismatch(figure: Figure, o: Occurrence): string {
  const stated = valueOf(o.token)
  if (!stated) return 'not a quantity'
  if (!within(o, figure.source)) return 'source does not contain it'
  const percentKind = figure.kind === 'percent' || figure.kind === 'change'
  if (stated.percent !== percentKind) return 'percentage mismatch'
  if (!sameNumber(Math.abs(figure.value), stated.value)) return `value ${figure.value} ≠ ${stated.value}`
  if ((figure.qualifier ?? undefined) !== qualifierAt(o)) return `qualifier ${figure.qualifier} ≠ ${qualifierAt(o)}`
  if (!percentKind && !(figure.unit && after(o).startsWith([...figure.unit.zh][0]!)))
    return `unit ${figure.unit?.zh} does not follow the number`
  return ''
}

const report = loadReport()
const uses = figureUses(report.deck)
const shown = [...report.figures.values()].filter((f) => uses.has(f.id) && !f.derived)
const found = occurrences(sourceText)

function exclusionFor(o: Occurrence): Exclusion | undefined {
  return exclusions.find((e) => e.token === o.token && within(o, e.context))
}

describe('every number in the report is covered', () => {
  it('finds the report\u2019s numbers, including 万/亿, ranges and date codes', () => {
    const tokens = found.map((o) => o.token)
    expect(tokens).toEqual(
      expect.arrayContaining([
        '5453',
        '51.9%',
        '877万',
        '16.34万',
        '2000亿',
        '2亿',
        '448.04',
        '11-12',
        '4·16',
        '5.17',
        '1+3',
      ]),
    )
    expect(found.length).toBeGreaterThan(70)
  })

  it('has each number shown as a figure on a slide or excluded on purpose', () => {
    const uncovered = found
      .filter((o) => !exclusionFor(o) && !shown.some((f) => mismatch(f, o) === ''))
      .map((o) => {
        const near = shown
          .filter((f) => within(o, f.source))
          .map((f) => `${f.id}: ${mismatch(f, o)}`)
          .join('; ')
        return `“${o.token}” in 「${around(o)}」${near ? ` (nearby figures: ${near})` : ''}`
      })
    expect(uncovered).toEqual([])
  })

  it('uses every exclusion, each for exactly one number', () => {
    const wrong = exclusions
      .map((e) => ({ e, hits: found.filter((o) => o.token === e.token && within(o, e.context)).length }))
      .filter(({ hits }) => hits !== 1)
      .map(({ e, hits }) => `${e.token} in ${e.context}: ${hits} occurrences`)
    expect(wrong).toEqual([])
  })

  it('excludes no number that a figure shows', () => {
    const both = found.filter((o) => exclusionFor(o) && shown.some((f) => mismatch(f, o) === '')).map((o) => around(o))
    expect(both).toEqual([])
  })

  it('has each figure stand for a number the report states', () => {
    const orphans = [...report.figures.values()]
      .filter((f) => !f.derived && !f.words)
      .filter((f) => !found.some((o) => mismatch(f, o) === ''))
      .map((f) => f.id)
    expect(orphans).toEqual([])
  })

  it('covers fractions the report writes in words', () => {
    const fractions = [...sourceText.matchAll(/[一二三四五六七八九十]+分之[一二三四五六七八九十]+/g)]
    expect(fractions.length).toBeGreaterThan(0)
    const uncovered = fractions
      .map((m) => ({ token: m[0], start: m.index!, end: m.index! + m[0].length }))
      .filter((o) => !shown.some((f) => f.kind === 'ratio' && f.words?.zh === o.token && within(o, f.source)))
      .map((o) => around(o))
    expect(uncovered).toEqual([])
  })
})

describe('the coverage check itself', () => {
  const occurrence = (needle: string, token: string): Occurrence => {
    const [start] = spansOf(sourceText, needle)[0]!
    const offset = needle.indexOf(token)
    return { token, start: start + offset, end: start + offset + token.length }
  }
  const fig = (f: Partial<Figure>): Figure => ({
    id: 'x',
    value: 1,
    kind: 'count',
    notation: 'plain',
    label: { zh: '标', en: 'label' },
    source: '',
    ...f,
  })

  it('accepts a figure with the right value, qualifier, unit and source', () => {
    const o = occurrence('开展联合行动110余次', '110')
    expect(
      mismatch(
        fig({ value: 110, qualifier: 'over', unit: { zh: '次', en: 'operations' }, source: '开展联合行动110余次' }),
        o,
      ),
    ).toBe('')
  })
  it('rejects the same value taken from another sentence', () => {
    const o = occurrence('每日线上市民互动多达110余次', '110')
    expect(
      mismatch(
        fig({ value: 110, qualifier: 'over', unit: { zh: '次', en: 'operations' }, source: '开展联合行动110余次' }),
        o,
      ),
    ).toBe('source does not contain it')
  })
  it('rejects a missing qualifier, a wrong unit, a wrong scale', () => {
    const o = occurrence('组织召开专题研讨讲座150余次', '150')
    expect(mismatch(fig({ value: 150, unit: { zh: '次', en: 'seminars' }, source: '专题研讨讲座150余次' }), o)).toMatch(
      /qualifier/,
    )
    const d = occurrence('演练20次', '20')
    expect(
      mismatch(
        fig({ value: 20, unit: { zh: '家', en: 'units' }, source: '组织20家反恐怖成员单位开展反恐怖演练20次' }),
        d,
      ),
    ).toMatch(/unit/)
    const w = occurrence('吸纳粉丝16.34万人', '16.34万')
    expect(
      mismatch(fig({ value: 16.34, unit: { zh: '人', en: 'followers' }, source: '吸纳粉丝16.34万人' }), w),
    ).toMatch(/value/)
  })
})
