// Runs the checks that need no browser over a pack read by readPackForChecks; a check whose files
// did not validate is listed as skipped, with the reason.
import { packFiles } from '../../src/content/pack'
import { checkCharts, type ChartFit } from './charts'
import { checkCoverage } from './coverage'
import { checkFiguresInSource } from './figures-in-source'
import { skipped, type CheckResult } from './findings'
import { checkGlossary } from './glossary'
import { schemaResult, type PackForChecks } from './pack'
import { allTexts } from './texts'
import { checkTranslations } from './translations'

export interface RunOptions {
  chartFit: ChartFit
}

export function runChecks(pack: PackForChecks, { chartFit }: RunOptions): CheckResult[] {
  const results = [schemaResult(pack)]
  const { report, source, glossary } = pack
  const invalid = `skipped: needs ${packFiles.pack}, ${packFiles.deck} and ${packFiles.figures} to validate`
  const noSource = `skipped: needs ${packFiles.source}`
  if (!report) {
    results.push(
      skipped('numbers', invalid),
      skipped('figures', invalid),
      skipped('translations', invalid),
      skipped('glossary', invalid),
      skipped('charts', invalid),
    )
    return results
  }
  const figures = [...report.figures.values()]
  const texts = allTexts(report.deck, figures, report.pack)
  results.push(
    source
      ? checkCoverage({ source, figures, deck: report.deck, excused: report.pack.excusedNumbers, pack: report.pack })
      : skipped('numbers', noSource),
    source
      ? checkFiguresInSource({ source, figures, deck: report.deck, pack: report.pack })
      : skipped('figures', noSource),
    checkTranslations(texts),
    glossary
      ? checkGlossary(texts, glossary.terms)
      : skipped('glossary', `skipped: needs a valid ${packFiles.glossary}`),
    checkCharts(report.deck, report.figures, chartFit),
  )
  return results
}
