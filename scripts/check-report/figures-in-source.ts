// Each figure comes from the report: its source sentence is in source.zh.txt verbatim, the sentence
// states the figure's value (with its qualifier and unit), and the sentence's English states the
// same numbers as the Chinese (万/亿 as thousands, millions or billions), in English only.
import { packFiles, type Pack } from '../../src/content/pack'
import type { Deck, Figure } from '../../src/content/schema'
import { error, warning, type CheckResult, type Finding } from './findings'
import { mismatch, occurrences, sameNumber, within } from './numbers'
import { cjk, figureUses } from './texts'

const zhScale: Record<string, number> = { 万: 1e4, 亿: 1e8 }
const enScale: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 }

export function zhNumbers(text: string): number[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)(万|亿)?/g)].map((m) => Number(m[1]) * (m[2] ? zhScale[m[2]]! : 1))
}

export function enNumbers(text: string): number[] {
  return [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)(?: (thousand|million|billion)\b)?/g)].map(
    (m) => Number(m[1]!.replaceAll(',', '')) * (m[2] ? enScale[m[2]]! : 1),
  )
}

/** What is wrong with a figure's English source sentence: missing (a warning), Chinese in it, or other numbers. */
function sourceEnProblems(figure: Figure, where: string): Finding[] {
  if (figure.sourceEn === undefined)
    return [warning(`${where}.sourceEn`, `"${figure.id}": the English of the source sentence is missing`)]
  const en = figure.sourceEn
  if (cjk.test(en)) return [error(`${where}.sourceEn`, `"${figure.id}": the English has Chinese in it: ${en}`)]
  const zh = zhNumbers(figure.source).sort((a, b) => a - b)
  const stated = enNumbers(en).sort((a, b) => a - b)
  if (stated.length === zh.length && zh.every((value, i) => sameNumber(value, stated[i]!))) return []
  return [
    error(
      `${where}.sourceEn`,
      `"${figure.id}": the English states ${stated.join(', ') || 'no number'}; the Chinese ${zh.join(', ') || 'none'}: ${en}`,
    ),
  ]
}

export function checkFiguresInSource({
  source,
  figures,
  deck,
  pack,
}: {
  source: string
  figures: Iterable<Figure>
  deck: Deck
  /** The pack's dashboard, whose figures are shown too. */
  pack?: Pick<Pack, 'dashboard'>
}): CheckResult {
  const found = occurrences(source)
  const uses = figureUses(deck, pack)
  const findings: Finding[] = []
  let count = 0
  for (const figure of figures) {
    const where = `${packFiles.figures}: figures[${count++}]`
    if (!source.includes(figure.source)) {
      findings.push(
        error(
          `${where}.source`,
          `"${figure.id}": the source sentence is not in ${packFiles.source}: 「${figure.source}」`,
        ),
      )
    } else if (!figure.derived && !figure.words && !found.some((o) => mismatch(source, figure, o) === '')) {
      const near = found
        .filter((o) => within(source, o, figure.source))
        .map((o) => `${o.token}: ${mismatch(source, figure, o)}`)
        .join('; ')
      findings.push(
        error(
          `${where}.value`,
          `"${figure.id}": its source sentence does not state ${figure.value}` +
            `${figure.qualifier ? ` (${figure.qualifier})` : ''}${figure.unit ? ` ${figure.unit.zh}` : ''}: ` +
            `「${figure.source}」${near ? ` (${near})` : ''}`,
        ),
      )
    }
    findings.push(...sourceEnProblems(figure, where))
    if (!uses.has(figure.id))
      findings.push(warning(where, `"${figure.id}" is shown on no slide and not on the dashboard`))
  }
  return { id: 'figures', ran: true, detail: `${count} figures`, findings }
}
