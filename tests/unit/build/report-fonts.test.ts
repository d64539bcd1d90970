// The faces the build cuts from Noto Sans SC for the bundled report.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import fontverter from 'fontverter'
import { Blob, Face } from 'harfbuzzjs'
import { describe, expect, it } from 'vitest'
import { faceRules, unicodeRange, unicodeRangeTest } from '../../../scripts/vite/font-faces'
import { generateFaces, reportFonts, reportText } from '../../../scripts/vite/report-fonts'

const family = 'Noto Sans SC Report'
// As the build takes them: the one-file Simplified Chinese set, then the unicode-range files.
const fullFont = (weight: string) => ({
  weight,
  cssFiles: [`chinese-simplified-${weight}.css`, `${weight}.css`].map((css) =>
    resolve(`node_modules/@fontsource/noto-sans-sc/${css}`),
  ),
})
// Characters the Simplified Chinese file lacks, which only unicode-range files hold.
const beyondSimplified = '龃龆'
const points = (text: string) => [...new Set([...text].map((char) => char.codePointAt(0)!))].sort((a, b) => a - b)

async function charactersIn(woff2: Uint8Array): Promise<number[]> {
  const sfnt = await fontverter.convert(Buffer.from(woff2), 'sfnt')
  return [...new Face(new Blob(new Uint8Array(sfnt)), 0).collectUnicodes()].sort((a, b) => a - b)
}

/** The code points the rules of one weight and tier declare, from the generated CSS. */
function declared(css: string, weight: string, tier: 'opening' | 'rest') {
  const all = points(`乌海公安局工作报告ABC2016😀${beyondSimplified}`)
  return faceRules(css)
    .filter((rule) => rule.weight === weight && rule.file.includes(`-${tier}-`))
    .flatMap((rule) => all.filter(rule.covers))
    .sort((a, b) => a - b)
}

describe('unicodeRange', () => {
  it('names single points and runs of consecutive points, in order and without repeats', () => {
    expect(unicodeRange([0x4e00, 0x43, 0x41, 0x42, 0x42])).toBe('U+41-43,U+4E00')
    const test = unicodeRangeTest(unicodeRange(points('乌海ABC')))
    expect(points('乌海ABC').every(test)).toBe(true)
    expect(test('D'.codePointAt(0)!)).toBe(false)
  })
})

describe('generateFaces', () => {
  it('splits the text into opening and rest faces per weight, each naming exactly its characters', async () => {
    const faces = await generateFaces(family, [fullFont('400'), fullFont('700')], {
      opening: '乌海2016',
      rest: '乌海公安局工作报告ABC',
    })
    const rules = faceRules(faces.css)
    expect(new Set(rules.map((rule) => rule.family))).toEqual(new Set([family]))
    for (const weight of ['400', '700']) {
      expect(declared(faces.css, weight, 'opening')).toEqual(points('乌海2016'))
      // What the opening faces hold is not repeated in the rest.
      expect(declared(faces.css, weight, 'rest')).toEqual(points('公安局工作报告ABC'))
    }
  })

  it('takes each tier from as few files as hold it, and what the first lacks from another', async () => {
    const faces = await generateFaces(family, [fullFont('700')], {
      opening: '乌海2016',
      rest: `公安局工作报告ABC${beyondSimplified}`,
    })
    const files = faceRules(faces.css).map((rule) => rule.file.replace(/-[0-9]+\.woff2$/, ''))
    expect(files.filter((file) => file.endsWith('-opening'))).toHaveLength(1)
    expect(files.filter((file) => file.endsWith('-rest'))).toHaveLength(2)
    expect(declared(faces.css, '700', 'rest')).toEqual(points(`公安局工作报告ABC${beyondSimplified}`))
  })

  it('writes files that hold the glyphs their rule declares, and nothing else', async () => {
    const text = { opening: '乌海', rest: `公安局工作报告${beyondSimplified}` }
    const faces = await generateFaces(family, [fullFont('700')], text)
    const rules = faceRules(faces.css)
    expect(rules.length).toBe(faces.files.size)
    const sample = points(text.opening + text.rest)
    for (const rule of rules) {
      const bytes = faces.files.get(rule.file.replace('./', ''))!
      expect(bytes, rule.file).toBeDefined()
      expect(await charactersIn(bytes)).toEqual(sample.filter(rule.covers))
      expect(bytes.byteLength).toBeLessThan(8 * 1024)
    }
  })

  it("makes no face for a control character, nor for one a file's range names but its map lacks", async () => {
    // U+2715 (✕) falls in a range of the full font's files, none of which has a glyph for it: a
    // face cut to it would fail to load. A line break comes from multi-line strings.
    const faces = await generateFaces(family, [fullFont('400')], { opening: '乌\n', rest: '\u2715\t海' })
    const rules = faceRules(faces.css)
    for (const point of [0x0a, 0x09, 0x2715])
      expect(
        rules.some((rule) => rule.covers(point)),
        `U+${point.toString(16)}`,
      ).toBe(false)
    expect(rules.some((rule) => rule.covers(0x4e4c)) && rules.some((rule) => rule.covers(0x6d77))).toBe(true)
    for (const rule of rules)
      expect((await charactersIn(faces.files.get(rule.file.replace('./', ''))!)).length).toBeGreaterThan(0)
  })

  it('leaves a character no file of the full font holds to the fallback', async () => {
    const faces = await generateFaces(family, [fullFont('400')], { opening: '😀', rest: '' })
    expect(faces.files.size).toBe(0)
    expect(faceRules(faces.css)).toEqual([])
  })
})

