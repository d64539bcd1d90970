// Shared helpers for the content tests: reading the real content files, walking every bilingual text
// of the deck with its path, and reading numbers back out of formatted figures.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  glossary as glossarySchema,
  type Bilingual,
  type Deck,
  type Figure,
  type Glossary,
} from '../../src/content/schema'
import type { Pack } from '../../src/content/pack'
import { formatPath, validatePack, type ContentFile, type Report } from '../../src/content/validate'

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

/** Checks a glossary file the way validateContent checks the deck: one message per problem, naming file and path. */
export function validateGlossary(
  file: ContentFile,
): { ok: true; glossary: Glossary } | { ok: false; problems: string[] } {
  if (!file.text.trim()) return { ok: false, problems: [`${file.name}: the file is empty; expected a JSON object`] }
  let raw: unknown
  try {
    raw = JSON.parse(file.text)
  } catch (error) {
    return { ok: false, problems: [`${file.name}: not valid JSON (${(error as Error).message})`] }
  }
  const result = glossarySchema.safeParse(raw, { reportInput: true })
  if (result.success) return { ok: true, glossary: result.data }
  const expected = (issue: (typeof result.error.issues)[number]) => {
    if (issue.code !== 'invalid_type') return issue.message
    return `expected ${issue.expected}; ${issue.input === undefined ? 'it is missing' : `found ${JSON.stringify(issue.input)}`}`
  }
  return {
    ok: false,
    problems: result.error.issues.map(
      (issue) => `${file.name}: ${formatPath(issue.path) || '(top level)'}: ${expected(issue)}`,
    ),
  }
}

export function loadGlossary(): Glossary {
  const result = validateGlossary(contentFile('glossary.json'))
  if (!result.ok) throw new Error(`glossary does not validate:\n${result.problems.join('\n')}`)
  return result.glossary
}

export interface TextRef {
  /** Where the text sits, e.g. "deck.json: slides[12].blocks[1].items[0].text". */
  path: string
  text: Bilingual
}

/** Every bilingual text the audience or the presenter sees: deck texts and the figure labels and units shown on tiles and axes. */
export function allTexts(deck: Deck, figures: Iterable<Figure>, pack?: Pack): TextRef[] {
  const out: TextRef[] = []
  const add = (path: string, text: Bilingual | undefined) => {
    if (text) out.push({ path, text })
  }
  if (pack) {
    add('pack.json: title', pack.title)
    add('pack.json: organisation', pack.organisation)
    add('pack.json: place', pack.place)
    add('pack.json: credit', pack.credit)
    add('pack.json: dashboard.title', pack.dashboard?.title)
    pack.dashboard?.panels.forEach((panel, p) => add(`pack.json: dashboard.panels[${p}].title`, panel.title))
  }
  deck.slides.forEach((slide, s) => {
    const at = `deck.json: slides[${s}]`
    add(`${at}.title`, slide.title)
    add(`${at}.subtitle`, slide.subtitle)
    add(`${at}.kicker`, slide.kicker)
    add(`${at}.notes`, slide.notes)
    slide.blocks.forEach((block, b) => {
      const bat = `${at}.blocks[${b}]`
      switch (block.type) {
        case 'points':
          block.items.forEach((item, i) => add(`${bat}.items[${i}].text`, item.text))
          break
        case 'stats':
          block.tiles.forEach((tile, t) => add(`${bat}.tiles[${t}].caption`, tile.caption))
          break
        case 'chart':
          add(`${bat}.title`, block.title)
          add(`${bat}.caption`, block.caption)
          add(`${bat}.description`, block.description)
          block.nodes.forEach((node, n) => add(`${bat}.nodes[${n}]`, node))
          break
        case 'quote':
          add(`${bat}.text`, block.text)
          add(`${bat}.by`, block.by)
          break
        case 'source':
          add(`${bat}.text`, block.text)
          break
      }
    })
  })
  let f = 0
  for (const figure of figures) {
    add(`figures.json: figures[${f}].label`, figure.label)
    add(`figures.json: figures[${f}].unit`, figure.unit)
    add(`figures.json: figures[${f}].words`, figure.words)
    if (figure.derived) add(`figures.json: figures[${f}].derived.formula`, figure.derived.formula)
    f++
  }
  return out
}

/** Figure id → the places on slides that show it (stat tiles, charts, points). */
export function figureUses(deck: Deck): Map<string, string[]> {
  const uses = new Map<string, string[]>()
  const use = (id: string, path: string) => uses.set(id, [...(uses.get(id) ?? []), path])
  deck.slides.forEach((slide, s) =>
    slide.blocks.forEach((block, b) => {
      const at = `slides[${s}].blocks[${b}]`
      if (block.type === 'stats') block.tiles.forEach((tile, t) => use(tile.figure, `${at}.tiles[${t}]`))
      if (block.type === 'chart') block.figures.forEach((id, i) => use(id, `${at}.figures[${i}]`))
      if (block.type === 'points')
        block.items.forEach((item, i) => item.figures.forEach((id) => use(id, `${at}.items[${i}]`)))
    }),
  )
  return uses
}

/** Han characters and CJK punctuation (full-width comma, full stop, brackets...). Curly quotes are shared with English. */
export const cjk = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/

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

/** Equal up to floating-point noise (16.34 × 10⁴ is not exactly 163400). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/** All places a string occurs in a text, as [start, end) spans. */
export function spansOf(text: string, needle: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  if (!needle) return spans
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) spans.push([i, i + needle.length])
  return spans
}
