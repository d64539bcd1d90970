// Every number in the report is either a figure shown on a slide or deliberately left out (a year, a case
// name, a date...), as pack.json's excusedNumbers lists. The checks are the pack checker's
// (scripts/check-report), run here on the bundled pack.
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/content/schema'
import { checkCoverage } from '../../scripts/check-report/coverage'
import { checkFiguresInSource } from '../../scripts/check-report/figures-in-source'
import { mismatch, occurrences, type Occurrence } from '../../scripts/check-report/numbers'
import { loadReport, sourceText, spansOf } from './content-helpers'

const report = loadReport()
const figures = [...report.figures.values()]
const found = occurrences(sourceText)
const coverage = checkCoverage({
  source: sourceText,
  figures,
  deck: report.deck,
  excused: report.pack.excusedNumbers,
})
const messages = (where: RegExp) =>
  coverage.findings.filter((f) => where.test(f.where)).map((f) => `${f.where}: ${f.message}`)

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
    expect(messages(/^source\.zh\.txt/)).toEqual([])
  })

  it('uses every exclusion, each for exactly one number, and excludes no number that a figure shows', () => {
    expect(report.pack.excusedNumbers.length).toBeGreaterThanOrEqual(16)
    expect(messages(/^pack\.json/)).toEqual([])
  })

  it('finds nothing else to say', () => {
    expect(coverage.findings).toEqual([])
  })

  it('has each figure stand for a number the report states', () => {
    const result = checkFiguresInSource({ source: sourceText, figures, deck: report.deck })
    expect(result.findings.filter((f) => f.where.endsWith('.value'))).toEqual([])
  })

  it('covers fractions the report writes in words', () => {
    expect(sourceText).toMatch(/[一二三四五六七八九十]+分之[一二三四五六七八九十]+/)
    expect(figures.some((f) => f.kind === 'ratio' && f.words)).toBe(true)
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
        sourceText,
        fig({ value: 110, qualifier: 'over', unit: { zh: '次', en: 'operations' }, source: '开展联合行动110余次' }),
        o,
      ),
    ).toBe('')
  })
  it('rejects the same value taken from another sentence', () => {
    const o = occurrence('每日线上市民互动多达110余次', '110')
    expect(
      mismatch(
        sourceText,
        fig({ value: 110, qualifier: 'over', unit: { zh: '次', en: 'operations' }, source: '开展联合行动110余次' }),
        o,
      ),
    ).toBe('source does not contain it')
  })
  it('rejects a missing qualifier, a wrong unit, a wrong scale', () => {
    const o = occurrence('组织召开专题研讨讲座150余次', '150')
    expect(
      mismatch(sourceText, fig({ value: 150, unit: { zh: '次', en: 'seminars' }, source: '专题研讨讲座150余次' }), o),
    ).toMatch(/qualifier/)
    const d = occurrence('演练20次', '20')
    expect(
      mismatch(
        sourceText,
        fig({ value: 20, unit: { zh: '家', en: 'units' }, source: '组织20家反恐怖成员单位开展反恐怖演练20次' }),
        d,
      ),
    ).toMatch(/unit/)
    const w = occurrence('吸纳粉丝16.34万人', '16.34万')
    expect(
      mismatch(sourceText, fig({ value: 16.34, unit: { zh: '人', en: 'followers' }, source: '吸纳粉丝16.34万人' }), w),
    ).toMatch(/value/)
  })
})
