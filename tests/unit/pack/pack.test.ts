// A report pack read from a folder: the bundled one and the example load the same way, and each
// kind of mistake a person preparing a pack can make gets one message naming file, field and
// what was expected.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readPack } from '../../../electron/main/report-pack'
import { reportTitle } from '../../../src/content/pack'

const example = 'tests/fixtures/packs/example'
let dirs: string[] = []
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  dirs = []
})

/** A copy of the example pack with `change` applied to one of its JSON files. */
function brokenCopy(file: string, change: (json: Record<string, any>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'pack-test-'))
  dirs.push(dir)
  cpSync(example, dir, { recursive: true })
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  change(json)
  writeFileSync(join(dir, file), JSON.stringify(json))
  return dir
}

const problems = (dir: string) => {
  const result = readPack(dir)
  return result.ok ? [] : result.problems
}

describe('reading a report pack', () => {
  it('loads the bundled report and the example the same way', () => {
    const bundled = readPack('resources/content')
    const other = readPack(example)
    expect(bundled.ok && other.ok).toBe(true)
    if (!bundled.ok || !other.ok) return
    expect(reportTitle(bundled.report.pack, 'zh')).toBe('乌海市公安局2016年工作回顾')
    expect(bundled.report.pack.year).toBe(2016)
    expect(other.report.pack.year).not.toBe(2016)
    expect(other.report.deck.slides.filter((s) => s.layout === 'section')).toHaveLength(3)
  })

  it('says so when the folder holds no pack, or misses one file', () => {
    const empty = mkdtempSync(join(tmpdir(), 'pack-test-'))
    dirs.push(empty)
    expect(problems(empty)).toEqual([
      `${empty}: no report pack here; expected pack.json, deck.json, figures.json in the folder`,
    ])
    const dir = brokenCopy('pack.json', () => {})
    rmSync(join(dir, 'figures.json'))
    expect(problems(dir)).toEqual(['figures.json: missing'])
  })

  it('recognises a folder from before packs and says what to move', () => {
    const dir = brokenCopy('deck.json', (deck) => Object.assign(deck, { title: { zh: '标题', en: 'Title' } }))
    rmSync(join(dir, 'pack.json'))
    const found = problems(dir)
    expect(found[0]).toBe('pack.json: missing')
    expect(found[1]).toMatch(/laid out as before report packs.*pack\.json of format 1/)
  })

  it('refuses a newer format with the version it needs, and a missing format', () => {
    expect(problems(brokenCopy('pack.json', (p) => (p.format = 2)))).toEqual([
      'pack.json: format: the pack is written in format 2, newer than this app reads; expected format 1 (open it with a newer version of the app)',
    ])
    expect(problems(brokenCopy('pack.json', (p) => delete p.format))).toEqual([
      'pack.json: format: missing; expected "format": 1, the pack format this app reads',
    ])
  })

  it('names wrong fields of pack.json by path', () => {
    const found = problems(
      brokenCopy('pack.json', (p) => {
        p.plannedMinutes = '10'
        p.title = { zh: '标题' }
        p.languages = ['zh']
      }),
    )
    expect(found).toEqual([
      'pack.json: title.en: expected string; it is missing',
      'pack.json: languages: expected ["zh", "en"]: every text of a pack is written in Chinese and English',
      'pack.json: plannedMinutes: expected number; found "10"',
    ])
  })

  it('checks the dashboard and the kiosk scenes against the rest of the pack', () => {
    expect(
      problems(
        brokenCopy('pack.json', (p) => {
          p.dashboard.panels[1].items[0].figure = 'no-such-figure'
          p.kiosk.scenes = 'tour:zh, screensaver'
        }),
      ),
    ).toEqual([
      'pack.json: dashboard.panels[1].items[0]: unknown figure id "no-such-figure"; expected an id from figures.json',
      'pack.json: kiosk.scenes: "screensaver" is not a scene',
    ])
    expect(
      problems(
        brokenCopy('pack.json', (p) => {
          delete p.dashboard
          p.kiosk.scenes = 'tour, dashboard'
        }),
      ),
    ).toEqual(['pack.json: kiosk.scenes: a dashboard scene, but the pack has no "dashboard"'])
  })

  it('wants parts numbered 1, 2, 3… in order, and no slide in a part without a divider', () => {
    const dropped = brokenCopy('deck.json', (deck) => {
      deck.slides = deck.slides.filter((s: { section?: number }) => s.section !== 2)
      for (const slide of deck.slides) if (slide.section === 3) slide.section = 4
    })
    expect(problems(dropped)).toEqual([
      expect.stringMatching(/^deck\.json: slides\[\d+\]\.section: part 4 comes where part 2 is due; expected/),
    ])
    const orphan = brokenCopy('deck.json', (deck) => {
      deck.slides.find((s: { layout: string }) => s.layout === 'points').section = 7
    })
    expect(problems(orphan)).toEqual([
      expect.stringMatching(/^deck\.json: slides\[\d+\]\.section: part 7 has no section divider; expected 1 to 3$/),
    ])
  })

  it('takes any number of parts: one, or more than ten', () => {
    const one = brokenCopy('deck.json', (deck) => {
      deck.slides = deck.slides.filter((s: { section?: number }) => s.section === undefined || s.section === 1)
    })
    expect(problems(one)).toEqual([])
    const many = brokenCopy('deck.json', (deck) => {
      const divider = deck.slides.find((s: { layout: string }) => s.layout === 'section')
      const closing = deck.slides.pop()
      for (let n = 4; n <= 12; n++) deck.slides.push({ ...divider, id: `part-${n}`, section: n })
      deck.slides.push(closing)
    })
    const read = readPack(many)
    expect(read.ok ? read.report.deck.slides.filter((s) => s.layout === 'section').length : read.problems).toBe(12)
  })
})
