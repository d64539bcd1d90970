import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  expectedPages,
  parseExportArgs,
  pdfFileName,
  printQuery,
  slideImageName,
  tempNameBeside,
  usage,
  // @ts-expect-error plain ESM helper without types
} from '../../../scripts/export-options.mjs'

describe('parseExportArgs', () => {
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
    expect(printQuery({ lang: 'en', handout: 'notes', appendix: true })).toBe(
      '?print=1&lang=en&handout=notes&appendix=1',
    )
    expect(printQuery({ lang: 'en', handout: 'slides', slide: 3, appendix: true })).toBe('?print=1&lang=en&slide=3')
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
      /unknown flag --colour; accepted: --out, --png, --lang, --handout, --appendix, --help/,
    ],
    [['--out=a.pdf', '--lang=fr'], /--lang=fr: unknown language; accepted: zh, en, bi/],
    [['--out=a.pdf', '--handout=poster'], /--handout=poster: unknown handout; accepted: slides, notes, bilingual/],
    [['--out=a.pdf', '--png=dir'], /either --out=FILE.pdf or --png=DIR, not both/],
    [['--lang=en'], /nothing to do: give --out=FILE.pdf or --png=DIR/],
    [['--png=dir', '--handout=notes'], /--handout applies to PDF export/],
    [['--out=a.pdf', '--out=b.pdf'], /--out is given twice/],
    [['--out'], /--out needs a value, e.g. --out=briefing.pdf/],
    [['--out=a.pdf', '--lang='], /--lang needs a value/],
    [['a.pdf'], /unexpected argument "a.pdf"/],
  ])('rejects %j with a message naming the problem', (argv, message) => {
    const result = parseExportArgs(argv)
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(message)
  })
})

describe('output names and pages', () => {
  it('adds .pdf only when the name lacks it', () => {
    expect(pdfFileName('x.pdf')).toBe('x.pdf')
    expect(pdfFileName('x.Pdf')).toBe('x.Pdf')
    expect(pdfFileName('x')).toBe('x.pdf')
    expect(pdfFileName('x.png')).toBe('x.png.pdf')
  })

  it('numbers slide images with at least two digits, more for long decks', () => {
    expect(slideImageName(1, 35)).toBe('slide-01.png')
    expect(slideImageName(35, 35)).toBe('slide-35.png')
    expect(slideImageName(7, 120)).toBe('slide-007.png')
    expect(() => slideImageName(0, 35)).toThrow(/bad slide number/)
  })

  it('expects one page per slide in every handout', () => {
    expect(expectedPages('slides', 35)).toBe(35)
    expect(expectedPages('notes', 35)).toBe(35)
    expect(expectedPages('bilingual', 7)).toBe(7)
    expect(() => expectedPages('poster', 7)).toThrow(/unknown handout/)
  })

  it('asks the print view for a handout, or for one slide as an image', () => {
    expect(printQuery({ lang: 'bi', handout: 'notes' })).toBe('?print=1&lang=bi&handout=notes')
    expect(printQuery({ lang: 'en', handout: 'slides', slide: 3 })).toBe('?print=1&lang=en&slide=3')
  })

  it('puts temporary files beside the target, hidden', () => {
    expect(tempNameBeside('/out/brief.pdf', '12-ab')).toBe('/out/.brief.pdf.12-ab.tmp')
  })
})
