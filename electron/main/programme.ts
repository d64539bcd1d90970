// `--programme=FILE` or `--programme=NAME`: a file is read and checked here, so that a bad one is
// reported before any window opens; a name is looked up by the renderer among the saved programmes.
import { parseProgrammeText, type Programme, type Settings } from '../../src/contract'

export interface LaunchProgramme {
  /** The name the windows are opened with (`?programme=NAME`); undefined runs the whole report. */
  name?: string
  /** The programme read from the file, which the renderer asks for (getProgramme). */
  programme: Programme | null
  problems: string[]
}

export interface ProgrammeFs {
  exists(path: string): boolean
  readText(path: string): string
}

/** A value naming a file rather than a saved programme: it ends in .json or holds a path separator. */
export function looksLikeFile(value: string, fs: Pick<ProgrammeFs, 'exists'>): boolean {
  return /\.json$/i.test(value) || /[\\/]/.test(value) || fs.exists(value)
}

export function launchProgramme(value: string | undefined, fs: ProgrammeFs): LaunchProgramme {
  if (value === undefined) return { programme: null, problems: [] }
  if (!looksLikeFile(value, fs)) return { name: value, programme: null, problems: [] }
  let text: string
  try {
    text = fs.readText(value)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      programme: null,
      problems: [
        `--programme=${value}: the file cannot be read (${code ?? (error as Error).message}); running the whole report`,
      ],
    }
  }
  const read = parseProgrammeText(text, value)
  if (!read.ok)
    return { programme: null, problems: [...read.problems, `--programme=${value}: running the whole report`] }
  return { name: read.programme.name, programme: read.programme, problems: [] }
}

/** The programme the app runs: the file it was started with, or the saved one of that name; none for the whole report. */
export function runningProgramme(
  ctx: { options: { programme?: string }; launched: LaunchProgramme },
  settings: Pick<Settings, 'programmes'>,
): Programme | undefined {
  const name = ctx.options.programme
  if (name === undefined) return undefined
  if (ctx.launched.programme?.name === name) return ctx.launched.programme
  return settings.programmes.find((p) => p.name === name)
}
