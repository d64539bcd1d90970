// Each check of the pack checker on the example pack, clean and with a problem planted in a copy.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { chartProblems } from '../../../src/charts/builders'
import type { CheckId, CheckResult } from '../../../scripts/check-report/findings'
import { readPackForChecks } from '../../../scripts/check-report/pack'
import { runChecks } from '../../../scripts/check-report/run'
import { copyExample, editJson, editText, examplePack, plant, removeCopies } from './plant'

afterEach(removeCopies)

const check = (dir: string) => runChecks(readPackForChecks(dir), { chartFit: chartProblems })
const result = (results: CheckResult[], id: CheckId) => results.find((r) => r.id === id)!
const lines = (results: CheckResult[], id: CheckId) =>
  result(results, id).findings.map((f) => `${f.severity} ${f.where}: ${f.message}`)

describe('the example pack', () => {
  it('passes every check, and every check ran', () => {
    const results = check(examplePack)
    expect(results.map((r) => r.id)).toEqual(['schema', 'numbers', 'figures', 'translations', 'glossary', 'charts'])
    expect(results.filter((r) => !r.ran).map((r) => r.id)).toEqual([])
    expect(results.flatMap((r) => r.findings)).toEqual([])
    expect(result(results, 'numbers').detail).toBe('17 numbers: 13 shown by a figure, 4 excused')
  })
})

describe('schema', () => {
  it('names the file, the path and what was expected, and skips the checks that need a valid pack', () => {
    const dir = copyExample()
    plant.missingEnglish(dir)
    const results = check(dir)
    expect(result(results, 'schema').findings).toEqual([
      { severity: 'error', where: 'deck.json: slides[1].title.en', message: 'expected string; it is missing' },
    ])
    for (const id of ['numbers', 'figures', 'translations', 'glossary', 'charts'] as const)
      expect(result(results, id)).toMatchObject({
        ran: false,
        detail: expect.stringMatching(/^skipped: needs pack\.json/),
      })
  })

  it('checks the glossary and the source text, which the app does not read on load', () => {
    const dir = copyExample()
    editJson(dir, 'glossary.json', (g) => {
      g.terms[0].en = 7
    })
    rmSync(join(dir, 'source.zh.txt'))
    const results = check(dir)
    expect(lines(results, 'schema')).toEqual([
      'error glossary.json: terms[0].en: expected string; found 7',
      'error source.zh.txt: missing',
    ])
    expect(result(results, 'glossary')).toMatchObject({ ran: false, detail: 'skipped: needs a valid glossary.json' })
    expect(result(results, 'numbers')).toMatchObject({ ran: false, detail: 'skipped: needs source.zh.txt' })
    expect(result(results, 'charts').ran).toBe(true)
  })

  it('says so when the folder holds no pack', () => {
    const results = runChecks(readPackForChecks(join(examplePack, '..')), { chartFit: chartProblems })
    expect(lines(results, 'schema')[0]).toMatch(/no report pack here; expected pack\.json, deck\.json, figures\.json/)
  })
})

describe('numbers', () => {
  it('reports a number of the source that no figure shows and no excuse names, with its line', () => {
    const dir = copyExample()
    plant.uncoveredNumber(dir)
    expect(lines(check(dir), 'numbers')).toEqual([
      'error source.zh.txt: line 7: “321” in 「全年破获毒品案件321起。⏎三、服务人」 is shown by no figure and not listed in excusedNumbers',
    ])
  })

  it('reports an excuse that matches nothing, one that matches twice, and one for a number a figure shows', () => {
    const dir = copyExample()
    editJson(dir, 'pack.json', (p) => {
      p.excusedNumbers.push(
        { token: '2033', context: '展望2033年', why: 'typo' },
        { token: '2031', context: '2031年', why: 'too short a context' },
        { token: '45', context: '网格45个', why: 'shown by a figure' },
      )
    })
    expect(lines(check(dir), 'numbers')).toEqual([
      'error pack.json: excusedNumbers[4]: excuses “2033” in 「展望2033年」, but the source has no such number there (a typo?)',
      'error pack.json: excusedNumbers[5]: excuses “2031” in 「2031年」, which matches 2 numbers of the source; expected exactly one (make the context longer)',
      'error pack.json: excusedNumbers[6]: excuses “45” in 「划分巡逻防控网格45个，实现巡逻防控」, but figure "patrol-grids" shows it; remove the excuse',
    ])
  })
})

