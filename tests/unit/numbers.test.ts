import { describe, expect, it } from 'vitest'
import { formatFigure, figureParts } from '../../src/i18n/figures'
import { formatFigureNumber } from '../../src/i18n/numbers'
import type { Figure } from '../../src/content/schema'

const fig = (f: Partial<Figure>): Figure => ({
  id: 'x',
  value: 1,
  kind: 'count',
  notation: 'plain',
  label: { zh: '标', en: 'label' },
  source: 's',
  ...f,
})

describe('figure formatting', () => {
  it('writes plain counts as the report does in Chinese and with separators in English', () => {
    const f = fig({ value: 5453, unit: { zh: '起', en: 'cases' } })
    expect(formatFigure(f, 'zh')).toBe('5453起')
    expect(formatFigure(f, 'en')).toBe('5,453 cases')
  })
  it("keeps 万/亿 and the report's qualifiers", () => {
    expect(
      formatFigure(
        fig({ value: 200e9, notation: 'compact', qualifier: 'over', unit: { zh: '条', en: 'records' } }),
        'zh',
      ),
    ).toBe('2000亿余条')
    expect(
      formatFigure(
        fig({ value: 200e9, notation: 'compact', qualifier: 'over', unit: { zh: '条', en: 'records' } }),
        'en',
      ),
    ).toBe('over 200 billion records')
    expect(
      formatFigure(
        fig({ value: 2e8, notation: 'compact', qualifier: 'nearly', unit: { zh: '条', en: 'records' } }),
        'zh',
      ),
    ).toBe('近2亿条')
    expect(formatFigure(fig({ value: 163400, notation: 'compact', unit: { zh: '人', en: 'followers' } }), 'zh')).toBe(
      '16.34万人',
    )
    expect(formatFigure(fig({ value: 163400, notation: 'compact', unit: { zh: '人', en: 'followers' } }), 'en')).toBe(
      '163,400 followers',
    )
    expect(
      formatFigure(fig({ value: 8.77e6, kind: 'money', notation: 'compact', unit: { zh: '元', en: 'yuan' } }), 'en'),
    ).toBe('8.77 million yuan')
    expect(
      formatFigure(
        fig({ value: 1e5, kind: 'money', notation: 'compact', qualifier: 'more-than', unit: { zh: '元', en: 'yuan' } }),
        'zh',
      ),
    ).toBe('超过10万元')
  })
  it('signs changes and keeps decimals of percentages', () => {
    expect(formatFigure(fig({ value: -51.9, kind: 'change' }), 'en')).toBe('−51.9%')
    expect(formatFigure(fig({ value: 69.4, kind: 'percent' }), 'zh')).toBe('69.4%')
    expect(formatFigure(fig({ value: 100, kind: 'percent' }), 'en')).toBe('100%')
  })
  it('sets English scale words with the unit, so a tile shows big digits', () => {
    const money = fig({ value: 8.77e6, kind: 'money', notation: 'compact', unit: { zh: '元', en: 'yuan' } })
    expect(figureParts(money, 'en')).toEqual({ before: '', number: '8.77', after: ' million yuan' })
    expect(figureParts(money, 'zh')).toEqual({ before: '', number: '877万', after: '元' })
    const records = fig({ value: 200e9, notation: 'compact', qualifier: 'over', unit: { zh: '条', en: 'records' } })
    expect(figureParts(records, 'en')).toEqual({ before: 'over ', number: '200', after: ' billion records' })
  })

  it('splits qualifier, number and unit for big-number tiles', () => {
    expect(figureParts(fig({ value: 110, qualifier: 'over', unit: { zh: '次', en: 'operations' } }), 'zh')).toEqual({
      before: '',
      number: '110',
      after: '余次',
    })
    expect(figureParts(fig({ value: 110, qualifier: 'over', unit: { zh: '次', en: 'operations' } }), 'en')).toEqual({
      before: 'over ',
      number: '110',
      after: ' operations',
    })
  })
})

describe('count-up frames', () => {
  it('write every in-between value with the final number of decimals', () => {
    const change = fig({ value: -51.9, kind: 'change' })
    expect(formatFigureNumber(change, 'en', -8)).toBe('−8.0%')
    expect(formatFigureNumber(change, 'en', 0)).toBe('0.0%')
    const weight = fig({ value: 448.04, kind: 'weight' })
    expect(formatFigureNumber(weight, 'zh', 100)).toBe('100.00')
    expect(formatFigureNumber(fig({ value: 5453 }), 'en', 1234.56)).toBe('1,235')
  })
})
