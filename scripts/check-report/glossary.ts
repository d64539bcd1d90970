// The glossary's terms are translated the same way everywhere: where a term's Chinese appears in a
// text, the English of that text uses the glossary's English for it.
import { glossary as glossarySchema, type Glossary } from '../../src/content/schema'
import { formatPath, type ContentFile } from '../../src/content/validate'
import { warning, type CheckResult, type Finding } from './findings'
import type { TextRef } from './texts'

/** Checks a glossary file the way the pack's other files are checked: one message per problem, naming file and path. */
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
    if (issue.code === 'unrecognized_keys') return `unexpected field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
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

/** English forms accepted for a term besides the glossary's own, by the term's Chinese. */
export type Variants = Readonly<Record<string, readonly string[]>>

/** Each text that has a term's Chinese without its English (or an accepted variant), with what it lacks. */
function termProblems(texts: readonly TextRef[], terms: Glossary['terms'], accepted: Variants) {
  const out: Array<{ path: string; message: string }> = []
  for (const { path, text } of texts)
    for (const term of terms) {
      if (!text.zh.includes(term.zh)) continue
      const en = text.en.toLowerCase()
      const forms = [term.en, ...(term.variants ?? []), ...(accepted[term.zh] ?? [])]
      if (!forms.some((form) => en.includes(form.toLowerCase())))
        out.push({ path, message: `has 「${term.zh}」 but the English lacks "${term.en}": ${text.en}` })
    }
  return out
}

/** One message per text that has a term's Chinese without its English (or an accepted variant). */
export function glossaryViolations(
  texts: readonly TextRef[],
  terms: Glossary['terms'],
  accepted: Variants = {},
): string[] {
  return termProblems(texts, terms, accepted).map(({ path, message }) => `${path}: ${message}`)
}

/** Inconsistent terms are warnings: the English may say the same in another form, which a person judges. */
export function checkGlossary(
  texts: readonly TextRef[],
  terms: Glossary['terms'],
  accepted: Variants = {},
): CheckResult {
  const findings: Finding[] = termProblems(texts, terms, accepted).map(({ path, message }) => warning(path, message))
  const used = terms.filter((term) => texts.some(({ text }) => text.zh.includes(term.zh))).length
  return {
    id: 'glossary',
    ran: true,
    detail: `${terms.length} terms, ${used} used, in ${texts.length} texts`,
    findings,
  }
}
