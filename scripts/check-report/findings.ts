// What every check hands back: findings with a severity, the place they point to and the problem.

export type Severity = 'error' | 'warning'

export interface Finding {
  severity: Severity
  /** The place: "deck.json: slides[3].title", "source.zh.txt: line 4", "zh 1024×768, slide 2.1". */
  where: string
  message: string
}

export const checkIds = ['schema', 'numbers', 'figures', 'translations', 'glossary', 'charts', 'render'] as const
export type CheckId = (typeof checkIds)[number]

export const checkTitles: Record<CheckId, string> = {
  schema: 'Files and schema',
  numbers: 'Numbers of the source covered',
  figures: 'Figures in their source',
  translations: 'Every text translated',
  glossary: 'Glossary used consistently',
  charts: 'Charts fit their visual',
  render: 'Rendered in Chromium',
}

export interface CheckResult {
  id: CheckId
  /** Skipped checks say why instead of finding anything. */
  ran: boolean
  /** What was looked at, e.g. "82 numbers: 66 shown, 16 excused"; or why the check was skipped. */
  detail: string
  findings: Finding[]
}

export const error = (where: string, message: string): Finding => ({ severity: 'error', where, message })
export const warning = (where: string, message: string): Finding => ({ severity: 'warning', where, message })

export function skipped(id: CheckId, why: string): CheckResult {
  return { id, ran: false, detail: why, findings: [] }
}
