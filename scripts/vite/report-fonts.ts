// The bundled font cut down to the report. Noto Sans SC comes as about a hundred unicode-range
// files per weight; the opening slide alone touches a dozen of them (over 400 KiB in two weights).
// The build subsets those files to the characters the bundled report and the app's own text use,
// in two tiers: the opening slide's characters, preloaded, and the rest, loaded when a slide shows
// them. The faces form their own family, placed before Noto Sans SC in every font stack: a
// character outside them (another report, a typed search) falls through to the full font, whose
// stylesheet is loaded once the first slide is up.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import fontverter from 'fontverter'
import { Blob, Face } from 'harfbuzzjs'
import subsetFont from 'subset-font'
import type { Plugin } from 'vite'
import { appPackFiles, packFiles } from '../../src/content/files'
import { faceRules, unicodeRange } from './font-faces'
import { openingText } from './first-slide-preload'

export interface FaceSource {
  weight: string
  /** Stylesheets of the full font at this weight; their url()s are relative to them. */
  cssFiles: readonly string[]
}

export interface ReportText {
  /** What the opening slide shows, in every language: these faces are preloaded. */
  opening: string
  /** Everything else the report and the app may show. */
  rest: string
}

export interface GeneratedFaces {
  css: string
  /** Font files by name, as the CSS refers to them (same folder). */
  files: Map<string, Uint8Array>
}

// Bump when the generated files change shape, so that cached ones are not reused.
const layout = 3

// Control characters (a line break in a JSON string) are never drawn.
const drawn = (point: number) => point >= 0x20 && !(point >= 0x7f && point <= 0x9f)
const codePoints = (text: string) => new Set([...text].map((char) => char.codePointAt(0)!).filter(drawn))

interface SourceFile {
  path: string
  covers: (codePoint: number) => boolean
}

/** The characters a woff2 file holds, read from its character map. */
async function characterMap(woff2: Buffer): Promise<Set<number>> {
  const sfnt = await fontverter.convert(woff2, 'sfnt')
  return new Set(new Face(new Blob(new Uint8Array(sfnt)), 0).collectUnicodes())
}

/**
 * The full font's files at one weight that hold any of `needed`, each with what it covers. A
 * unicode-range says what a file is for, not always what it holds (a face cut to a character its
 * file lacks fails to load), so the file's map decides.
 */
async function sourceFiles(source: FaceSource, needed: ReadonlySet<number>): Promise<SourceFile[]> {
  const files: SourceFile[] = []
  for (const cssFile of source.cssFiles)
    for (const rule of faceRules(readFileSync(cssFile, 'utf8'))) {
      if (rule.weight !== source.weight) continue
      if (![...needed].some(rule.covers)) continue
      const path = join(dirname(cssFile), rule.file)
      const map = await characterMap(readFileSync(path))
      files.push({ path, covers: (point) => rule.covers(point) && map.has(point) })
    }
  return files
}

/**
 * `points` split among as few `files` as will hold them: each group the file covering most of what
 * is left. A character no file holds is left out.
 */
function fewestFiles(files: readonly SourceFile[], points: ReadonlySet<number>): Map<string, number[]> {
  const groups = new Map<string, number[]>()
  let left = [...points]
  for (;;) {
    let best: { path: string; points: number[] } | undefined
    for (const file of files) {
      const covered = left.filter(file.covers)
      if (covered.length > (best?.points.length ?? 0)) best = { path: file.path, points: covered }
    }
    if (!best) return groups
    groups.set(best.path, best.points)
    const taken = new Set(best.points)
    left = left.filter((point) => !taken.has(point))
  }
}

/**
 * @font-face rules for `family` and their woff2 files: for each weight and tier, the characters
 * taken from as few of the full font's files as hold them, each cut down to just those characters.
 * A character no source file holds is left to the fallback.
 */
export async function generateFaces(
  family: string,
  sources: readonly FaceSource[],
  text: ReportText,
): Promise<GeneratedFaces> {
  const opening = codePoints(text.opening)
  const rest = new Set([...codePoints(text.rest)].filter((point) => !opening.has(point)))
  const slug = family.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const rules: string[] = []
  const files = new Map<string, Uint8Array>()
  for (const source of sources) {
    const available = await sourceFiles(source, new Set([...opening, ...rest]))
    for (const [tier, points] of [
      ['opening', opening],
      ['rest', rest],
    ] as const) {
      let index = 0
      for (const [path, group] of fewestFiles(available, points)) {
        const subset = await subsetFont(readFileSync(path), String.fromCodePoint(...group), { targetFormat: 'woff2' })
        const name = `${slug}-${source.weight}-${tier}-${index++}.woff2`
        files.set(name, new Uint8Array(subset))
        rules.push(
          `@font-face{font-family:'${family}';font-style:normal;font-display:swap;font-weight:${source.weight};` +
            `src:url(./${name}) format('woff2');unicode-range:${unicodeRange(group)}}`,
        )
      }
    }
  }
  return {
    css: `/* ${family}: Noto Sans SC subset to the bundled report (SIL Open Font License). */\n${rules.join('\n')}\n`,
    files,
  }
}

/** Every string in a JSON value, in every language. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(allStrings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings)
  return []
}

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(path, extensions)
    return extensions.some((ext) => entry.name.endsWith(ext)) ? [path] : []
  })
}

// What Intl writes in Chinese for the app's numbers and dates, which no source file spells out.
const intlText = '0123456789.,:%+-−–万亿年月日时分秒星期周一二三四五六七上午下午'

/**
 * The text of a report pack (its JSON files) and of the renderer's source (its interface strings),
 * with the opening slide's text apart (and `alsoOpening`, what shows before it).
 */
export function reportText(contentDir: string, sourceDir: string, alsoOpening: string): ReportText {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(contentDir, name), 'utf8'))
  const files = new Map(appPackFiles.map((name) => [name, read(name)]))
  const [deck, pack] = [files.get(packFiles.deck), files.get(packFiles.pack)]
  const opening = [...['zh', 'en'].map((lang) => openingText(deck, pack, lang)), alsoOpening].join('')
  const source = filesUnder(sourceDir, ['.ts', '.svelte', '.html']).map((path) => readFileSync(path, 'utf8'))
  return { opening, rest: [...[...files.values()].flatMap(allStrings), ...source, intlText].join('') }
}

export interface ReportFontsOptions {
  family: string
  sources: readonly FaceSource[]
  text: () => ReportText
  /** Where the generated stylesheet and fonts are kept between builds. */
  cacheDir: string
}

/** Serves `virtual:report-fonts.css`: the generated faces, written to (and reused from) the cache. */
export function reportFonts(options: ReportFontsOptions): Plugin {
  const id = 'virtual:report-fonts.css'
  return {
    name: 'report-fonts',
    enforce: 'pre',
    async resolveId(source) {
      if (source !== id) return null
      const text = options.text()
      // The faces change only when a character comes or goes.
      const sorted = (chars: string) => [...codePoints(chars)].sort((a, b) => a - b)
      const key = createHash('sha256')
        .update(JSON.stringify([layout, options.family, options.sources, sorted(text.opening), sorted(text.rest)]))
        .digest('hex')
        .slice(0, 16)
      const dir = join(options.cacheDir, key)
      const cssFile = join(dir, 'report-fonts.css')
      if (!existsSync(cssFile)) {
        const faces = await generateFaces(options.family, options.sources, text)
        mkdirSync(dir, { recursive: true })
        for (const [name, bytes] of faces.files) writeFileSync(join(dir, name), bytes)
        writeFileSync(cssFile, faces.css)
      }
      return cssFile
    },
  }
}
