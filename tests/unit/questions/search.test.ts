import { describe, expect, it } from 'vitest'
import { fold, foldQuery } from '../../../src/questions/fold'
import { buildSearchIndex, search, snippetOf } from '../../../src/questions/search'
import { contentFile, loadReport, validateGlossary } from '../content-helpers'

const report = loadReport()
const glossary = (() => {
  const result = validateGlossary(contentFile('glossary.json'))
  if (!result.ok) throw new Error(result.problems.join('\n'))
  return result.glossary
})()
const index = buildSearchIndex(report, glossary)
const slideOf = (id: string) => report.deck.slides.findIndex((s) => s.id === id)
const vaccine = slideOf('part-2-results')
const marked = (s: { text: string; ranges: Array<[number, number]> }) => s.ranges.map(([a, b]) => s.text.slice(a, b))

describe('folding text for search', () => {
  it('drops thousands separators between digits only, and keeps the way back to the original', () => {
    const folded = fold('5,453 cases, then ８７７万')
    expect(folded.text).toBe('5453 cases, then 877万')
    expect(folded.origin[4]).toBe(5)
    expect(foldQuery('  8.77   Million ')).toBe('8.77 million')
  })
})

describe('search', () => {
  it.each(['877', 'vaccine', '疫苗', '8.77', '8.77 million', 'VACCINE', '８７７'])(
    '"%s" finds the vaccine case first, in either interface language',
    (query) => {
      for (const lang of ['zh', 'en'] as const) {
        const first = search(index, query, lang).slides[0]
        expect(first?.slide, `${query} in ${lang}`).toBe(vaccine)
        expect(first?.figure ?? first?.kind).toBeTruthy()
      }
    },
  )

  it('marks the match in the text it shows, preferring the interface language', () => {
    const zh = search(index, 'vaccine', 'zh').slides[0]!
    expect(zh.snippet.lang).toBe('en')
    expect(marked(zh.snippet).map((s) => s.toLowerCase())).toContain('vaccine')
    const en = search(index, '疫苗', 'en').slides[0]!
    expect(marked(en.snippet)).toContain('疫苗')
  })

  it('finds a number however it is grouped: 5453 and 5,453', () => {
    const crime = slideOf('results-crime')
    for (const query of ['5453', '5,453'])
      expect(search(index, query, 'en').slides.map((h) => h.slide)).toContain(crime)
  })

  it('sends a figure match to the build step that shows the figure', () => {
    const hit = search(index, '877', 'zh').slides[0]!
    const slide = report.deck.slides[hit.slide]!
    const block = slide.blocks.find((b) => b.type === 'stats' && b.tiles.some((t) => t.figure === 'vaccine-case-value'))
    expect(block?.type).toBe('stats')
    if (block?.type !== 'stats') return
    const tile = block.tiles.find((t) => t.figure === 'vaccine-case-value')!
    expect(hit.step).toBe(Math.max(block.step, tile.step ?? 0))
  })

  it('finds what a section headline, icon tiles and a timeline say, on their slide and at their step', () => {
    const first = (query: string) => search(index, query, 'en').slides[0]
    expect(first('四个率先')).toMatchObject({ slide: slideOf('part-9'), kind: 'text', step: 0 })
    expect(first('Model presentation')).toMatchObject({ slide: slideOf('part-7-recognition'), kind: 'text', step: 0 })
    expect(first('列为示范城市')).toMatchObject({ slide: slideOf('part-7-recognition'), kind: 'text', step: 3 })
    expect(first('Intelligence-led internally')).toMatchObject({
      slide: slideOf('outlook-2017'),
      kind: 'text',
      step: 1,
    })
    const fujian = search(index, '福建', 'zh').slides.map((h) => h.slide)
    expect(fujian).toContain(slideOf('part-10'))
  })

  it('gives one hit per slide, counting the other matches there', () => {
    const hits = search(index, 'drug', 'en').slides
    expect(new Set(hits.map((h) => h.slide)).size).toBe(hits.length)
    expect(hits.some((h) => h.more > 0)).toBe(true)
  })

  it('matches every word of a query when the phrase does not occur', () => {
    const hits = search(index, 'vaccine 877', 'en').slides
    expect(hits[0]?.slide).toBe(vaccine)
  })

  it('finds glossary terms across languages: an English term finds the slide that uses its Chinese', () => {
    const hits = search(index, 'Clean Land 2016', 'zh').slides
    expect(hits.map((h) => h.slide)).toContain(slideOf('part-3-clean-land'))
  })

  it('lists the figures that matched, for the data appendix', () => {
    expect(search(index, '877', 'en').figures).toContain('vaccine-case-value')
    expect(search(index, '', 'en')).toEqual({ slides: [], figures: [] })
    expect(search(index, 'xyzzy', 'en').slides).toEqual([])
  })

  it('searches without a glossary', () => {
    expect(search(buildSearchIndex(report), '疫苗', 'zh').slides[0]?.slide).toBe(vaccine)
  })
})

describe('snippets', () => {
  it('cuts a long text around its first match and moves the marks with it', () => {
    const text = `${'a'.repeat(300)}needle${'b'.repeat(300)}`
    const snippet = snippetOf(text, 'en', [[300, 306]])
    expect(snippet.text.length).toBeLessThan(160)
    expect(marked(snippet)).toEqual(['needle'])
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(snippet.text.endsWith('…')).toBe(true)
  })

  it('starts near a match late in a text, even one short enough to show whole', () => {
    const text = `${'word '.repeat(24)}needle at the end`
    const at = text.indexOf('needle')
    const snippet = snippetOf(text, 'en', [[at, at + 6]])
    expect(marked(snippet)).toEqual(['needle'])
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(snippet.ranges[0]![0]).toBeLessThanOrEqual(40)
    expect(snippet.text.endsWith('needle at the end')).toBe(true)
  })

  it('keeps a short text whole when its match comes early', () => {
    const text = `needle ${'word '.repeat(24)}`
    expect(snippetOf(text, 'en', [[0, 6]])).toEqual({ text, lang: 'en', ranges: [[0, 6]] })
  })

  it('cuts at the match itself near the end of a long text', () => {
    const text = `${'x'.repeat(400)} needle tail`
    const at = text.indexOf('needle')
    const snippet = snippetOf(text, 'en', [[at, at + 6]])
    expect(marked(snippet)).toEqual(['needle'])
    expect(snippet.ranges[0]![0]).toBeLessThanOrEqual(40)
  })
})
