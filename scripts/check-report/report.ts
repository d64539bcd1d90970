// What the checker says: a table of the checks and one of the findings for people, or JSON for machines.
import { checkTitles, type CheckResult, type Finding } from './findings'

export interface CheckReport {
  /** The pack's folder. */
  pack: string
  /** The report's title in both languages, when pack.json could be read. */
  title?: string
  results: CheckResult[]
}

const count = (findings: readonly Finding[], severity: Finding['severity']) =>
  findings.filter((f) => f.severity === severity).length

export function totals(report: CheckReport): { errors: number; warnings: number } {
  const all = report.results.flatMap((r) => r.findings)
  return { errors: count(all, 'error'), warnings: count(all, 'warning') }
}

/** 1 when anything is an error, 0 otherwise (warnings do not fail a pack). */
export function exitCode(report: CheckReport): 0 | 1 {
  return totals(report).errors > 0 ? 1 : 0
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** Columns a terminal gives a text: Chinese characters and full-width punctuation take two. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd)
    width += wide ? 2 : 1
  }
  return width
}

/** Rows as aligned columns; the last column is not padded. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c] ?? ''))))
  return rows
    .map((row) =>
      row
        .map((cell, c) => (c === row.length - 1 ? cell : cell + ' '.repeat(widths[c]! - displayWidth(cell))))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

function resultText(result: CheckResult): string {
  if (!result.ran) return 'skipped'
  const errors = count(result.findings, 'error')
  const warnings = count(result.findings, 'warning')
  if (!errors && !warnings) return 'ok'
  return [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(', ')
}

export function formatTable(report: CheckReport): string {
  const out = [`Report pack: ${report.pack}`]
  if (report.title) out.push(`             ${report.title}`)
  out.push('')
  out.push(
    table([['Check', 'Result', 'Checked'], ...report.results.map((r) => [checkTitles[r.id], resultText(r), r.detail])]),
  )
  const findings = report.results.flatMap((r) => r.findings.map((f) => ({ check: r.id, ...f })))
  if (findings.length) {
    out.push('')
    out.push(
      table([
        ['Severity', 'Check', 'Where', 'Problem'],
        ...findings.map((f) => [f.severity, f.check, f.where, f.message]),
      ]),
    )
  }
  const { errors, warnings } = totals(report)
  const skipped = report.results.filter((r) => !r.ran).map((r) => r.id)
  out.push('')
  out.push(
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` +
      (skipped.length ? `; not run: ${skipped.join(', ')}` : '') +
      (errors ? '. The pack needs fixing.' : '. The pack is fit to present.'),
  )
  return out.join('\n') + '\n'
}

export function formatJson(report: CheckReport): string {
  const { errors, warnings } = totals(report)
  return (
    JSON.stringify(
      {
        pack: report.pack,
        title: report.title,
        ok: errors === 0,
        errors,
        warnings,
        checks: report.results.map((r) => ({
          id: r.id,
          title: checkTitles[r.id],
          ran: r.ran,
          detail: r.detail,
          errors: count(r.findings, 'error'),
          warnings: count(r.findings, 'warning'),
        })),
        findings: report.results.flatMap((r) => r.findings.map((f) => ({ check: r.id, ...f }))),
      },
      null,
      2,
    ) + '\n'
  )
}
