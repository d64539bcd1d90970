// The real content files: they validate, every figure is traceable to the report and shown on a slide,
// derived figures compute, the deck covers all ten parts with charts, and every text is properly bilingual.
import { describe, expect, it } from 'vitest'
import type { Block, ChartBlock, Slide } from '../../src/content/schema'
import { validateContent } from '../../src/content/validate'
import { formatFigureNumber } from '../../src/i18n/numbers'
import { checkFiguresInSource } from '../../scripts/check-report/figures-in-source'
import { checkTranslations } from '../../scripts/check-report/translations'
import { allTexts, contentFile, figureUses, loadGlossary, loadReport, sourceText } from './content-helpers'

describe('the content files validate', () => {
  it('deck.json and figures.json pass validateContent', () => {
    const result = validateContent(contentFile('deck.json'), contentFile('figures.json'))
    expect(result.ok ? [] : result.problems).toEqual([])
  })
  it('glossary.json passes the glossary schema with unique terms', () => {
    const { terms } = loadGlossary()
    expect(terms.length).toBeGreaterThanOrEqual(40)
    const dupZh = terms.map((t) => t.zh).filter((zh, i, all) => all.indexOf(zh) !== i)
    const dupEn = terms.map((t) => t.en.toLowerCase()).filter((en, i, all) => all.indexOf(en) !== i)
    expect({ dupZh, dupEn }).toEqual({ dupZh: [], dupEn: [] })
  })
})

const report = loadReport()
const { deck } = report
const figures = [...report.figures.values()]
const byId = report.figures

describe('figures', () => {
  it('quote their source verbatim from the report', () => {
    const result = checkFiguresInSource({ source: sourceText, figures, deck })
    expect(result.findings.filter((f) => f.where.endsWith('.source'))).toEqual([])
  })

  it('are each shown on at least one slide', () => {
    const uses = figureUses(deck)
    expect(figures.filter((f) => !uses.has(f.id)).map((f) => f.id)).toEqual([])
  })

  it('give changes as negative numbers and percentages on a 0–100 scale', () => {
    const wrong = figures.filter(
      (f) =>
        (f.kind === 'change' && !(f.value < 0)) ||
        (f.kind === 'percent' && !(f.value >= 0 && f.value <= 100)) ||
        ((f.kind === 'percent' || f.kind === 'change') && f.unit !== undefined) ||
        (f.kind === 'ratio' && !(f.value > 0 && f.value < 1 && f.words)) ||
        (f.kind !== 'percent' && f.kind !== 'change' && f.kind !== 'ratio' && !f.unit),
    )
    expect(wrong.map((f) => f.id)).toEqual([])
  })

  // How each derived figure is computed from the figures it names. A derived figure without an entry here fails.
  const derivations: Record<string, (value: (id: string) => number) => number> = {
    // 2016 criminal incidents = 2012's 5,453 less 51.9%
    'criminal-incidents-2016': (v) => v('criminal-incidents-2012') * (1 + v('criminal-incidents-change') / 100),
  }

  const derived = figures.filter((f) => f.derived)

  it('include the derived 2016 criminal incidents', () => {
    expect(derived.map((f) => f.id)).toContain('criminal-incidents-2016')
  })

  it.each(derived.map((f) => [f.id, f] as const))('%s matches its formula', (id, fig) => {
    const compute = derivations[id]
    expect(compute, `no derivation written for ${id}`).toBeDefined()
    const used: string[] = []
    const computed = compute!((ref) => {
      used.push(ref)
      const from = byId.get(ref)
      if (!from) throw new Error(`${id} is computed from unknown figure ${ref}`)
      return from.value
    })
    // the figure names exactly the figures its value is computed from
    expect([...new Set(used)].sort()).toEqual([...fig.derived!.from].sort())
    // the stated value is the computed one, rounded to the stated precision
    const decimals = String(fig.value).split('.')[1]?.length ?? 0
    expect(Math.abs(fig.value - computed)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9)
    // a derived, rounded figure says so
    expect(fig.qualifier).toBe('about')
    // the formula text shows the inputs and the result as the formatter writes them
    for (const lang of ['zh', 'en'] as const) {
      const formula = fig.derived!.formula[lang]
      for (const ref of fig.derived!.from) {
        const number = formatFigureNumber(byId.get(ref)!, lang).replace(/^[−+-]/, '')
        expect(formula, `${lang} formula of ${id} should show ${number}`).toContain(number)
      }
      expect(formula).toContain(formatFigureNumber(fig, lang))
    }
  })
})

const headings = [...sourceText.matchAll(/^([一二三四五六七八九十])、(.+)$/gm)].map((m) => m[2]!.trim())
const contentLayouts = new Set(['points', 'stats', 'chart', 'quote'])
const charts = (slide: Slide) => slide.blocks.filter((b): b is ChartBlock => b.type === 'chart')

