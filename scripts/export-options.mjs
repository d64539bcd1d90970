// The pure half of `npm run export`: flags, output names, the print view's URL and how many pages
// each handout has. No file system, no browser.
import { basename, dirname, extname, join, resolve } from 'node:path'

export const langs = ['zh', 'en', 'bi']
export const handouts = ['slides', 'notes', 'bilingual']
const valueFlags = new Set(['lang', 'out', 'png', 'handout'])
const switchFlags = new Set(['appendix'])

export const usage = `Usage:
  npm run export -- --out=FILE.pdf [--lang=zh|en|bi] [--handout=slides|notes|bilingual] [--appendix]
  npm run export -- --png=DIR [--lang=zh|en|bi]

Exports the briefing from the built renderer (out/renderer; run \`npm run build\` first) through
headless Chromium's print pipeline.

  --out=FILE.pdf   write a PDF handout; ".pdf" is added when missing. An existing file is replaced
                   (the new one is written beside it and renamed into place, so a failed export
                   leaves the old file as it was). The folder must exist.
  --png=DIR        write one 1920×1080 image per slide, slide-01.png, slide-02.png, ... into DIR
                   (which must exist); existing images of the same names are replaced, all at once
                   at the end.
  --lang=zh|en|bi  language of the slides: Chinese (default), English, or bilingual (Chinese with
                   the English line under each heading and point).
  --handout=slides|notes|bilingual  (PDF only)
                   slides     one 16:9 page (13.333 × 7.5 in) per slide (default)
                   notes      one A4 landscape page per slide: the slide and its speaker notes
                              (both languages with --lang=bi)
                   bilingual  one 16:9 page per slide: the slide with its text in the other
                              language beside it (Chinese slide, English column unless --lang=en)
  --appendix       (PDF only) add the data appendix after the slides: every figure by part, its
                   value in both languages and the report's own sentence
  --help           show this text

Environment: CHROMIUM_PATH (default /usr/bin/chromium), BRIEFING_RENDERER_DIR (the built
renderer to export, default out/renderer).`

function splitArgs(argv) {
  const items = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) {
      items.push({ arg, name: undefined, value: undefined })
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    let value = eq === -1 ? undefined : arg.slice(eq + 1)
    if (value === undefined && valueFlags.has(name) && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--'))
      value = argv[++i]
    items.push({ arg, name, value })
  }
  return items
}

/** A name for PDFs: the given one with ".pdf" added when it has another or no extension. */
export function pdfFileName(file) {
  return extname(file).toLowerCase() === '.pdf' ? file : `${file}.pdf`
}

/**
 * `argv` without node and the script. Returns { ok: true, options } with
 * options = { help } or { format: 'pdf' | 'png', lang, handout, target }, or { ok: false, message }.
 */
export function parseExportArgs(argv) {
  if (argv.includes('--help') || argv.includes('-h')) return { ok: true, options: { help: true } }
  const seen = new Map()
  const fail = (message) => ({ ok: false, message })
  for (const item of splitArgs(argv)) {
    if (item.name === undefined) return fail(`unexpected argument "${item.arg}"; flags look like --lang=en`)
    if (switchFlags.has(item.name)) {
      if (item.value !== undefined) return fail(`--${item.name} takes no value`)
      if (seen.has(item.name)) return fail(`--${item.name} is given twice`)
      seen.set(item.name, true)
      continue
    }
    if (!valueFlags.has(item.name))
      return fail(`unknown flag --${item.name}; accepted: --out, --png, --lang, --handout, --appendix, --help`)
    if (seen.has(item.name)) return fail(`--${item.name} is given twice`)
    if (item.value === undefined || item.value === '')
      return fail(`--${item.name} needs a value, e.g. ${example[item.name]}`)
    seen.set(item.name, item.value)
  }
  const lang = seen.get('lang') ?? 'zh'
  if (!langs.includes(lang)) return fail(`--lang=${lang}: unknown language; accepted: ${langs.join(', ')}`)
  const handout = seen.get('handout')
  if (handout !== undefined && !handouts.includes(handout))
    return fail(`--handout=${handout}: unknown handout; accepted: ${handouts.join(', ')}`)
  const out = seen.get('out')
  const png = seen.get('png')
  if (out !== undefined && png !== undefined) return fail('give either --out=FILE.pdf or --png=DIR, not both')
  if (out === undefined && png === undefined)
    return fail('nothing to do: give --out=FILE.pdf or --png=DIR (see --help)')
  if (png !== undefined) {
    if (handout !== undefined) return fail('--handout applies to PDF export (--out) only; --png writes the slides')
    if (seen.has('appendix')) return fail('--appendix applies to PDF export (--out) only; --png writes the slides')
    return { ok: true, options: { format: 'png', lang, handout: 'slides', target: resolve(png) } }
  }
  const options = { format: 'pdf', lang, handout: handout ?? 'slides', target: resolve(pdfFileName(out)) }
  if (seen.has('appendix')) options.appendix = true
  return { ok: true, options }
}

const example = { lang: '--lang=en', out: '--out=briefing.pdf', png: '--png=slides', handout: '--handout=notes' }

/** Pages a handout has for a deck: one per slide in every variant (a notes page holds a slide and its notes). */
export function expectedPages(handout, slideCount) {
  if (!handouts.includes(handout)) throw new Error(`unknown handout ${handout}`)
  return slideCount
}

/** slide-01.png ... slide-35.png; wider numbers when there are 100 or more slides. */
export function slideImageName(n, total) {
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`bad slide number ${n}`)
  const width = Math.max(2, String(Math.max(total, n)).length)
  return `slide-${String(n).padStart(width, '0')}.png`
}

/** The print view's query: the whole handout, or one slide for an image. */
export function printQuery({ lang, handout, slide, appendix }) {
  const query = new URLSearchParams({ print: '1', lang })
  if (slide === undefined) query.set('handout', handout)
  else query.set('slide', String(slide))
  if (appendix && slide === undefined) query.set('appendix', '1')
  return `?${query}`
}

/** A temporary name beside `file`: same folder (so a rename is atomic), hidden, unique. */
export function tempNameBeside(file, tag) {
  return join(dirname(file), `.${basename(file)}.${tag}.tmp`)
}
