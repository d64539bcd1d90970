import { describe, expect, it } from 'vitest'
import type { CheckResult } from '../../../scripts/check-report/findings'
import {
  displayWidth,
  exitCode,
  formatJson,
  formatTable,
  table,
  type CheckReport,
} from '../../../scripts/check-report/report'

const results: CheckResult[] = [
  { id: 'schema', ran: true, detail: 'pack.json', findings: [] },
  {
    id: 'numbers',
    ran: true,
    detail: '3 numbers',
    findings: [{ severity: 'error', where: 'source.zh.txt: line 2', message: '“321” is shown by no figure' }],
  },
  {
    id: 'glossary',
    ran: true,
    detail: '2 terms',
    findings: [{ severity: 'warning', where: 'deck.json: slides[1].title', message: 'has 「人次」' }],
  },
  { id: 'render', ran: false, detail: 'skipped: --no-render', findings: [] },
]
const report: CheckReport = { pack: '/packs/example', title: '示例 · Example', results }

describe('the checker’s output', () => {
  it('lists each check with its result, then each finding, then the totals and what did not run', () => {
    const text = formatTable(report)
    expect(text).toContain('Report pack: /packs/example')
    expect(text).toMatch(/^Files and schema +ok +pack\.json$/m)
    expect(text).toMatch(/^Numbers of the source covered +1 error +3 numbers$/m)
    expect(text).toMatch(/^Glossary used consistently +1 warning +2 terms$/m)
    expect(text).toMatch(/^Rendered in Chromium +skipped +skipped: --no-render$/m)
    expect(text).toMatch(/^error +numbers +source\.zh\.txt: line 2 +“321” is shown by no figure$/m)
    expect(text).toMatch(/^warning +glossary +deck\.json: slides\[1\]\.title +has 「人次」$/m)
    expect(text).toMatch(/1 error, 1 warning; not run: render\. The pack needs fixing\.\n$/)
  })

  it('fails on errors only', () => {
    expect(exitCode(report)).toBe(1)
    expect(exitCode({ ...report, results: [results[0]!, results[2]!] })).toBe(0)
  })

  it('gives machines the same as JSON', () => {
    const json = JSON.parse(formatJson(report))
    expect(json).toMatchObject({ ok: false, errors: 1, warnings: 1, pack: '/packs/example' })
    expect(json.checks.map((c: { id: string; ran: boolean }) => `${c.id}:${c.ran}`)).toEqual([
      'schema:true',
      'numbers:true',
      'glossary:true',
      'render:false',
    ])
    expect(json.findings[0]).toEqual({
      check: 'numbers',
      severity: 'error',
      where: 'source.zh.txt: line 2',
      message: '“321” is shown by no figure',
    })
  })

  it('aligns columns of Chinese text by the width a terminal gives them', () => {
    expect(displayWidth('示例ab「」')).toBe(10)
    expect(
      table([
        ['示例', 'x'],
        ['abcd', 'y'],
        ['a', 'z'],
      ]),
    ).toBe('示例  x\nabcd  y\na     z')
  })
})
