// The glossary for search. It only adds to what search finds, so a missing or broken file is a
// warning naming the file and the field, and search carries on without it.
import { packFiles } from '../content/files'
import { fetchContent, type ReadText } from '../content/load'
import type { Glossary } from '../content/schema'

export type GlossaryLoad = { ok: true; glossary: Glossary } | { ok: false; problems: string[] }

export async function loadGlossary(read: ReadText = fetchContent): Promise<GlossaryLoad> {
  const name = packFiles.glossary
  let raw: unknown
  try {
    raw = JSON.parse(await read(name))
  } catch (error) {
    return { ok: false, problems: [`${name}: could not be read (${(error as Error).message}); search leaves it out`] }
  }
  // Loaded with the glossary: the schemas are not needed before the first slide.
  const [{ glossary: glossarySchema }, { formatPath }] = await Promise.all([
    import('../content/schema'),
    import('../content/validate'),
  ])
  const result = glossarySchema.safeParse(raw)
  if (result.success) return { ok: true, glossary: result.data }
  return {
    ok: false,
    problems: result.error.issues.map(
      (issue) =>
        `${name}: ${formatPath(issue.path) || '(top level)'}: ${issue.message}; search leaves the glossary out`,
    ),
  }
}
