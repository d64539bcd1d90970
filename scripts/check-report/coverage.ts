// Every number of the source text is either stated by a figure shown on a slide or excused in
// pack.json (a year, a case name, a date…); every excuse covers exactly one number, and none a shown one.
import { packFiles, type ExcusedNumber, type Pack } from '../../src/content/pack'
import type { Deck, Figure } from '../../src/content/schema'
import { error, type CheckResult, type Finding } from './findings'
import { around, fractionOccurrences, lineOf, mismatch, occurrences, within, type Occurrence } from './numbers'
import { figureUses } from './texts'

export interface CoverageInput {
  source: string
  figures: Iterable<Figure>
  deck: Deck
  excused: readonly ExcusedNumber[]
  /** The pack's dashboard, whose figures are shown too. */
  pack?: Pick<Pack, 'dashboard'>
}

/** The figures a slide or the dashboard shows, that state a number of the source themselves (derived ones are computed). */
export function shownFigures(deck: Deck, figures: Iterable<Figure>, pack?: Pick<Pack, 'dashboard'>): Figure[] {
  const uses = figureUses(deck, pack)
  return [...figures].filter((f) => uses.has(f.id) && !f.derived)
}

export function checkCoverage({ source, figures, deck, excused, pack }: CoverageInput): CheckResult {
  const shown = shownFigures(deck, figures, pack)
  const found = occurrences(source)
  const findings: Finding[] = []
  const at = (o: Occurrence) => `${packFiles.source}: line ${lineOf(source, o)}`
  const excuseFor = (o: Occurrence) => excused.find((e) => e.token === o.token && within(source, o, e.context))
  const statedBy = (o: Occurrence) => shown.find((f) => mismatch(source, f, o) === '')

  let stated = 0
  let excusedCount = 0
  for (const o of found) {
    const figure = statedBy(o)
    const excuse = excuseFor(o)
    if (figure) stated++
    if (excuse) excusedCount++
    if (figure || excuse) continue
    const near = shown
      .filter((f) => within(source, o, f.source))
      .map((f) => `${f.id}: ${mismatch(source, f, o)}`)
      .join('; ')
    findings.push(
      error(
        at(o),
        `“${o.token}” in 「${around(source, o)}」 is shown by no figure and not listed in excusedNumbers` +
          (near ? ` (figures from this sentence: ${near})` : ''),
      ),
    )
  }

  excused.forEach((e, i) => {
    const where = `${packFiles.pack}: excusedNumbers[${i}]`
    const hits = found.filter((o) => o.token === e.token && within(source, o, e.context))
    if (hits.length === 0)
      findings.push(
        error(where, `excuses “${e.token}” in 「${e.context}」, but the source has no such number there (a typo?)`),
      )
    else if (hits.length > 1)
      findings.push(
        error(
          where,
          `excuses “${e.token}” in 「${e.context}」, which matches ${hits.length} numbers of the source; ` +
            'expected exactly one (make the context longer)',
        ),
      )
    for (const o of hits) {
      const figure = statedBy(o)
      if (figure)
        findings.push(
          error(
            where,
            `excuses “${e.token}” in 「${around(source, o)}」, but figure "${figure.id}" shows it; remove the excuse`,
          ),
        )
    }
  })

  const fractions = fractionOccurrences(source)
  for (const o of fractions)
    if (shown.some((f) => f.kind === 'ratio' && f.words?.zh === o.token && within(source, o, f.source))) stated++
    else findings.push(error(at(o), `“${o.token}” in 「${around(source, o)}」 is shown by no ratio figure`))

  const total = found.length + fractions.length
  return {
    id: 'numbers',
    ran: true,
    detail: `${total} numbers: ${stated} shown by a figure, ${excusedCount} excused`,
    findings,
  }
}
