// The dashboard's panels against the real content, and the dark chart builders' layout rules.
import { describe, expect, it } from 'vitest'
import {
  buildPanelOption,
  gaugeValueText,
  panelName,
  panelType,
  rowsLayout,
  rowValue,
} from '../../../src/charts/panels'
import { textWidth } from '../../../src/charts/builders/text'
import { itemFigures, panelGrid } from '../../../src/chrome/dashboard/panels'
import { contentFile, loadReport } from '../content-helpers'
import { validatePack } from '../../../src/content/validate'

const report = loadReport()
const panels = report.pack.dashboard!.panels

describe('dashboard panels', () => {
  it('come from the report pack, each with a title in both languages', () => {
    for (const panel of panels) {
      expect(panel.title.zh).not.toBe('')
      expect(panel.title.en).not.toBe('')
    }
  })

  it('lay out on one screen: one row up to five panels, then two, then three', () => {
    expect([3, 5, 6, 10, 11, 12].map((n) => panelGrid(n))).toEqual([
      { rows: 1, columns: 3 },
      { rows: 1, columns: 5 },
      { rows: 2, columns: 3 },
      { rows: 2, columns: 5 },
      { rows: 3, columns: 4 },
      { rows: 3, columns: 4 },
    ])
  })

  it('show the year’s headline results: the ten topics, 2012 against 2016 with the decline, the three declines', () => {
    expect(panels.map((p) => p.id)).toEqual([
      'crime',
      'property',
      'clearance',
      'drugs',
      'declines',
      'data',
      'video',
      'online',
      'outreach',
      'force',
    ])
    const shown = panels.flatMap((p) => p.items.flatMap((item) => itemFigures(item, report).map((f) => f.id)))
    expect(shown).toEqual(
      expect.arrayContaining([
        'criminal-incidents-2012',
        'criminal-incidents-2016',
        'criminal-incidents-change',
        'violent-crime-change',
        'burglary-change',
        'pickpocketing-change',
      ]),
    )
    expect(new Set(shown).size).toBe(shown.length)
  })

  it('reports a figure the content lacks by panel and id', () => {
    const pack = JSON.parse(contentFile('pack.json').text)
    pack.dashboard.panels[3].items[0].figure = 'drug-casez'
    const result = validatePack({
      pack: { name: 'pack.json', text: JSON.stringify(pack) },
      deck: contentFile('deck.json'),
      figures: contentFile('figures.json'),
    })
    expect(result.ok ? [] : result.problems).toEqual([
      'pack.json: dashboard.panels[3].items[0]: unknown figure id "drug-casez"; expected an id from figures.json',
    ])
    const figures = new Map(report.figures)
    figures.delete('drug-cases')
    expect(() => itemFigures({ kind: 'tile', figure: 'drug-cases' }, { figures })).toThrow(/drug-cases/)
  })
})

describe('dashboard chart builders', () => {
  const figure = (id: string) => report.figures.get(id)!

  it('mark a derived figure in its name and keep its qualifier on the value', () => {
    expect(panelName(figure('criminal-incidents-2016'), 'en')).toBe('Criminal incidents, 2016 (derived)')
    expect(panelName(figure('criminal-incidents-2016'), 'zh')).toBe('2016年刑事警情（推算值）')
    expect(rowValue(figure('criminal-incidents-2016'), 'en')).toBe('about 2,623')
    expect(rowValue(figure('burglary-change'), 'zh')).toBe('−33.4%')
  })

  it('lay rows out in the box: bars on one scale, values clear of the edge, rows not overlapping', () => {
    const figures = ['online-vehicle-transactions', 'traffic-platform-signups', 'exit-entry-bookings'].map(figure)
    const width = 326
    const layout = rowsLayout(figures, 'en', width, 400)
    expect(layout.height).toBeLessThanOrEqual(400)
    const [a, b, c] = layout.rows
    expect(a!.barWidth / c!.barWidth).toBeCloseTo(75890 / 16460, 1)
    for (const row of layout.rows)
      expect(row.valueX + textWidth(row.value, panelType.value, true)).toBeLessThanOrEqual(width + 0.5)
    expect(b!.nameY).toBeGreaterThan(a!.barY)
    expect(c!.nameY).toBeGreaterThan(b!.barY)
  })

  it('fit a ring’s inside text, wrapping words at the smallest size when one line does not fit', () => {
    expect(gaugeValueText('100%', 120)).toEqual({ lines: ['100%'], size: 44 })
    const words = gaugeValueText('two thirds', 100)
    expect(words.size).toBe(panelType.min)
    expect(words.lines).toEqual(['two', 'thirds'])
  })

  it('draw gauges and rings as a ring series and the rest as graphic rows; no text under the minimum size', () => {
    const input = (visual: 'gauges' | 'declines', ids: string[]) => ({
      block: { type: 'chart' as const, step: 0, visual, figures: ids, nodes: [], description: { zh: '说明', en: 'x' } },
      figures: ids.map(figure),
      lang: 'en' as const,
      size: { width: 326, height: 300 },
    })
    const ring = buildPanelOption(input('gauges', ['clearance-rate'])) as { series: Array<{ type: string }> }
    expect(ring.series[0]!.type).toBe('gauge')
    const rows = buildPanelOption(input('declines', ['violent-crime-change', 'burglary-change'])) as {
      graphic: { elements: Array<{ type: string; style: { fontSize?: number } }> }
    }
    const texts = rows.graphic.elements.filter((e) => e.type === 'text')
    expect(texts).toHaveLength(4)
    for (const t of texts) expect(t.style.fontSize).toBeGreaterThanOrEqual(panelType.min)
  })
})
