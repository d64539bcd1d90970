import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain .mjs script without type declarations
import { parseExportArgs, programmePageCount, usage } from '../../../scripts/export-options.mjs'

describe('parseExportArgs', () => {
  it('adds the data appendix to a PDF handout with --appendix, a switch without a value', () => {
    expect(parseExportArgs(['--out=a.pdf', '--appendix'])).toMatchObject({ ok: true, options: { appendix: true } })
    expect(parseExportArgs(['--out=a.pdf'])).not.toMatchObject({ options: { appendix: true } })
    expect(parseExportArgs(['--out=a.pdf', '--appendix=yes'])).toEqual({
      ok: false,
      message: '--appendix takes no value',
    })
    expect(parseExportArgs(['--png=dir', '--appendix'])).toMatchObject({
      ok: false,
      message: /PDF export \(--out\) only/,
    })
  })

  it('reads a PDF export with its language and handout, in either flag form', () => {
    expect(parseExportArgs(['--lang=en', '--out=brief.pdf', '--handout=notes'])).toEqual({
      ok: true,
      options: { format: 'pdf', lang: 'en', handout: 'notes', target: resolve('brief.pdf') },
    })
    expect(parseExportArgs(['--lang', 'bi', '--out', 'a/b.pdf'])).toEqual({
      ok: true,
      options: { format: 'pdf', lang: 'bi', handout: 'slides', target: resolve('a/b.pdf') },
    })
  })

  it('defaults to Chinese slides and adds .pdf to a name without it', () => {
    expect(parseExportArgs(['--out=handout'])).toMatchObject({
      ok: true,
      options: { lang: 'zh', handout: 'slides', target: resolve('handout.pdf') },
    })
    expect(parseExportArgs(['--out=HANDOUT.PDF']).options.target).toBe(resolve('HANDOUT.PDF'))
  })

  it('reads a PNG export into a folder', () => {
    expect(parseExportArgs(['--lang=zh', '--png=shots'])).toEqual({
      ok: true,
      options: { format: 'png', lang: 'zh', handout: 'slides', target: resolve('shots') },
    })
  })

  it('answers --help wherever it is, before checking anything else', () => {
    expect(parseExportArgs(['--colour=red', '--help'])).toEqual({ ok: true, options: { help: true } })
    expect(parseExportArgs(['-h', '--lang=xx'])).toEqual({ ok: true, options: { help: true } })
    expect(usage).toMatch(/--handout=slides\|notes\|bilingual/)
    expect(usage).toMatch(/existing file is replaced/i)
  })

  it.each([
    [
      ['--out=a.pdf', '--colour=red'],
      /unknown flag --colour; accepted: --out, --png, --lang, --handout, --programme, --report, --appendix, --help/,
    ],
    [['--out=a.pdf', '--lang=fr'], /--lang=fr: unknown language; accepted: zh, en, bi/],
    [['--out=a.pdf', '--handout=poster'], /--handout=poster: unknown handout; accepted: slides, notes, bilingual/],
    [['--out=a.pdf', '--png=dir'], /either --out=FILE.pdf or --png=DIR, not both/],
    [['--lang=en'], /nothing to do: give --out=FILE.pdf or --png=DIR/],
    [['--png=dir', '--handout=notes'], /--handout applies to PDF export/],
    [['--out=a.pdf', '--out=b.pdf'], /--out is given twice/],
    [['--out'], /--out needs a value, e.g. --out=briefing.pdf/],
    [['--out', '--lang=en'], /--out needs a value, e.g. --out=briefing.pdf/],
    [['--out=a.pdf', '--lang='], /--lang needs a value/],
    [['a.pdf'], /unexpected argument "a.pdf"/],
  ])('rejects %j with a message naming the problem', (argv, message) => {
    const result = parseExportArgs(argv)
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(message)
  })
})

describe('another report pack', () => {
  it('takes --report=DIR as an absolute folder, for PDFs and images alike', () => {
    const pdf = parseExportArgs(['--report=reports/2017', '--out=a.pdf'])
    expect(pdf.ok && pdf.options.report).toMatch(/^\/.*\/reports\/2017$/)
    const png = parseExportArgs(['--png=dir', '--report', 'reports/2017'])
    expect(png.ok && png.options.report).toMatch(/\/reports\/2017$/)
    expect(parseExportArgs(['--out=a.pdf', '--report']).message).toMatch(
      /--report needs a value, e.g. --report=reports\/2017/,
    )
  })
})

describe('a programme handout', () => {
  it('takes --programme=FILE and counts the welcome, the chosen slides and the closing', () => {
    const parsed = parseExportArgs(['--programme', 'visit.json', '--out=visit.pdf', '--lang=en'])
    expect(parsed.ok && parsed.options.programme).toMatch(/\/visit\.json$/)
    const slides = [{ id: 'a' }, { id: 'b', section: 3 }, { id: 'c', section: 3 }, { id: 'd', section: 5 }]
    expect(programmePageCount({ slides: [{ part: 3 }, 'd'] }, slides)).toBe(5)
  })
})
