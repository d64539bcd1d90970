// Reads a report pack folder for the checks: the app's own reading and validation (readPack), plus
// the two files the app does not check on load, the glossary and the source text.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readPack, type ReadFile } from '../../electron/main/report-pack'
import { packFiles } from '../../src/content/pack'
import type { Glossary } from '../../src/content/schema'
import type { Report } from '../../src/content/validate'
import { error, type CheckResult, type Finding } from './findings'
import { validateGlossary } from './glossary'

export interface PackForChecks {
  dir: string
  /** Problems with the files, each "file: path: what was expected". */
  problems: string[]
  /** Present when pack.json, deck.json and figures.json validate. */
  report?: Report
  glossary?: Glossary
  source?: string
}

function readText(path: string, name: string, read: ReadFile, problems: string[]): string | undefined {
  try {
    return read(path)
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException)?.code
    problems.push(`${name}: ${code === 'ENOENT' ? 'missing' : `could not be read (${(cause as Error).message})`}`)
    return undefined
  }
}

export function readPackForChecks(dir: string, read: ReadFile = (path) => readFileSync(path, 'utf8')): PackForChecks {
  const folder = resolve(dir)
  const result = readPack(folder, read)
  const pack: PackForChecks = { dir: folder, problems: result.ok ? [] : [...result.problems] }
  if (result.ok) pack.report = result.report
  const glossaryText = readText(join(folder, packFiles.glossary), packFiles.glossary, read, pack.problems)
  if (glossaryText !== undefined) {
    const glossary = validateGlossary({ name: packFiles.glossary, text: glossaryText })
    if (glossary.ok) pack.glossary = glossary.glossary
    else pack.problems.push(...glossary.problems)
  }
  const source = readText(join(folder, packFiles.source), packFiles.source, read, pack.problems)
  if (source !== undefined && !source.trim())
    pack.problems.push(`${packFiles.source}: the file is empty; expected the report's text`)
  else if (source !== undefined) pack.source = source
  return pack
}

/** "deck.json: slides[1].title.en: expected string; it is missing" → where "deck.json: slides[1].title.en". */
export function problemFinding(problem: string): Finding {
  const parts = problem.split(': ')
  const pathLike = parts.length >= 3 && (/^\S+$/.test(parts[1]!) || parts[1] === '(top level)')
  const cut = pathLike ? 2 : 1
  if (parts.length <= cut) return error('', problem)
  return error(parts.slice(0, cut).join(': '), parts.slice(cut).join(': '))
}

export function schemaResult(pack: PackForChecks): CheckResult {
  return {
    id: 'schema',
    ran: true,
    detail: Object.values(packFiles).join(', '),
    findings: pack.problems.map(problemFinding),
  }
}
