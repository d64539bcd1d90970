// Reads a report pack from a folder on disk and checks it, the way the app will load it: the same
// files, the same messages. Used by the desktop app (--report, File → Open report…), the web
// edition, the export and the pack checker.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { packFiles } from '../../src/content/pack'
import { validatePack, type ContentFile, type Validation } from '../../src/content/validate'

export type ReadFile = (path: string) => string

/** The folder of the report pack that ships with the app. */
export function bundledPackDir(appRoot: string): string {
  return join(appRoot, 'resources', 'content')
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return 'missing'
  if (code === 'EISDIR') return 'is a folder, expected a file'
  return `could not be read (${(error as Error)?.message ?? error})`
}

/** A folder laid out before packs had a pack.json: its deck.json still carries the title. */
function looksUnpacked(deckText: string | undefined): boolean {
  try {
    return deckText !== undefined && 'title' in (JSON.parse(deckText) as object)
  } catch {
    return false
  }
}

/** Reads and checks the pack in `dir`; problems name the folder's file and field. */
export function readPack(dir: string, read: ReadFile = (path) => readFileSync(path, 'utf8')): Validation {
  const folder = resolve(dir)
  const names = [packFiles.pack, packFiles.deck, packFiles.figures] as const
  const texts = new Map<string, string>()
  const problems: string[] = []
  for (const name of names) {
    try {
      texts.set(name, read(join(folder, name)))
    } catch (error) {
      problems.push(`${name}: ${readError(error)}`)
    }
  }
  if (problems.length) {
    if (!texts.has(packFiles.deck) && !texts.has(packFiles.pack) && !texts.has(packFiles.figures))
      return { ok: false, problems: [`${folder}: no report pack here; expected ${names.join(', ')} in the folder`] }
    if (!texts.has(packFiles.pack) && looksUnpacked(texts.get(packFiles.deck)))
      problems.push(
        `${packFiles.pack}: this folder is laid out as before report packs (deck.json carries the title); ` +
          `move title, organisation, credit and plannedMinutes into a pack.json of format 1`,
      )
    return { ok: false, problems }
  }
  const file = (name: string): ContentFile => ({ name, text: texts.get(name)! })
  return validatePack({ pack: file(packFiles.pack), deck: file(packFiles.deck), figures: file(packFiles.figures) })
}
