// What the content tests share: reading the real content files, walking every bilingual text of the
// deck with its path, and reading numbers back out of formatted figures.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Glossary } from '../../src/content/schema'
import { validatePack, type ContentFile, type Report } from '../../src/content/validate'
import { validateGlossary } from '../../scripts/check-report/glossary'

// The pack checker's own walks over a pack: the content tests and `npm run check-report` share them.
export { validateGlossary } from '../../scripts/check-report/glossary'
export { sameNumber, spansOf } from '../../scripts/check-report/numbers'
export { cjk, figureUses, type TextRef } from '../../scripts/check-report/texts'

export { allTexts } from '../../scripts/check-report/texts'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const contentDir = resolve(repoRoot, 'resources/content')
export const fixturesDir = resolve(repoRoot, 'tests/fixtures/content')

export function contentFile(name: string, dir = contentDir): ContentFile {
  return { name, text: readFileSync(resolve(dir, name), 'utf8') }
}

export const sourceText: string = readFileSync(resolve(contentDir, 'source.zh.txt'), 'utf8')

/** The checked report from the real content files; throws with every problem listed if it does not validate. */
export function loadReport(): Report {
  const result = validatePack({
    pack: contentFile('pack.json'),
    deck: contentFile('deck.json'),
    figures: contentFile('figures.json'),
  })
  if (!result.ok) throw new Error(`content does not validate:\n${result.problems.join('\n')}`)
  return result.report
}

export function loadGlossary(): Glossary {
  const result = validateGlossary(contentFile('glossary.json'))
  if (!result.ok) throw new Error(`glossary does not validate:\n${result.problems.join('\n')}`)
  return result.glossary
}

/** Fractions the report writes in words, and the English words used for them. */
export const fractionWords: Record<string, number> = { 三分之二: 2 / 3, 'two thirds': 2 / 3 }

const zhScale: Record<string, number> = { 万: 1e4, 亿: 1e8 }
const enScale: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 }

export interface ParsedNumber {
  value: number
  percent: boolean
}

/** The number in a figure formatted in Chinese: "2000亿余条" → 2e11, "−51.9%" → -51.9 (percent), "三分之二" → 2/3. */
export function parseZhNumber(text: string): ParsedNumber | undefined {
  for (const [words, value] of Object.entries(fractionWords)) if (text.includes(words)) return { value, percent: false }
  const m = /([−-]?)(\d+(?:\.\d+)?)(万|亿)?(%)?/.exec(text)
  if (!m) return undefined
  const sign = m[1] ? -1 : 1
  return { value: sign * Number(m[2]) * (m[3] ? zhScale[m[3]]! : 1), percent: Boolean(m[4]) }
}

/** The number in a figure formatted in English: "over 200 billion records" → 2e11, "163,400 followers" → 163400. */
export function parseEnNumber(text: string): ParsedNumber | undefined {
  for (const [words, value] of Object.entries(fractionWords)) if (text.includes(words)) return { value, percent: false }
  const m = /([−-]?)(\d[\d,]*(?:\.\d+)?)(?: (thousand|million|billion)\b)?(%)?/.exec(text)
  if (!m) return undefined
  const sign = m[1] ? -1 : 1
  return { value: sign * Number(m[2]!.replaceAll(',', '')) * (m[3] ? enScale[m[3]]! : 1), percent: Boolean(m[4]) }
}