describe('the deck', () => {
  it('has 25–35 slides: title first, an agenda, closing last', () => {
    expect(deck.slides.length).toBeGreaterThanOrEqual(25)
    expect(deck.slides.length).toBeLessThanOrEqual(35)
    expect(deck.slides[0]!.layout).toBe('title')
    expect(deck.slides.at(-1)!.layout).toBe('closing')
    expect(deck.slides.filter((s) => s.layout === 'agenda')).toHaveLength(1)
  })

  it('opens each of the ten parts with a section slide titled with the report heading', () => {
    expect(headings).toHaveLength(10)
    const openers = deck.slides.filter((s) => s.layout === 'section')
    expect(openers.map((s) => s.section)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(openers.map((s) => s.title.zh)).toEqual(headings)
    expect(openers.filter((s) => !s.kicker || s.blocks.length > 0).map((s) => s.id)).toEqual([])
  })

  it('keeps each part together: one to three content slides after each opener, all marked with its number', () => {
    const problems: string[] = []
    let current: number | undefined
    const count = new Map<number, number>()
    for (const slide of deck.slides) {
      if (slide.layout === 'section') current = slide.section
      else if (slide.section !== undefined) {
        if (slide.section !== current)
          problems.push(`${slide.id}: section ${slide.section} but follows the opener of part ${current}`)
        count.set(slide.section, (count.get(slide.section) ?? 0) + 1)
      } else if (current !== undefined && current < 10)
        problems.push(`${slide.id}: no section number inside part ${current}`)
    }
    for (let n = 1; n <= 10; n++)
      if (!((count.get(n) ?? 0) >= 1 && (count.get(n) ?? 0) <= 3))
        problems.push(`part ${n}: ${count.get(n) ?? 0} content slides`)
    expect(problems).toEqual([])
  })

  it('has a chart in every part and in the opening results', () => {
    const missing: string[] = []
    for (let n = 1; n <= 10; n++)
      if (!deck.slides.some((s) => s.section === n && charts(s).length > 0)) missing.push(`part ${n}`)
    const firstOpener = deck.slides.findIndex((s) => s.layout === 'section')
    const opening = deck.slides.slice(0, firstOpener).filter((s) => contentLayouts.has(s.layout))
    if (!opening.some((s) => charts(s).length > 0)) missing.push('opening results')
    expect(missing).toEqual([])
  })

  it('charts the 2012 and derived 2016 criminal incidents with the decline in the opening', () => {
    const compare = deck.slides.flatMap(charts).find((c) => c.visual === 'compare')
    expect(compare?.figures).toEqual([
      'criminal-incidents-2012',
      'criminal-incidents-2016',
      'criminal-incidents-change',
    ])
  })

  it('fits each layout with the blocks it expects', () => {
    const problems: string[] = []
    const only = (slide: Slide, type: Block['type']) => slide.blocks.filter((b) => b.type === type).length
    for (const slide of deck.slides) {
      const types = slide.blocks.map((b) => b.type)
      const main = { points: 'points', stats: 'stats', chart: 'chart', quote: 'quote' }[slide.layout as string] as
        Block['type'] | undefined
      if (main && only(slide, main) !== 1)
        problems.push(`${slide.id}: layout ${slide.layout} needs exactly one ${main} block; has [${types}]`)
      if (!contentLayouts.has(slide.layout) && slide.blocks.length > 0)
        problems.push(`${slide.id}: layout ${slide.layout} takes no blocks`)
      if (slide.blocks.length > 3) problems.push(`${slide.id}: ${slide.blocks.length} blocks; at most 3`)
      if (slide.layout === 'stats') {
        const tiles = slide.blocks.find((b) => b.type === 'stats')
        if (tiles && tiles.type === 'stats' && (tiles.tiles.length < 2 || tiles.tiles.length > 4))
          problems.push(`${slide.id}: a stats slide needs 2–4 tiles`)
      }
    }
    expect(problems).toEqual([])
  })

  it('keeps text within the on-screen budget', () => {
    const long: string[] = []
    const check = (where: string, text: { zh: string; en: string }, zh: number, en: number) => {
      const zhLength = [...text.zh].length
      if (zhLength > zh || text.en.length > en)
        long.push(`${where}: ${zhLength} zh chars (max ${zh}), ${text.en.length} en chars (max ${en})`)
    }
    for (const slide of deck.slides) {
      // section openers carry the report's own heading; the English may run to two lines
      check(`${slide.id} title`, slide.title, 22, slide.layout === 'section' ? 75 : 60)
      slide.blocks.forEach((block, b) => {
        if (block.type === 'points') {
          if (block.items.length > 5) long.push(`${slide.id} block ${b}: ${block.items.length} points; at most 5`)
          block.items.forEach((item, i) => check(`${slide.id} point ${i}`, item.text, 28, 95))
        }
        if (block.type === 'stats') {
          if (block.tiles.length > 4) long.push(`${slide.id} block ${b}: ${block.tiles.length} tiles; at most 4`)
          block.tiles.forEach((tile, t) => {
            check(
              `${slide.id} tile ${t} ${tile.caption ? 'caption' : 'label'}`,
              tile.caption ?? byId.get(tile.figure)!.label,
              12,
              40,
            )
          })
        }
      })
    }
    expect(long).toEqual([])
  })

  it('gives every slide 2–6 sentences of speaker notes in each language', () => {
    const wrong: string[] = []
    for (const slide of deck.slides) {
      const zh = slide.notes.zh.split(/[。！？]/).filter((s) => s.trim()).length
      const en = slide.notes.en.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length
      if (zh < 2 || zh > 6 || en < 2 || en > 6) wrong.push(`${slide.id}: ${zh} zh / ${en} en sentences`)
    }
    expect(wrong).toEqual([])
  })

  it('uses chart visuals with the figures and nodes each one needs', () => {
    const problems: string[] = []
    const kinds = (chart: ChartBlock) => chart.figures.map((id) => byId.get(id)!.kind)
    deck.slides.forEach((slide) =>
      charts(slide).forEach((chart) => {
        const k = kinds(chart)
        const n = chart.figures.length
        const nodes = chart.nodes.length
        const bad = (why: string) => problems.push(`${slide.id} ${chart.visual}: ${why}`)
        switch (chart.visual) {
          case 'compare': {
            const [before, after] = chart.figures.map((id) => byId.get(id)!)
            if (n < 2 || n > 3 || before!.unit?.en !== after!.unit?.en || (n === 3 && k[2] !== 'change'))
              bad('two values of one measure, then optionally the change')
            break
          }
          case 'declines':
            if (n < 2 || n > 5 || k.some((kind) => kind !== 'change')) bad('2–5 change figures')
            break
          case 'bars':
            if (n < 2 || n > 6 || k.some((kind) => kind === 'percent' || kind === 'change' || kind === 'ratio'))
              bad('2–6 counts')
            break
          case 'gauges':
            if (n < 1 || n > 3 || k.some((kind) => kind !== 'percent')) bad('1–3 percentages')
            break
          case 'ring':
            if (n !== 1 || !['percent', 'ratio'].includes(k[0]!)) bad('one percentage or ratio')
            break
          case 'flow':
            if (nodes < 3 || nodes > 6) bad('3–6 steps')
            break
          case 'hub':
            if (nodes < 4 || nodes > 9) bad('a centre and 3–8 spokes')
            break
          case 'origins':
            if (nodes < 2 || chart.nodes[0]!.zh !== '乌海' || n < 1) bad('Wuhai first, then the places, with figures')
            break
        }
        if (['compare', 'declines', 'bars', 'gauges', 'ring'].includes(chart.visual) && nodes > 0)
          bad('takes figures, not nodes')
      }),
    )
    expect(problems).toEqual([])
  })

  it('quotes only real sentences of the report', () => {
    const quotes = deck.slides.flatMap((s) => s.blocks.filter((b) => b.type === 'quote').map((q) => ({ id: s.id, q })))
    // the report uses ASCII commas and semicolons; a quote may use the full-width forms
    const asInReport = (zh: string) => zh.replace(/，/g, ',').replace(/；/g, ';')
    const invented = quotes
      .filter(({ q }) => q.type === 'quote' && !sourceText.includes(asInReport(q.text.zh)))
      .map(({ id }) => id)
    expect(invented).toEqual([])
  })
})

describe('every text is translated', () => {
  const texts = allTexts(deck, figures, report.pack)

  it('finds the texts to check', () => {
    expect(texts.length).toBeGreaterThan(200)
  })

  it('has Chinese on the Chinese side, English without Chinese on the English side, none left the same', () => {
    expect(checkTranslations(texts).findings).toEqual([])
  })

  it('writes the credit from the report byline', () => {
    const byline = /（?\(?记者(.+?) 通讯员(.+?)摄影报道\)?）?\s*$/.exec(sourceText)
    expect(byline).not.toBeNull()
    for (const name of ['金树泉', '高文政', '杨利军']) expect(report.pack.credit?.zh).toContain(name)
    for (const name of ['Jin Shuquan', 'Gao Wenzheng', 'Yang Lijun']) expect(report.pack.credit?.en).toContain(name)
  })
})