describe('figures shown on the dashboard only', () => {
  it('count as shown: their numbers are covered and no warning is given, until the dashboard drops them too', () => {
    const dir = copyExample()
    type Deck = { slides: { blocks: { type: string; tiles?: { figure: string }[] }[] }[] }
    editJson<Deck>(dir, 'deck.json', (deck) => {
      for (const slide of deck.slides)
        slide.blocks = (slide.blocks ?? []).filter(
          (b) => !(b.type === 'stats' && b.tiles?.some((t) => t.figure === 'online-transactions')),
        )
    })
    const onDashboard = check(dir)
    expect([...lines(onDashboard, 'numbers'), ...lines(onDashboard, 'figures')]).toEqual([])
    type Pack = { dashboard: { panels: { items: { figure?: string }[] }[] } }
    editJson<Pack>(dir, 'pack.json', (pack) => {
      for (const panel of pack.dashboard.panels)
        panel.items = panel.items.filter((item) => item.figure !== 'online-transactions')
    })
    const nowhere = check(dir)
    expect(lines(nowhere, 'numbers')).toEqual([expect.stringMatching(/^error source\.zh\.txt: line \d+: “12\.8万”/)])
    expect(lines(nowhere, 'figures')).toEqual([
      expect.stringMatching(/"online-transactions" is shown on no slide and not on the dashboard$/),
    ])
  })
})

describe('figures in their source', () => {
  it('reports a figure whose value its sentence does not state, and the number left uncovered', () => {
    const dir = copyExample()
    plant.changedFigureValue(dir)
    const results = check(dir)
    expect(lines(results, 'figures')).toEqual([
      'error figures.json: figures[3].value: "patrol-grids": its source sentence does not state 46 个网格: 「主城区划分巡逻防控网格45个」 (45: value 46 ≠ 45)',
    ])
    expect(lines(results, 'numbers')).toEqual([
      expect.stringMatching(
        /^error source\.zh\.txt: line 5: “45” in 「划分巡逻防控网格45个，实现巡逻防控」 is shown by no figure and not listed in excusedNumbers \(figures from this sentence: patrol-grids: value 46 ≠ 45\)$/,
      ),
    ])
  })

  it('reports a source sentence that is not in source.zh.txt', () => {
    const dir = copyExample()
    editJson(dir, 'figures.json', (f) => {
      f.figures[4].source = '全年组织街面巡逻近2000次以上'
    })
    expect(lines(check(dir), 'figures')).toEqual([
      'error figures.json: figures[4].source: "street-patrols": the source sentence is not in source.zh.txt: 「全年组织街面巡逻近2000次以上」',
    ])
  })

  it('reports an English source sentence with other numbers, with Chinese in it, or missing', () => {
    const dir = copyExample()
    editJson(dir, 'figures.json', (f) => {
      f.figures[3].sourceEn = 'the central city is divided into 54 patrol grids'
      f.figures[4].sourceEn = 'nearly 2,000 街面 patrols'
      delete f.figures[5].sourceEn
    })
    expect(lines(check(dir), 'figures')).toEqual([
      'error figures.json: figures[3].sourceEn: "patrol-grids": the English states 54; the Chinese 45: the central city is divided into 54 patrol grids',
      'error figures.json: figures[4].sourceEn: "street-patrols": the English has Chinese in it: nearly 2,000 街面 patrols',
      'warning figures.json: figures[5].sourceEn: "help-requests": the English of the source sentence is missing',
    ])
  })
})

describe('translations', () => {
  it('reports a text whose English is left in Chinese', () => {
    const dir = copyExample()
    plant.untranslatedText(dir)
    editJson(dir, 'deck.json', (d) => {
      d.slides[4].title.en = 'Grid patrols: 警力 on the streets'
    })
    expect(lines(check(dir), 'translations')).toEqual([
      'error deck.json: slides[4].title: the English has Chinese in it (not translated?): Grid patrols: 警力 on the streets',
      'error deck.json: slides[4].blocks[1].items[0].text: the English is the same as the Chinese (not translated?): 网格化巡逻防控实现主城区全覆盖',
    ])
  })
})

describe('glossary', () => {
  it('warns of a text that has a term in Chinese but translates it otherwise', () => {
    const dir = copyExample()
    editText(dir, 'deck.json', (t) => t.replace('"en": "Patrols and calls for help"', '"en": "Patrols and help calls"'))
    editJson(dir, 'deck.json', (d) => {
      d.slides[4].blocks[0].title.zh = '巡逻防控与人次'
    })
    expect(lines(check(dir), 'glossary')).toEqual([
      'warning deck.json: slides[4].blocks[0].title: has 「人次」 but the English lacks "person-times": Patrols and help calls',
    ])
  })
})

describe('charts', () => {
  it('reports a chart whose figures its visual cannot show, in the app’s words', () => {
    const dir = copyExample()
    editJson(dir, 'deck.json', (d) => {
      d.slides[4].blocks[0].visual = 'gauges'
    })
    expect(lines(check(dir), 'charts')).toEqual([
      'error deck.json: slides[4].blocks[0]: "gauges": figure "patrol-grids" is a count; expected percent',
      'error deck.json: slides[4].blocks[0]: "gauges": figure "street-patrols" is a count; expected percent',
      'error deck.json: slides[4].blocks[0]: "gauges": figure "help-requests" is a count; expected percent',
    ])
  })
})
