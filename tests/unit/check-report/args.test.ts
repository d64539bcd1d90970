import { describe, expect, it } from 'vitest'
import { parseCheckArgs, type FolderState } from '../../../scripts/check-report/args'

const folders: Record<string, FolderState> = { '/work/pack': 'folder', '/work/pack.json': 'file' }
const parse = (...argv: string[]) => parseCheckArgs(argv, { cwd: '/work', state: (path) => folders[path] ?? 'missing' })

describe('the checker’s command line', () => {
  it('takes a folder, relative to where the command was typed, and renders by default', () => {
    expect(parse('pack')).toEqual({ ok: true, help: false, dir: '/work/pack', json: false, render: true })
    expect(parse('--json', '/work/pack', '--no-render')).toEqual({
      ok: true,
      help: false,
      dir: '/work/pack',
      json: true,
      render: false,
    })
  })

  it('says what is wrong: no folder, a missing one, a file, an unknown flag, a second folder', () => {
    expect(parse()).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^missing DIR, the report pack's folder; usage:/)],
    })
    expect(parse('nowhere')).toEqual({
      ok: false,
      problems: ["nowhere: no such folder; expected a report pack's folder"],
    })
    expect(parse('pack.json')).toEqual({
      ok: false,
      problems: ["pack.json: is a file; expected a report pack's folder"],
    })
    expect(parse('pack', '--render=no')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^--render: unknown option; usage: npm run check-report -- DIR/)],
    })
    expect(parse('pack', 'other')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^other: unexpected argument; give one pack folder/)],
    })
    expect(parse('pack', '--json=yes')).toEqual({
      ok: false,
      problems: ['--json=yes: --json takes no value; write just --json'],
    })
  })

  it('answers --help without a folder', () => {
    expect(parse('--help')).toEqual({ ok: true, help: true })
  })
})
