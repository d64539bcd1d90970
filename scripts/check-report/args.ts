// The checker's command line: `npm run check-report -- DIR [--json] [--no-render]`.
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { readTokens, scanFlags, switchFlag, type FlagTable } from '../../electron/main/flags'

export const usage = 'usage: npm run check-report -- DIR [--json] [--no-render]'

const flags: FlagTable = { json: switchFlag, 'no-render': switchFlag, help: switchFlag }

export type CheckArgs =
  | { ok: true; help: true }
  | { ok: true; help: false; dir: string; json: boolean; render: boolean }
  | { ok: false; problems: string[] }

export type FolderState = 'folder' | 'file' | 'missing'

export function folderState(path: string): FolderState {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file'
  } catch {
    return 'missing'
  }
}

/** Reads the arguments; DIR is taken relative to `cwd` (where the person ran npm). */
export function parseCheckArgs(
  argv: readonly string[],
  { cwd = process.cwd(), state = folderState }: { cwd?: string; state?: (path: string) => FolderState } = {},
): CheckArgs {
  const tokens = scanFlags(argv, flags)
  const words = tokens.flatMap((t) => (t.kind === 'argument' ? [t.arg] : []))
  const read = readTokens(
    tokens.filter((t) => t.kind !== 'argument'),
    flags,
    usage,
  )
  const problems = [...read.problems]
  if (read.values.help && !problems.length) return { ok: true, help: true }
  const [dir, ...extra] = words
  for (const word of extra) problems.push(`${word}: unexpected argument; give one pack folder; ${usage}`)
  if (dir?.startsWith('-')) problems.push(`${dir}: unknown option; ${usage}`)
  else if (dir === undefined) problems.push(`missing DIR, the report pack's folder; ${usage}`)
  else {
    const folder = resolve(cwd, dir)
    const found = state(folder)
    if (found === 'missing') problems.push(`${dir}: no such folder; expected a report pack's folder`)
    if (found === 'file') problems.push(`${dir}: is a file; expected a report pack's folder`)
  }
  if (problems.length || dir === undefined) return { ok: false, problems }
  return {
    ok: true,
    help: false,
    dir: resolve(cwd, dir),
    json: Boolean(read.values.json),
    render: !read.values['no-render'],
  }
}
