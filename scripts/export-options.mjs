// The pure half of `npm run export`: its flags (read by node:util parseArgs, see
// electron/main/flags.ts). Languages, handouts, file names and the print view's URLs come from the
// contract and the shared export pipeline, loaded through jiti.
import { resolve } from 'node:path'
import { createJiti } from 'jiti'

const jiti = createJiti(import.meta.url)
const contract = await jiti.import('../src/contract/index.ts')
const { handoutVariants, startLanguages } = contract
const { choice, path, scanFlags, switchFlag, valueFlag } = await jiti.import('../electron/main/flags.ts')
const { withPdfExtension } = await jiti.import('../electron/main/export/plan.ts')

const accepted = (values) => `accepted: ${values.join(', ')}`

const flags = {
  out: valueFlag('expected a file name', path),
  png: valueFlag('expected a folder', path),
  lang: valueFlag(accepted(startLanguages), choice(startLanguages, 'unknown language')),
  handout: valueFlag(accepted(handoutVariants), choice(handoutVariants, 'unknown handout')),
  programme: valueFlag('expected a programme file, e.g. --programme=visit.json', path),
  report: valueFlag('expected the folder of a report pack, e.g. --report=reports/2017', path),
  appendix: switchFlag,
}

export const usage = `Usage:
  npm run export -- --out=FILE.pdf [--lang=${startLanguages.join('|')}] [--handout=${handoutVariants.join('|')}]
  npm run export -- --png=DIR [--lang=${startLanguages.join('|')}]

Exports the briefing from the built renderer (out/renderer; run \`npm run build\` first) through
headless Chromium's print pipeline.

  --out=FILE.pdf   write a PDF handout; ".pdf" is added when missing. An existing file is replaced
                   (the new one is written beside it and renamed into place, so a failed export
                   leaves the old file as it was). The folder must exist.
  --png=DIR        write one 1920×1080 image per slide, slide-01.png, slide-02.png, ... into DIR
                   (which must exist); existing images of the same names are replaced, all at once
                   at the end.
  --lang=${startLanguages.join('|')}  language of the slides: Chinese (default), English, or bilingual (Chinese with
                   the English line under each heading and point).
  --handout=${handoutVariants.join('|')}  (PDF only)
                   slides     one 16:9 page (13.333 × 7.5 in) per slide (default)
                   notes      one A4 landscape page per slide: the slide and its speaker notes
                              (both languages with --lang=bi)
                   bilingual  one 16:9 page per slide: the slide with its text in the other
                              language beside it (Chinese slide, English column unless --lang=en)
  --appendix       (PDF only) add the data appendix after the slides: every figure by part, its
                   value in both languages and the report's own sentence
  --programme=FILE a visit programme (JSON, see the README): the handout has its welcome page, the
                   chosen slides in the programme's order and its closing page
  --report=DIR     export the report pack in DIR (see docs/report-pack.md) instead of the bundled
                   report; it is checked first, and a pack with problems exports nothing
  --help           show this text

Environment: CHROMIUM_PATH (default /usr/bin/chromium), BRIEFING_RENDERER_DIR (the built
renderer to export, default out/renderer).`

const example = {
  lang: '--lang=en',
  out: '--out=briefing.pdf',
  png: '--png=slides',
  handout: '--handout=notes',
  programme: '--programme=visit.json',
  report: '--report=reports/2017',
}

/**
 * `argv` without node and the script. Returns { ok: true, options } with
 * options = { help } or { format: 'pdf' | 'png', lang, handout, target }, or { ok: false, message }.
 */
export function parseExportArgs(argv) {
  if (argv.includes('--help') || argv.includes('-h')) return { ok: true, options: { help: true } }
  const seen = new Map()
  const fail = (message) => ({ ok: false, message })
  for (const token of scanFlags(argv, flags)) {
    if (token.kind === 'argument') return fail(`unexpected argument "${token.arg}"; flags look like --lang=en`)
    if (token.kind === 'unknown')
      return fail(
        `unknown flag --${token.name}; accepted: ${[...Object.keys(flags), 'help'].map((f) => `--${f}`).join(', ')}`,
      )
    if (seen.has(token.name)) return fail(`--${token.name} is given twice`)
    if (!flags[token.name].value) {
      if (token.value !== undefined) return fail(`--${token.name} takes no value`)
      seen.set(token.name, true)
      continue
    }
    if (!token.value) return fail(`--${token.name} needs a value, e.g. ${example[token.name]}`)
    seen.set(token.name, token.value)
  }
  const appendix = seen.delete('appendix')
  const values = {}
  for (const [name, text] of seen) {
    const reading = flags[name].read(text)
    if (!reading.ok) return fail(`--${name}=${text}: ${reading.why}; ${flags[name].hint}`)
    values[name] = reading.value
  }
  const { lang = 'zh', handout, out, png } = values
  const programme = {
    ...(values.programme !== undefined && { programme: resolve(values.programme) }),
    ...(values.report !== undefined && { report: resolve(values.report) }),
  }
  if (out !== undefined && png !== undefined) return fail('give either --out=FILE.pdf or --png=DIR, not both')
  if (out === undefined && png === undefined)
    return fail('nothing to do: give --out=FILE.pdf or --png=DIR (see --help)')
  if (png !== undefined) {
    if (handout !== undefined) return fail('--handout applies to PDF export (--out) only; --png writes the slides')
    if (appendix) return fail('--appendix applies to PDF export (--out) only; --png writes the slides')
    return { ok: true, options: { format: 'png', lang, handout: 'slides', target: resolve(png), ...programme } }
  }
  return {
    ok: true,
    options: {
      format: 'pdf',
      lang,
      handout: handout ?? 'slides',
      target: resolve(withPdfExtension(out)),
      ...programme,
      ...(appendix && { appendix: true }),
    },
  }
}

/** Pages of a programme's handout (the contract's rule, shared with the desktop app). */
export const programmePageCount = contract.programmePageCount
