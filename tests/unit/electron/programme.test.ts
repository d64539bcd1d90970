import { hashPin } from '../../../electron/main/kiosk-pin'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { launchProgramme } from '../../../electron/main/programme'
import { openProgrammeFile, saveProgrammeFile, type ProgrammeFilePorts } from '../../../electron/main/programme-files'
import { parseArgs } from '../../../electron/main/cli'
import { rendererUrl } from '../../../electron/main/url'
import { defaultSettings, programmeFileName, type Programme } from '../../../src/contract'

const hebeiText = readFileSync('tests/fixtures/programmes/hebei.json', 'utf8')
const hebei = JSON.parse(hebeiText) as Programme
const files = (map: Record<string, string>) => ({
  exists: (path: string) => path in map,
  readText: (path: string) => {
    if (!(path in map)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' })
    return map[path]!
  },
})

describe('--programme on the desktop command line', () => {
  it('a file is read and checked; the windows open with its name', () => {
    const launched = launchProgramme('visit.json', files({ 'visit.json': hebeiText }))
    expect(launched).toEqual({ name: 'Hebei visit', programme: hebei, problems: [] })
    const options = { ...parseArgs(['--programme', 'visit.json']).options, programme: launched.name }
    expect(rendererUrl({ kind: 'audience' }, options, defaultSettings())).toBe(
      'app://briefing/index.html?programme=Hebei+visit',
    )
    expect(rendererUrl({ kind: 'presenter' }, options, defaultSettings())).toBe(
      'app://briefing/index.html?view=presenter&programme=Hebei+visit',
    )
  })

  it('the kiosk plays the programme', () => {
    const options = { ...parseArgs(['--kiosk', '--programme=Lobby loop']).options }
    const settings = { ...defaultSettings(), kiosk: { ...defaultSettings().kiosk, pinHash: hashPin('135790') } }
    const url = rendererUrl({ kind: 'audience' }, options, settings)
    expect(new URL(url).searchParams.get('programme')).toBe('Lobby loop')
    expect(new URL(url).searchParams.get('kiosk')).toBe('1')
  })

  it('a name is left to the renderer to find among the saved programmes', () => {
    expect(launchProgramme('Hebei visit', files({}))).toEqual({ name: 'Hebei visit', programme: null, problems: [] })
  })

  it('a missing or broken file is reported and the whole report runs', () => {
    const missing = launchProgramme('gone.json', files({}))
    expect(missing.name).toBeUndefined()
    expect(missing.problems[0]).toBe(
      '--programme=gone.json: the file cannot be read (ENOENT); running the whole report',
    )
    const broken = launchProgramme('bad.json', files({ 'bad.json': '{"name": "x", "minutes": 5}' }))
    expect(broken.name).toBeUndefined()
    expect(broken.problems).toContain('bad.json.delegation: expected object; it is missing')
  })
})

describe('programme files from the Prepare view', () => {
  const ports = (over: Partial<ProgrammeFilePorts> = {}) => {
    const written: Record<string, string> = {}
    const p: ProgrammeFilePorts = {
      chooseSave: async (name) => `/home/u/${name}`,
      chooseOpen: async () => '/home/u/visit.json',
      write: async (file, text) => void (written[file] = text),
      size: async () => hebeiText.length,
      read: async () => hebeiText,
      ...over,
    }
    return { p, written }
  }

  it('saves as JSON under the programme name, and opens a chosen file as text', async () => {
    const { p, written } = ports()
    expect(programmeFileName({ name: 'Visit: 3/15' })).toBe('Visit- 3-15.json')
    expect(await saveProgrammeFile(hebei, p)).toEqual({ ok: true, path: '/home/u/Hebei visit.json' })
    expect(JSON.parse(written['/home/u/Hebei visit.json']!)).toEqual(hebei)
    expect(await openProgrammeFile(p)).toEqual({ ok: true, name: 'visit.json', text: hebeiText })
  })

  it('a cancelled dialog does nothing; an oversized or unreadable file is refused with its name', async () => {
    expect(await saveProgrammeFile(hebei, ports({ chooseSave: async () => null }).p)).toBeNull()
    expect(await openProgrammeFile(ports({ chooseOpen: async () => null }).p)).toBeNull()
    expect(await openProgrammeFile(ports({ size: async () => 10_000_000 }).p)).toEqual({
      ok: false,
      message: 'visit.json: 10000000 bytes; a programme file is at most 262144',
    })
    const failing = ports({ write: async () => Promise.reject(Object.assign(new Error('x'), { code: 'EACCES' })) })
    expect(await saveProgrammeFile(hebei, failing.p)).toEqual({
      ok: false,
      message: 'cannot write /home/u/Hebei visit.json (EACCES)',
    })
  })
})
