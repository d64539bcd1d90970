// Another report in the app: the fictitious example pack, served as `npm run web -- --report=DIR`
// serves it, walked stop by stop in both languages, on its dashboard and in a programme, and
// exported. Nothing on screen may come from the bundled 2016 report.
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDeck, startHarness, type Harness, type PageWatch } from './harness'
// @ts-expect-error plain ESM helper without types
import { runExport } from '../../scripts/export.mjs'

const run = promisify(execFile)
const example = join(process.cwd(), 'tests/fixtures/packs/example')
const pack = JSON.parse(readFileSync(join(example, 'pack.json'), 'utf8'))
const deck = JSON.parse(readFileSync(join(example, 'deck.json'), 'utf8')) as {
  slides: { id: string; layout: string; title: { zh: string; en: string } }[]
}
const programme = {
  name: 'Example visit',
  delegation: { zh: '示例考察团', en: 'Example delegation' },
  lang: 'en',
  notesLang: 'en',
  minutes: 5,
  slides: [{ part: 2 }, 'outlook-2032'],
}
/** What only the bundled report says. */
const bundledOnly = /2016|乌海|Wuhai/

let harness: Harness
const watches: PageWatch[] = []
const scratch: string[] = []
beforeAll(async () => {
  harness = await startHarness({ report: example, programme: JSON.stringify(programme) })
})
afterAll(async () => {
  for (const watch of watches) {
    expect(watch.errors).toEqual([])
    expect(watch.outsideRequests).toEqual([])
  }
  await harness?.close()
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

async function open(path: string): Promise<Page> {
  const opened = await openDeck(harness.browser, harness.base, path)
  watches.push(opened.watch)
  return opened.page
}

const stage = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-slide-number]') as HTMLElement
    return {
      slide: Number(el.dataset.slideNumber),
      step: Number(el.dataset.step),
      id: [...el.querySelectorAll('article')].at(-1)?.getAttribute('data-slide-id') ?? '',
      text: (el as HTMLElement).innerText,
    }
  })

/** Every stop of the deck from the first, by the → key, until the last one stays put. */
async function walk(page: Page): Promise<Array<Awaited<ReturnType<typeof stage>>>> {
  const stops = [await stage(page)]
  for (;;) {
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(60)
    const now = await stage(page)
    const last = stops.at(-1)!
    if (now.slide === last.slide && now.step === last.step) return stops
    stops.push(now)
  }
}

describe.each(['zh', 'en'] as const)('the example report in %s', (lang) => {
  it('walks every slide and stop, and shows nothing of the bundled report', async () => {
    const page = await open(`?lang=${lang}&motion=reduce`)
    expect(await page.title()).toBe(
      lang === 'zh' ? `${pack.organisation.zh}${pack.title.zh}` : `${pack.organisation.en}: ${pack.title.en}`,
    )
    const stops = await walk(page)
    expect([...new Set(stops.map((s) => s.id))]).toEqual(deck.slides.map((s) => s.id))
    for (const stop of stops) expect(stop.text, `${stop.id} step ${stop.step}`).not.toMatch(bundledOnly)
    const agenda = stops.find((s) => s.id === 'agenda')!
    for (const slide of deck.slides.filter((s) => s.layout === 'section'))
      expect(agenda.text).toContain(slide.title[lang])
    await page.close()
  })
})

describe('checking a pack as it loads', () => {
  it('checks the example in full; the bundled pack was checked at build and is recognised by its digest', async () => {
    const page = await open('?motion=reduce')
    expect(await page.locator('[data-pack-checked]').getAttribute('data-pack-checked')).toBe('load')
    await page.close()
    const bundled = await startHarness()
    try {
      const opened = await openDeck(bundled.browser, bundled.base, '?motion=reduce')
      watches.push(opened.watch)
      expect(await opened.page.locator('[data-pack-checked]').getAttribute('data-pack-checked')).toBe('build')
    } finally {
      await bundled.close()
    }
  })
})

describe('the example report’s page', () => {
  it('comes without the bundled report’s opening slide, which the build wrote into it', async () => {
    const html = await (await fetch(harness.base)).text()
    expect(html).toContain('<div id="app">')
    expect(html).not.toContain('data-first-paint')
    expect(html).not.toMatch(bundledOnly)
  })
})

describe('the example report’s other screens', () => {
  it('its dashboard: the pack’s own title and panels', async () => {
    const page = await open('?view=dashboard&lang=en&motion=reduce')
    await page.waitForSelector('[data-panel]')
    expect(await page.locator('[data-panel]').count()).toBe(pack.dashboard.panels.length)
    const text = await page.locator('.dashboard').innerText()
    expect(text).toContain(pack.dashboard.title.en)
    for (const panel of pack.dashboard.panels) expect(text).toContain(panel.title.en)
    expect(text).not.toMatch(bundledOnly)
    await page.close()
  })

  it('a programme over it: the welcome names the pack’s place, its part and slide follow', async () => {
    const page = await open(`?programme=${encodeURIComponent(programme.name)}&motion=reduce`)
    const welcome = await stage(page)
    expect(welcome.id).toBe('programme--welcome')
    expect(welcome.text).toContain(`Welcome to ${pack.place.en}`)
    const ids = [...new Set((await walk(page)).map((s) => s.id))]
    const part2 = ['part-2', 'part-2-results']
    expect(ids).toEqual(['programme--welcome', ...part2, 'outlook-2032', 'programme--closing'])
    await page.close()
  })

  it('a programme made for the bundled report says which slides this report lacks', async () => {
    const other = await startHarness({
      report: example,
      programme: readFileSync('tests/fixtures/programmes/hebei.json', 'utf8'),
    })
    try {
      const hebei = JSON.parse(readFileSync('tests/fixtures/programmes/hebei.json', 'utf8')) as { name: string }
      const page = await other.browser.newPage()
      await page.goto(`${other.base}?programme=${encodeURIComponent(hebei.name)}`)
      await page.waitForFunction(() => document.body.innerText.includes('in this report'))
      const text = await page.locator('body').innerText()
      expect(text).toContain('no slide "part-5-smart" in this report')
    } finally {
      await other.close()
    }
  })

  it('exports as a handout of its own length', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-pack-export-'))
    scratch.push(dir)
    const summary = await runExport({
      format: 'pdf',
      lang: 'bi',
      handout: 'slides',
      target: join(dir, 'example.pdf'),
      report: example,
    })
    expect(summary).toMatch(new RegExp(`\\(${deck.slides.length} pages,`))
    expect(readFileSync(join(dir, 'example.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
  })
})

describe('a broken pack', () => {
  it('is refused by the web edition with the file and field, and it serves nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-pack-broken-'))
    scratch.push(dir)
    cpSync(example, dir, { recursive: true })
    const broken = JSON.parse(readFileSync(join(dir, 'deck.json'), 'utf8'))
    delete broken.slides[2].title.en
    writeFileSync(join(dir, 'deck.json'), JSON.stringify(broken))
    const failure = await run('node', ['scripts/web.mjs', `--report=${dir}`, '--port=1']).catch((e) => e)
    expect(failure.code).toBe(2)
    expect(failure.stderr).toContain('deck.json: slides[2].title.en: expected string; it is missing')
    expect(failure.stdout).not.toContain('Web edition:')
  })
})