describe('reportText', () => {
  it('takes the opening slide apart from the rest of the pack and the interface source', () => {
    const source = mkdtempSync(join(tmpdir(), 'report-text-'))
    writeFileSync(join(source, 'Button.svelte'), "<button>{t('按钮')}</button>")
    const text = reportText(resolve('tests/fixtures/packs/example'), source, '加载')
    const deck = JSON.parse(readFileSync('tests/fixtures/packs/example/deck.json', 'utf8')) as {
      slides: Array<{ title: { zh: string; en: string } }>
    }
    const glossary = readFileSync('tests/fixtures/packs/example/glossary.json', 'utf8')
    expect(text.opening).toContain(deck.slides[0]!.title.zh)
    expect(text.opening).toContain(deck.slides[0]!.title.en)
    expect(text.opening).toContain('加载')
    expect(text.opening).not.toContain(deck.slides[1]!.title.zh)
    expect(text.rest).toContain(deck.slides[1]!.title.zh)
    expect(text.rest).toContain('按钮')
    const term = /"zh":\s*"([^"]+)"/.exec(glossary)![1]!
    expect(text.rest).toContain(term)
    // What Intl writes for Chinese numbers.
    expect(text.rest).toContain('万')
  })
})

describe('reportFonts', () => {
  it('serves the generated stylesheet from the cache, and reuses it while the characters stay the same', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'report-fonts-'))
    let rest = '公安局'
    const plugin = reportFonts({
      family,
      sources: [fullFont('400')],
      text: () => ({ opening: '乌海', rest }),
      cacheDir,
    })
    const resolveId = plugin.resolveId as (source: string) => Promise<string | null>
    expect(await resolveId('./other.css')).toBeNull()
    const first = await resolveId('virtual:report-fonts.css')
    expect(first).toMatch(/report-fonts\.css$/)
    expect(readFileSync(first!, 'utf8')).toContain(`font-family:'${family}'`)
    const written = statSync(first!).mtimeMs
    rest = '局安公公'
    expect(await resolveId('virtual:report-fonts.css')).toBe(first)
    expect(statSync(first!).mtimeMs).toBe(written)
    rest = '公安局工作'
    const second = await resolveId('virtual:report-fonts.css')
    expect(second).not.toBe(first)
    expect(declared(readFileSync(second!, 'utf8'), '400', 'rest')).toEqual(points('公安局工作'))
  })
})
