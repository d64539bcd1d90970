// A visit programme: the briefing tailored to one delegation — who they are, when, in which
// languages, how long, and which slides or whole parts of the report in which order. The same
// schema checks a programme file, the stored programmes and what a window asks to save.
import { startLanguages } from './lang'
import { langSchema } from './langSchema'
import { programmeLimits } from './rules'
import { z } from './zod'

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'expected non-empty text')
    .max(max, `expected at most ${max} characters`)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'expected text without control characters')

/** `YYYY-MM-DD`, a real calendar day. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  }, 'expected a real calendar date')

export const slideIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a slide id such as "part-5-smart"')
  .max(80)

/** One entry of the programme: a slide of the report by id, or a whole part (`{ "part": 3 }`). */
export const programmeEntrySchema = z.union([
  slideIdSchema,
  z.strictObject({ part: z.int().min(1).max(programmeLimits.parts) }),
])
export type ProgrammeEntry = z.infer<typeof programmeEntrySchema>

export const programmeSchema = z.strictObject({
  name: text(programmeLimits.nameLength),
  delegation: z.strictObject({ zh: text(programmeLimits.delegationZh), en: text(programmeLimits.delegationEn) }),
  /** The host's line under the welcome (e.g. who receives the delegation). */
  host: z.strictObject({ zh: text(programmeLimits.hostZh), en: text(programmeLimits.hostEn) }).optional(),
  date: isoDateSchema.optional(),
  /** What the room sees: Chinese, English or bilingual. */
  lang: z.enum(startLanguages),
  /** The language the speaker reads the notes in, which the time plan is estimated from. */
  notesLang: langSchema,
  minutes: z
    .number()
    .min(1, 'expected at least 1 minute')
    .max(programmeLimits.minutes, `expected at most ${programmeLimits.minutes} minutes`),
  slides: z.array(programmeEntrySchema).min(1, 'expected at least one slide or part').max(programmeLimits.slides),
})
export type Programme = z.infer<typeof programmeSchema>

/** Stored programmes, kept by name. */
export const programmeListSchema = z
  .array(programmeSchema)
  .max(programmeLimits.stored)
  .refine((list) => new Set(list.map((p) => p.name)).size === list.length, 'expected each programme name once')

/** How a window names the programme it runs, in a URL or a synced state. */
export const programmeNameSchema = z.string().trim().min(1).max(programmeLimits.nameLength)

export const programmeDigestSchema = z.string().regex(/^[0-9a-f]{16}$/)

export function formatIssuePath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${String(part)}`),
    root,
  )
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const found = issue.input === undefined ? 'it is missing' : `found ${JSON.stringify(issue.input)}`
    return `expected ${issue.expected}; ${found}`
  }
  if (issue.code === 'unrecognized_keys') return `unexpected field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  if (issue.code === 'invalid_value')
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${JSON.stringify(issue.input)}`
  if (issue.code === 'invalid_union')
    return `expected a slide id such as "part-5-smart" or a part such as { "part": 3 }; found ${JSON.stringify(issue.input)}`
  return issue.message
}

export type ProgrammeRead = { ok: true; programme: Programme } | { ok: false; problems: string[] }

/** Checks a parsed programme; every problem names its path (`programme.slides[3]: ...`). */
export function readProgramme(raw: unknown, root = 'programme'): ProgrammeRead {
  const result = programmeSchema.safeParse(raw, { reportInput: true })
  if (result.success) return { ok: true, programme: result.data }
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${formatIssuePath(root, issue.path)}: ${describe(issue)}`),
  }
}

/** Checks a programme file's text: JSON first, then the schema. */
export function parseProgrammeText(text: string, root = 'programme'): ProgrammeRead {
  if (!text.trim()) return { ok: false, problems: [`${root}: the file is empty; expected a JSON object`] }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { ok: false, problems: [`${root}: not valid JSON (${(error as Error).message})`] }
  }
  return readProgramme(raw, root)
}

/**
 * The slide entries of a programme file that does not pass its check as a whole, when they are
 * well formed themselves: so that what they name can still be looked up in the report, and every
 * problem of the file told at once.
 */
export function programmeEntriesOf(text: string): ProgrammeEntry[] | undefined {
  try {
    const raw = JSON.parse(text) as { slides?: unknown } | null
    const entries = z.array(programmeEntrySchema).min(1).safeParse(raw?.slides)
    return entries.success ? entries.data : undefined
  } catch {
    return undefined
  }
}

/** Where a window can send itself (the desktop app loads it; a browser navigates). */
export const viewRequestSchema = z.strictObject({
  view: z.enum(['audience', 'prepare']),
  programme: programmeNameSchema.optional(),
})
export type ViewRequest = z.infer<typeof viewRequestSchema>

/** A programme file saved: where, or why not; null when the dialog was cancelled. */
export type ProgrammeSaved = { ok: true; path: string } | { ok: false; message: string } | null
/** A programme file opened, as text for the window to check; null when the dialog was cancelled. */
export type ProgrammeOpened = { ok: true; name: string; text: string } | { ok: false; message: string } | null

/**
 * Pages a programme's handout has, one per slide: its welcome, each chosen slide (a slide id, or
 * every slide of a part) and its closing. Entries the report does not have count nothing (the print
 * view reports them by name).
 */
export function programmePageCount(
  programme: Pick<Programme, 'slides'>,
  slides: readonly { id: string; section?: number }[],
): number {
  const chosen = programme.slides.reduce((sum, entry) => {
    if (typeof entry === 'string') return sum + (slides.some((s) => s.id === entry) ? 1 : 0)
    return sum + slides.filter((s) => s.section === entry.part).length
  }, 0)
  return chosen + 2
}
