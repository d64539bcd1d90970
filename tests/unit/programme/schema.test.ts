import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  parseProgrammeText,
  programmeDigest,
  programmeEntriesOf,
  readProgramme,
  readSettings,
  applySettingsPatch,
  defaultSettings,
  type Programme,
} from '../../../src/contract'

const hebeiText = readFileSync('tests/fixtures/programmes/hebei.json', 'utf8')
const hebei = JSON.parse(hebeiText) as Programme

describe('programme schema', () => {
  it('accepts the documented example as it is', () => {
    const read = parseProgrammeText(hebeiText)
    expect(read).toEqual({ ok: true, programme: hebei })
  })

  it('names every problem by its path and what was expected', () => {
    const read = readProgramme({
      ...hebei,
      date: '2027-02-30',
      lang: 'fr',
      minutes: 0,
      slides: [{ part: 3 }, 'Part 5', { part: 'three' }],
      extra: true,
    })
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.problems).toEqual(
      expect.arrayContaining([
        'programme: unexpected field(s) "extra"',
        'programme.date: expected a real calendar date',
        expect.stringMatching(/^programme\.lang: expected one of "zh", "en", "bi"; found "fr"$/),
        'programme.minutes: expected at least 1 minute',
        'programme.slides[1]: expected a slide id such as "part-5-smart"',
        expect.stringMatching(/^programme\.slides\[2\]: /),
      ]),
    )
    expect(read.problems).toHaveLength(6)
  })

  it('requires the delegation in both languages, within what the welcome slide lays out', () => {
    const missing = readProgramme({ ...hebei, delegation: { zh: '河北省公安厅考察团' } })
    expect(missing.ok || missing.problems).toEqual(['programme.delegation.en: expected string; it is missing'])
    const long = readProgramme({ ...hebei, delegation: { zh: '长'.repeat(41), en: 'x'.repeat(100) } })
    expect(long.ok || long.problems).toEqual(['programme.delegation.zh: expected at most 40 characters'])
    expect(readProgramme({ ...hebei, delegation: { zh: '长'.repeat(40), en: 'x'.repeat(100) } }).ok).toBe(true)
  })

  it('plans 1 to 600 minutes', () => {
    expect(readProgramme({ ...hebei, minutes: 0.001 }).ok).toBe(false)
    expect(readProgramme({ ...hebei, minutes: 601 }).ok).toBe(false)
    expect(readProgramme({ ...hebei, minutes: 1 }).ok).toBe(true)
    expect(readProgramme({ ...hebei, minutes: 600 }).ok).toBe(true)
  })

  it('reads the slide entries of a file that is broken elsewhere, and none that are malformed', () => {
    const broken = JSON.stringify({ ...hebei, lang: 'fr', slides: [{ part: 3 }, 'part-11-x'] })
    expect(programmeEntriesOf(broken)).toEqual([{ part: 3 }, 'part-11-x'])
    expect(programmeEntriesOf(JSON.stringify({ ...hebei, slides: [{ part: 'three' }] }))).toBeUndefined()
    expect(programmeEntriesOf(JSON.stringify({ ...hebei, slides: [] }))).toBeUndefined()
    expect(programmeEntriesOf('not json')).toBeUndefined()
    expect(programmeEntriesOf('null')).toBeUndefined()
  })

  it('tells an empty file, bad JSON and an empty programme apart', () => {
    expect(parseProgrammeText('  ', 'visit.json')).toEqual({
      ok: false,
      problems: ['visit.json: the file is empty; expected a JSON object'],
    })
    const bad = parseProgrammeText('{ "name": ', 'visit.json')
    expect(bad.ok || bad.problems[0]).toMatch(/^visit\.json: not valid JSON \(/)
    const empty = readProgramme({ ...hebei, slides: [] })
    expect(empty.ok || empty.problems).toEqual(['programme.slides: expected at least one slide or part'])
  })

  it('fingerprints a programme by its content, whatever the order of its fields', () => {
    const reordered = Object.fromEntries(Object.entries(hebei).reverse()) as Programme
    expect(programmeDigest(reordered)).toBe(programmeDigest(hebei))
    expect(programmeDigest({ ...hebei, minutes: 13 })).not.toBe(programmeDigest(hebei))
    expect(programmeDigest(hebei)).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('programmes in the settings', () => {
  it('are a renderer-owned field, kept by unique name', () => {
    const saved = applySettingsPatch(defaultSettings(), { programmes: [hebei] })
    expect(saved.problems).toEqual([])
    expect(saved.settings.programmes).toEqual([hebei])
    const twice = applySettingsPatch(saved.settings, { programmes: [hebei, { ...hebei, minutes: 30 }] })
    expect(twice.settings.programmes).toEqual([hebei])
    expect(twice.problems).toEqual(['patch: programmes[1]: a second programme named "Hebei visit"; left out'])
  })

  it('read from a file: a broken programme leaves out only itself, a broken list the defaults', () => {
    const read = readSettings({ programmes: [{ name: 'x' }, hebei] }, 'settings.json')
    expect(read.settings.programmes).toEqual([hebei])
    expect(read.problems).toEqual([
      'settings.json: programmes[0].delegation: expected object; it is missing; this programme is left out',
    ])
    const notList = readSettings({ programmes: 'Hebei' }, 'settings.json')
    expect(notList.settings.programmes).toEqual([])
    expect(notList.problems).toEqual([expect.stringMatching(/^settings\.json: field "programmes" must be a list/)])
  })
})
