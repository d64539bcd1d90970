// `npm run check-report` as its user runs it: a child process on the example pack (rendered in
// Chromium) and on broken copies (without rendering), and the render check finding overflowing text.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { checkRender, stopsOf } from '../../scripts/check-report/render'
import { launchChromium } from '../../scripts/chromium.mjs'
import { serve } from '../../scripts/serve.mjs'
import { deck as deckSchema } from '../../src/content/schema'
import { copyExample, editJson, examplePack, plant, removeCopies } from '../unit/check-report/plant'

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function checkReport(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/check-report.mjs', ...args],
      { cwd: process.cwd(), env: { ...process.env, INIT_CWD: process.cwd() }, timeout: 300_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error.code as number | null) ?? null) : 0, stdout, stderr }),
    )
  })
}

afterEach(removeCopies)

describe('npm run check-report', () => {
  it('passes the example pack, rendered in zh, en and bi at 1024×768 and 1920×1080', async () => {
    const run = await checkReport('tests/fixtures/packs/example')
    expect(run.stderr).not.toMatch(/error/i)
    expect(run.code).toBe(0)
    for (const check of [
      'Files and schema',
      'Numbers of the source covered',
      'Figures in their source',
      'Every text translated',
      'Glossary used consistently',
      'Charts fit their visual',
      'Rendered in Chromium',
    ])
      expect(run.stdout).toMatch(new RegExp(`^${check} +ok `, 'm'))
    const stops = stopsOf(deckSchema.parse(JSON.parse(readFileSync(join(examplePack, 'deck.json'), 'utf8')))).length
    expect(run.stdout).toContain(`zh, en, bi at 1024×768, 1920×1080: ${stops * 6} of ${stops * 6} stops measured`)
    expect(run.stdout).toMatch(/\n0 errors, 0 warnings\. The pack is fit to present\.\n$/)
    // progress goes to stderr, leaving the table alone
    for (const pass of ['zh 1024×768', 'en 1920×1080', 'bi 1920×1080'])
      expect(run.stderr).toContain(`rendering ${pass}: ${stops}/${stops}`)
    expect(run.stdout).not.toContain('rendering')
  }, 300_000)

  it('fails a copy with an uncovered number, a changed figure and an untranslated text, naming each', async () => {
    const dir = copyExample()
    plant.uncoveredNumber(dir)
    plant.changedFigureValue(dir)
    plant.untranslatedText(dir)
    const run = await checkReport(dir, '--no-render')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^error +numbers +source\.zh\.txt: line 7 +“321” in 「全年破获毒品案件321起。/m)
    expect(run.stdout).toMatch(
      /^error +figures +figures\.json: figures\[3\]\.value +"patrol-grids": its source sentence does not state 46/m,
    )
    expect(run.stdout).toMatch(
      /^error +translations +deck\.json: slides\[4\]\.blocks\[1\]\.items\[0\]\.text +the English is the same as the Chinese/m,
    )
    expect(run.stdout).toMatch(/^Rendered in Chromium +skipped +skipped: --no-render$/m)
    expect(run.stdout).toMatch(/\n4 errors, 0 warnings; not run: render\. The pack needs fixing\.\n$/)

    const json = await checkReport('--json', dir, '--no-render')
    expect(json.code).toBe(1)
    const parsed = JSON.parse(json.stdout)
    expect(parsed).toMatchObject({ ok: false, errors: 4, warnings: 0 })
    expect(parsed.findings.map((f: { check: string }) => f.check).sort()).toEqual([
      'figures',
      'numbers',
      'numbers',
      'translations',
    ])
  })

  it('reports schema errors by file and path, and skips the checks that need a valid pack', async () => {
    const dir = copyExample()
    plant.missingEnglish(dir)
    const run = await checkReport(dir)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^error +schema +deck\.json: slides\[1\]\.title\.en +expected string; it is missing$/m)
    expect(run.stdout).toMatch(/^Numbers of the source covered +skipped +skipped: needs pack\.json/m)
    expect(run.stdout).toMatch(/^Rendered in Chromium +skipped +skipped: needs pack\.json/m)
  })

  it('exits 2 on bad arguments, saying what is wrong', async () => {
    const none = await checkReport()
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/missing DIR, the report pack's folder; usage: npm run check-report -- DIR/)
    const unknown = await checkReport('tests/fixtures/packs/example', '--fast')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/--fast: unknown option/)
    const file = await checkReport('package.json')
    expect(file.code).toBe(2)
    expect(file.stderr).toMatch(/package\.json: is a file; expected a report pack's folder/)
    const missing = await checkReport('no/such/pack')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no\/such\/pack: no such folder/)
    expect(none.stdout + unknown.stdout + file.stdout + missing.stdout).toBe('')
  })
})

describe('the render check', () => {
  const opened: Array<{ close(): Promise<void> }> = []
  afterAll(async () => {
    for (const thing of opened) await thing.close()
  })

  it('finds text that overflows its slide, at the stops where it shows', async () => {
    const dir = copyExample()
    editJson(dir, 'deck.json', (d) => {
      d.slides[1].blocks.find((b: { type: string }) => b.type === 'points').items[0].text.en =
        'Patrol grids cover the whole central city, and officers walk every street of every grid by day and by night, '.repeat(
          12,
        )
    })
    const server = await serve({ root: join(process.cwd(), 'out', 'renderer'), report: dir })
    opened.push(server)
    const browser = await launchChromium()
    opened.push(browser)
    const deck = deckSchema.parse(JSON.parse(readFileSync(join(dir, 'deck.json'), 'utf8')))
    const progress: string[] = []
    const result = await checkRender({
      browser,
      base: server.url,
      deck,
      langs: ['en'],
      sizes: [{ width: 1024, height: 768 }],
      progress: (lang, size, done, total) => progress.push(`${lang} ${size.width}: ${done}/${total}`),
    })
    expect(progress.at(-1)).toBe(`en 1024: ${stopsOf(deck).length}/${stopsOf(deck).length}`)
    const wheres = new Set(result.findings.map((f) => f.where))
    expect([...wheres].every((w) => w.startsWith('en 1024×768, slide 2 (results-crime), step'))).toBe(true)
    expect(result.findings).toContainEqual({
      severity: 'error',
      where: 'en 1024×768, slide 2 (results-crime), steps 0, 1',
      message: expect.stringMatching(
        /^span\.primary "Patrol grids cover the whole central cit": clipped by div\.text-area$/,
      ),
    })
  }, 120_000)
})
