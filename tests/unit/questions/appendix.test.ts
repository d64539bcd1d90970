import { describe, expect, it } from 'vitest'
import { appendixGroups, appendixPageOf, appendixPages, rowsPerPage } from '../../../src/questions/appendix'
import { zoomableBlock } from '../../../src/questions/zoomable'
import { loadReport } from '../content-helpers'

const report = loadReport()

describe('data appendix', () => {
  it('lists every figure of the report exactly once', () => {
    const listed = appendixPages(report).flatMap((page) => page.figures.map((f) => f.id))
    expect(listed.sort()).toEqual([...report.figures.keys()].sort())
  })

  it('groups figures by the part whose slides show them, in deck order, with the part title', () => {
    const groups = appendixGroups(report)
    const sections = groups.filter((g) => g.section !== undefined).map((g) => g.section!)
    expect(sections).toEqual([...sections].sort((a, b) => a - b))
    expect(groups[0]!.section).toBeUndefined()
    expect(groups[0]!.figures.map((f) => f.id)).toContain('criminal-incidents-2012')
    const drugs = groups.find((g) => g.section === 3)!
    expect(drugs.title?.en).toMatch(/drug/i)
    expect(drugs.figures.map((f) => f.id)).toContain('drug-cases')
  })

  it('pages hold at most a few rows, and a figure can be looked up to its page', () => {
    const pages = appendixPages(report)
    expect(pages.every((p) => p.figures.length >= 1 && p.figures.length <= rowsPerPage)).toBe(true)
    const page = appendixPageOf(pages, 'vaccine-case-value')
    expect(pages[page]!.figures.map((f) => f.id)).toContain('vaccine-case-value')
  })
})

describe('zoomable blocks', () => {
  it('zooms the chart of a chart slide, the tiles of a stats slide, and nothing on a title slide', () => {
    const slide = (id: string) => report.deck.slides.find((s) => s.id === id)!
    const crime = slide('results-crime')
    expect(crime.blocks[zoomableBlock(crime, Infinity)!]!.type).toBe('chart')
    const results = slide('part-2-results')
    expect(results.blocks[zoomableBlock(results, Infinity)!]!.type).toBe('stats')
    expect(zoomableBlock(slide('title'), Infinity)).toBeNull()
  })
})
