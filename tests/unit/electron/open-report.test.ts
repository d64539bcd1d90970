// Which report the desktop app shows, and File → Open report…: a named or remembered pack that
// fails leaves the bundled (or current) report in place and says why; one that passes replaces it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readReport, startingReport, type OpenReport } from '../../../electron/main/open-report'
import { expectedPages } from '../../../electron/main/report-facts'
import { openReportFromMenu, problemList, shownProblems } from '../../../electron/main/report-menu'

const bundledDir = 'resources/content'
const example = 'tests/fixtures/packs/example'
const broken = mkdtempSync(join(tmpdir(), 'open-report-test-'))
cpSync(example, broken, { recursive: true })
writeFileSync(join(broken, 'figures.json'), '{ "figures": [ }')
afterAll(() => rmSync(broken, { recursive: true, force: true }))

describe('the report at start', () => {
  it('is the bundled one when none is named or remembered', () => {
    const { report, problems } = startingReport({ bundledDir })
    expect(problems).toEqual([])
    expect(report).toMatchObject({ bundled: true, id: 'wuhai-police-2016', dir: bundledDir })
    expect(report.title).toBe('乌海市公安局2016年工作回顾 · Wuhai Municipal Public Security Bureau: Review of 2016')
  })

  it('is --report over the one remembered', () => {
    const { report } = startingReport({ flag: example, remembered: bundledDir, bundledDir })
    expect(report).toMatchObject({ bundled: false, id: 'example-city-2031', dir: example })
    expect(startingReport({ remembered: example, bundledDir }).report.id).toBe('example-city-2031')
  })

  it('falls back to the bundled report when the named one is broken, and says which file failed', () => {
    const { report, problems } = startingReport({ flag: broken, bundledDir })
    expect(report.bundled).toBe(true)
    expect(problems[0]).toBe(`--report (${broken}) could not be opened; showing the bundled report instead:`)
    expect(problems[1]).toMatch(/^figures\.json: not valid JSON/)
    expect(startingReport({ remembered: join(broken, 'gone'), bundledDir }).problems[0]).toMatch(
      /^the report opened last/,
    )
  })

  it('gives the page count of a handout from the open report', () => {
    const read = readReport(example)
    if (!read.ok) throw new Error(read.problems.join('\n'))
    expect(expectedPages(read.report)).toBe(11)
    expect(expectedPages(read.report, { slides: [{ part: 2 }] })).toBe(2 + 2)
  })
})

describe('File → Open report…', () => {
  function ports(folder: string | null) {
    const seen: { refused?: { dir: string; problems: readonly string[] }; shown?: OpenReport } = {}
    return {
      seen,
      ports: {
        chooseFolder: async () => folder,
        read: (dir: string) => readReport(dir),
        refuse: async (dir: string, problems: readonly string[]) => {
          seen.refused = { dir, problems }
        },
        switchTo: (report: OpenReport) => {
          seen.shown = report
        },
      },
    }
  }

  it('opens a pack that passes', async () => {
    const { seen, ports: p } = ports(example)
    expect(await openReportFromMenu(p)).toBe('opened')
    expect(seen.shown?.id).toBe('example-city-2031')
    expect(seen.refused).toBeUndefined()
  })

  it('refuses a broken pack with its problems and switches to nothing', async () => {
    const { seen, ports: p } = ports(broken)
    expect(await openReportFromMenu(p)).toBe('refused')
    expect(seen.shown).toBeUndefined()
    expect(seen.refused?.dir).toBe(broken)
    expect(seen.refused?.problems[0]).toMatch(/^figures\.json: not valid JSON/)
  })

  it('does nothing when cancelled', async () => {
    const { seen, ports: p } = ports(null)
    expect(await openReportFromMenu(p)).toBe('cancelled')
    expect(seen).toEqual({})
  })

  it('lists at most a screenful of problems and counts the rest', () => {
    const many = Array.from({ length: shownProblems + 4 }, (_, i) => `problem ${i + 1}`)
    const text = problemList(many).split('\n')
    expect(text).toHaveLength(shownProblems + 1)
    expect(text.at(-1)).toMatch(/^… and 4 more \(npm run check-report -- DIR lists them all\)$/)
    expect(problemList(['one'])).toBe('one')
  })
})
