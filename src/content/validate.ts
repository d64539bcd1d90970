// Turns the raw files of a report pack into a checked report, or into one readable message per problem.
import { type z } from 'zod'
import { parseScenes } from '../contract/schedule'
import { itemFigureIds, pack as packSchema, packFiles, packFormat, type Pack } from './pack'
import { blockTypes, deck as deckSchema, figureFile, type Deck, type Figure } from './schema'

export interface Slides {
  deck: Deck
  figures: ReadonlyMap<string, Figure>
}

export interface Report extends Slides {
  pack: Pack
}

export interface ContentFile {
  /** Name shown in messages, e.g. "deck.json". */
  name: string
  text: string
}

export type Validation = { ok: true; report: Report } | { ok: false; problems: string[] }
export type SlidesValidation = { ok: true; report: Slides } | { ok: false; problems: string[] }

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`
    return out ? `${out}.${String(part)}` : String(part)
  }, '')
}

function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const found = issue.input === undefined ? 'it is missing' : `found ${JSON.stringify(issue.input)}`
    return `expected ${issue.expected}; ${found}`
  }
  if (issue.code === 'unrecognized_keys') return `unexpected field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  if (issue.code === 'invalid_value')
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${JSON.stringify(issue.input)}`
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    const input = issue.input as { type?: unknown } | undefined
    const found = input && typeof input === 'object' && 'type' in input ? input.type : issue.input
    return `expected "type" to be one of ${blockTypes.map((t) => `"${t}"`).join(', ')}; found ${JSON.stringify(found)}`
  }
  return issue.message
}

function describeIssue(file: string, issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path) || '(top level)'
  return `${file}: ${where}: ${expectation(issue)}`
}

function parseJson(file: ContentFile, problems: string[]): unknown {
  if (!file.text.trim()) {
    problems.push(`${file.name}: the file is empty; expected a JSON object`)
    return undefined
  }
  try {
    return JSON.parse(file.text)
  } catch (error) {
    problems.push(`${file.name}: not valid JSON (${(error as Error).message})`)
    return undefined
  }
}

function check<T>(schema: z.ZodType<T>, file: ContentFile, problems: string[]): T | undefined {
  const raw = parseJson(file, problems)
  if (raw === undefined) return undefined
  const result = schema.safeParse(raw, { reportInput: true })
  if (result.success) return result.data
  for (const issue of result.error.issues) problems.push(describeIssue(file.name, issue))
  return undefined
}

function figureReferences(deck: Deck): Array<{ path: string; id: string }> {
  const refs: Array<{ path: string; id: string }> = []
  deck.slides.forEach((slide, s) => {
    if (slide.headline?.figure) refs.push({ path: `slides[${s}].headline.figure`, id: slide.headline.figure })
    slide.blocks.forEach((block, b) => {
      const at = `slides[${s}].blocks[${b}]`
      if (block.type === 'stats')
        block.tiles.forEach((tile, t) => refs.push({ path: `${at}.tiles[${t}].figure`, id: tile.figure }))
      if (block.type === 'chart') block.figures.forEach((id, f) => refs.push({ path: `${at}.figures[${f}]`, id }))
      if (block.type === 'points')
        block.items.forEach((item, i) =>
          item.figures.forEach((id, f) => refs.push({ path: `${at}.items[${i}].figures[${f}]`, id })),
        )
    })
  })
  return refs
}

function crossCheck(deck: Deck, deckName: string, figures: Figure[], figuresName: string, problems: string[]) {
  const byId = new Map<string, Figure>()
  figures.forEach((fig, i) => {
    if (byId.has(fig.id))
      problems.push(`${figuresName}: figures[${i}].id: duplicate id "${fig.id}"; expected each id once`)
    byId.set(fig.id, fig)
  })
  figures.forEach((fig, i) =>
    fig.derived?.from.forEach((id, f) => {
      if (!byId.has(id))
        problems.push(
          `${figuresName}: figures[${i}].derived.from[${f}]: unknown figure id "${id}"; expected an id from ${figuresName}`,
        )
    }),
  )
  for (const ref of figureReferences(deck))
    if (!byId.has(ref.id))
      problems.push(`${deckName}: ${ref.path}: unknown figure id "${ref.id}"; expected an id from ${figuresName}`)
  const slideIds = new Set<string>()
  deck.slides.forEach((slide, s) => {
    if (slideIds.has(slide.id))
      problems.push(`${deckName}: slides[${s}].id: duplicate id "${slide.id}"; expected each slide id once`)
    slideIds.add(slide.id)
  })
  return byId
}

/** Checks the slides and figures of a pack, each against the other. */
export function validateContent(deckFile: ContentFile, figuresFile: ContentFile): SlidesValidation {
  const problems: string[] = []
  const deck = check(deckSchema, deckFile, problems)
  const figures = check(figureFile, figuresFile, problems)
  if (!deck || !figures) return { ok: false, problems }
  const byId = crossCheck(deck, deckFile.name, figures.figures, figuresFile.name, problems)
  return problems.length ? { ok: false, problems } : { ok: true, report: { deck, figures: byId } }
}

/** Parts are numbered 1, 2, 3… in the order their dividers come. */
function checkParts(deck: Deck, deckName: string, problems: string[]) {
  let expected = 1
  deck.slides.forEach((slide, s) => {
    if (slide.layout !== 'section' || slide.section === undefined) return
    if (slide.section !== expected)
      problems.push(
        `${deckName}: slides[${s}].section: part ${slide.section} comes where part ${expected} is due; ` +
          'expected the section dividers numbered 1, 2, 3… in order',
      )
    expected = slide.section + 1
  })
  const parts = expected - 1
  deck.slides.forEach((slide, s) => {
    if (slide.layout !== 'section' && slide.section !== undefined && slide.section > parts)
      problems.push(
        `${deckName}: slides[${s}].section: part ${slide.section} has no section divider; expected 1 to ${parts}`,
      )
  })
}

function checkPackAgainstSlides(
  pack: Pack,
  packName: string,
  figures: ReadonlyMap<string, Figure>,
  problems: string[],
) {
  pack.dashboard?.panels.forEach((panel, p) =>
    panel.items.forEach((item, i) => {
      itemFigureIds(item).forEach((id) => {
        if (!figures.has(id))
          problems.push(
            `${packName}: dashboard.panels[${p}].items[${i}]: unknown figure id "${id}"; expected an id from ${packFiles.figures}`,
          )
      })
    }),
  )
  if (pack.kiosk?.scenes !== undefined) {
    const scenes = parseScenes(pack.kiosk.scenes)
    if (!scenes.ok) problems.push(`${packName}: kiosk.scenes: ${scenes.problem}`)
    else if (!pack.dashboard && scenes.value.some((scene) => scene.kind === 'dashboard'))
      problems.push(`${packName}: kiosk.scenes: a dashboard scene, but the pack has no "dashboard"`)
  }
}

/** Reads the format a pack.json states before its full check, so that a pack for another app version gets a plain answer. */
function formatProblem(raw: unknown, packName: string): string | undefined {
  const format = raw && typeof raw === 'object' ? (raw as { format?: unknown }).format : undefined
  if (format === packFormat) return undefined
  if (typeof format === 'number' && format > packFormat)
    return `${packName}: format: the pack is written in format ${format}, newer than this app reads; expected format ${packFormat} (open it with a newer version of the app)`
  if (format === undefined)
    return `${packName}: format: missing; expected "format": ${packFormat}, the pack format this app reads`
  return `${packName}: format: ${JSON.stringify(format)} is not a pack format this app reads; expected ${packFormat}`
}

export interface PackFiles {
  pack: ContentFile
  deck: ContentFile
  figures: ContentFile
}

/** Checks a whole report pack: pack.json, the slides and the figures, and each against the others. */
export function validatePack(files: PackFiles): Validation {
  const problems: string[] = []
  const raw = parseJson(files.pack, problems)
  const formatIssue = raw === undefined ? undefined : formatProblem(raw, files.pack.name)
  if (formatIssue) return { ok: false, problems: [formatIssue] }
  let pack: Pack | undefined
  if (raw !== undefined) {
    const result = packSchema.safeParse(raw, { reportInput: true })
    if (result.success) pack = result.data
    else for (const issue of result.error.issues) problems.push(describeIssue(files.pack.name, issue))
  }
  const slides = validateContent(files.deck, files.figures)
  if (!slides.ok) return { ok: false, problems: [...problems, ...slides.problems] }
  checkParts(slides.report.deck, files.deck.name, problems)
  if (pack) checkPackAgainstSlides(pack, files.pack.name, slides.report.figures, problems)
  if (problems.length || !pack) return { ok: false, problems }
  return { ok: true, report: { ...slides.report, pack } }
}
