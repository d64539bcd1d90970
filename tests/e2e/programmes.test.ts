// Visit programmes in the browser: running one (web flag and saved), preparing, importing, exporting.
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Programme } from '../../src/contract'
import { themes } from '../../src/styles/palette'
import { serve, type Served } from '../../scripts/serve.mjs'
import { builtDeck, launchChromium, openDeck, position, type PageWatch } from './harness'

const hebeiText = readFileSync('tests/fixtures/programmes/hebei.json', 'utf8')
const hebei = JSON.parse(hebeiText) as Programme
const deck = builtDeck()
const part3 = deck.slides.filter((s) => s.section === 3).map((s) => s.id)
const chosen = [...part3, 'part-5-smart']
const programmeIds = ['programme--welcome', ...chosen, 'programme--closing']
const run = promisify(execFile)
const query = `?programme=${encodeURIComponent(hebei.name)}&motion=reduce`

let browser: Browser
let server: Served
const watches: PageWatch[] = []
beforeAll(async () => {
  server = await serve({ root: join(process.cwd(), 'out', 'renderer'), programme: hebeiText })
  browser = await launchChromium()
})
afterAll(async () => {
  for (const watch of watches) expect(watch.errors).toEqual([])
  await browser?.close()
  await server?.close()
})

async function open(path: string, context: Browser | Awaited<ReturnType<Browser['newContext']>> = browser) {
  const opened = await openDeck(context, server.url, path)
  watches.push(opened.watch)
  return opened.page
}

const slideId = (page: Page) => page.locator('[data-slide-number] article').last().getAttribute('data-slide-id')
const counter = (page: Page) =>
  page
    .locator('[data-counter]')
    .textContent()
    .then((t) => t?.trim())

async function waitForSlide(page: Page, id: string) {
  await page.waitForFunction(
    (want) =>
      [...document.querySelectorAll('[data-slide-number] article')].at(-1)?.getAttribute('data-slide-id') === want,
    id,
  )
}

describe('running a programme', () => {
  it('starts on the welcome, goes through the chosen slides in order and ends on the closing', async () => {
    const page = await open(query)
    expect(await slideId(page)).toBe('programme--welcome')
    await expect(page.locator('[data-delegation]').textContent()).resolves.toContain(hebei.delegation.en)
    await expect(page.locator('[data-date]').textContent()).resolves.toContain('March 15, 2027')
    expect(await counter(page)).toBe(`1 / ${programmeIds.length}`)
    const visited: string[] = []
    for (let i = 0; i < 40; i++) {
      const id = (await slideId(page))!
      if (visited.at(-1) !== id) visited.push(id)
      if (id === 'programme--closing') break
      await page.keyboard.press('PageDown')
    }
    expect(visited).toEqual(programmeIds)
    expect(await counter(page)).toBe(`${programmeIds.length} / ${programmeIds.length}`)
    await page.keyboard.press('PageDown')
    expect(await slideId(page)).toBe('programme--closing')
    await page.keyboard.press('Home')
    await waitForSlide(page, 'programme--welcome')
    await page.keyboard.type('3')
    await page.keyboard.press('Enter')
    await waitForSlide(page, programmeIds[2]!)
    expect(page.url()).toMatch(/#\/3$/)
  })

  it('the overview lists the programme; "all slides" reaches any slide, and the deck then returns', async () => {
    const page = await open(`${query}#/2`)
    await waitForSlide(page, programmeIds[1]!)
    await page.keyboard.press('o')
    // The overview loads apart from the audience view: it may take a moment after the key.
    await expect.poll(() => page.locator('[data-thumb]').count()).toBe(programmeIds.length)
    await page.locator('[data-overview-list="all"]').click()
    await expect(page.locator('[data-thumb]').count()).resolves.toBe(deck.slides.length)
    await page.locator('[data-thumb-slide="part-8-online"]').click()
    await waitForSlide(page, 'part-8-online')
    await expect(page.locator('[data-counter][data-detour]').textContent()).resolves.toContain(
      String(deck.slides.findIndex((s) => s.id === 'part-8-online') + 1),
    )
    for (let i = 0; i < 12 && (await slideId(page)) === 'part-8-online'; i++) await page.keyboard.press('ArrowRight')
    await waitForSlide(page, programmeIds[1]!)
    expect(await counter(page)).toBe(`2 / ${programmeIds.length}`)
  })

  it('the presenter view shows the same programme and follows the audience through a detour', async () => {
    const context = await browser.newContext()
    const audience = await open(query, context)
    const presenter = await openDeck(context, server.url, `${query}&view=presenter`, { width: 1440, height: 900 })
    watches.push(presenter.watch)
    const position = () => presenter.page.locator('[data-presenter-position]').textContent()
    await expect(position()).resolves.toContain(`1 / ${programmeIds.length}`)
    expect(await presenter.page.locator('[data-other-order]').count()).toBe(0)
    await audience.keyboard.press('PageDown')
    await presenter.page.waitForFunction(
      (text) => document.querySelector('[data-presenter-position]')?.textContent?.includes(text),
      `2 / ${programmeIds.length}`,
    )
    await expect(presenter.page.locator('[data-notes]').getAttribute('lang')).resolves.toBe('zh-CN')
    await audience.evaluate(() => (location.hash = '#/1'))
    await audience.keyboard.press('o')
    await audience.locator('[data-overview-list="all"]').click()
    await audience.locator('[data-thumb-slide="part-1"]').click()
    await presenter.page.waitForFunction(() =>
      document.querySelector('[data-presenter-position]')?.textContent?.match(/\d/),
    )
    await presenter.page.waitForFunction(
      () => document.querySelector('.current [data-slide-id]')?.getAttribute('data-slide-id') === 'part-1',
    )
    // The presenter's next slide is the return to the programme.
    await expect(
      presenter.page.locator('[data-next-slide] [data-slide-id]').getAttribute('data-slide-id'),
    ).resolves.toBe('programme--welcome')
    await presenter.page.locator('[data-presenter-next]').click()
    await waitForSlide(audience, 'programme--welcome')
    await context.close()
  })

  it('a presenter view opened without the programme says that it does not follow the audience’s place', async () => {
    const context = await browser.newContext()
    const audience = await open(query, context)
    const presenter = await openDeck(context, server.url, '?view=presenter&motion=reduce', { width: 1440, height: 900 })
    watches.push(presenter.watch)
    await audience.keyboard.press('PageDown')
    await presenter.page.locator('[data-other-order]').waitFor()
    await context.close()
  })

  it('walking the programme is no jump, and Back after one names the programme’s own number', async () => {
    const context = await browser.newContext()
    const audience = await open(query, context)
    const presenter = await openDeck(context, server.url, `${query}&view=presenter`, { width: 1440, height: 900 })
    watches.push(presenter.watch)
    const back = presenter.page.locator('[data-presenter-back]')
    const total = programmeIds.length
    while ((await counter(audience)) !== `3 / ${total}`) await audience.keyboard.press('PageDown')
    await presenter.page.waitForFunction(
      (text) => document.querySelector('[data-presenter-position]')?.textContent?.includes(text),
      `3 / ${total}`,
    )
    expect(await back.isDisabled()).toBe(true)
    await audience.keyboard.press('End')
    await waitForSlide(audience, 'programme--closing')
    await presenter.page.waitForFunction(
      () => !document.querySelector<HTMLButtonElement>('[data-presenter-back]')?.disabled,
    )
    await expect(back.textContent()).resolves.toMatch(/\b3\b/)
    await back.click()
    await waitForSlide(audience, programmeIds[2]!)
    await context.close()
  })

  it('the presenter view shows the programme’s time plan and its pace part by part', async () => {
    const context = await browser.newContext()
    await context.clock.install()
    const presenter = await openDeck(context, server.url, `${query}&view=presenter#/2`, { width: 1440, height: 900 })
    watches.push(presenter.watch)
    const page = presenter.page
    await expect(page.locator('[data-plan-total]').textContent()).resolves.toMatch(/^Total \d+:\d\d \/ planned 12 min$/)
    await expect(page.locator('[data-estimate]').textContent()).resolves.toMatch(/^about \d+:\d\d$/)
    await expect(page.locator('[data-pace-part]').textContent()).resolves.toMatch(/^Part 3: /)
    // The timer waits for the talk's first move, or for Start.
    await page.locator('[data-timer-toggle]').click()
    await context.clock.fastForward('10:00')
    await page.waitForFunction(() =>
      /^Part 3: \d+ min behind$/.test(document.querySelector('[data-pace-part]')?.textContent ?? ''),
    )
    await context.close()
  })

  it('draws the welcome on the theme’s ground, as the title and section slides are', async () => {
    const ground = async (theme: string) => {
      const page = await open(`${query}&theme=${theme}#/1`)
      const image = await page
        .locator('[data-slide-number] article > div')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundImage)
      await page.close()
      return image
    }
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`
    expect(await ground('light')).toContain(rgb(themes.light.band))
    expect(await ground('dark')).toContain(rgb(themes.dark.band))
  })

  it('a kiosk running the programme offers only its parts, each opening at its first slide there', async () => {
    const context = await browser.newContext({ hasTouch: true })
    const page = await open(`${query}&kiosk=1&dwell=60&idle=30&lang=en`, context)
    await page.tap('[data-kiosk-control="parts"]')
    const menu = page.locator('[data-kiosk-menu]')
    await menu.waitFor()
    expect(
      await menu.locator('[data-kiosk-part]').evaluateAll((els) => els.map((el) => el.getAttribute('data-kiosk-part'))),
    ).toEqual(['3', '5', 'dashboard'])
    await page.tap('[data-kiosk-part="5"]')
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelector('[data-slide-number] article')?.getAttribute('data-slide-id')),
      )
      .toBe('part-5-smart')
    await context.close()
  })

  it('a programme name that is not saved gives a clear message instead of the deck', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}?programme=Nobody`)
    const error = page.locator('[data-programme-error]')
    await expect(error.textContent()).resolves.toContain('?programme=Nobody: no programme of that name')
    await page.close()
  })
})

describe('preparing a programme', () => {
  let plain: Served
  beforeAll(async () => {
    // No programme file: what `npm run web` serves without --programme.
    plain = await serve({ root: join(process.cwd(), 'out', 'renderer'), programme: null })
  })
  afterAll(async () => {
    await plain?.close()
  })

  async function prepare(context: Awaited<ReturnType<Browser['newContext']>>, lang = 'en') {
    const opened = await openDeck(context, plain.url, `?view=prepare&lang=${lang}`)
    watches.push(opened.watch)
    return opened.page
  }

  async function fill(page: Page, programme: Programme) {
    await page.fill('[data-field="name"]', programme.name)
    await page.fill('[data-field="delegationZh"]', programme.delegation.zh)
    await page.fill('[data-field="delegationEn"]', programme.delegation.en)
    await page.fill('[data-field="date"]', programme.date!)
    await page.fill('[data-field="minutes"]', String(programme.minutes))
    await page.selectOption('[data-field="lang"]', programme.lang)
    await page.selectOption('[data-field="notesLang"]', programme.notesLang)
  }

  const entries = (page: Page) =>
    page
      .locator('[data-order] [data-entry-key]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-entry-key')))

  it('answers Save where it was pressed: the problems in view, named by their fields in the interface language', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } })
    const opened = await openDeck(context, plain.url, '?view=prepare&lang=zh', { width: 1024, height: 768 })
    watches.push(opened.watch)
    const page = opened.page
    await page.locator('[data-save]').scrollIntoViewIfNeeded()
    await page.click('[data-save]')
    const status = page.locator('[data-status="problems"]')
    await status.waitFor()
    await page.waitForTimeout(300)
    const box = (await status.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + Math.min(box.height, 120)).toBeLessThanOrEqual(768)
    expect(await status.locator('[data-problem-field="name"]').textContent()).toBe('安排名称')
    expect(await page.locator('[data-field="name"]').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('[data-field="date"]').getAttribute('aria-invalid')).toBeNull()
    await context.close()
  })

  it('writes the chosen day beside its field as the welcome slide will, in the interface language', async () => {
    const context = await browser.newContext()
    const page = await prepare(context)
    expect(await page.locator('[data-date-written]').count()).toBe(0)
    await page.fill('[data-field="date"]', '2027-03-15')
    await expect(page.locator('[data-date-written]').textContent()).resolves.toBe('March 15, 2027')
    await page.getByRole('button', { name: '中文' }).click()
    await expect(page.locator('[data-date-written]').textContent()).resolves.toBe('2027年3月15日')
    await context.close()
  })

  it('prepares parts 3 and 5 for a named delegation in 12 minutes, saves it, and it is there after a restart', async () => {
    const context = await browser.newContext()
    const page = await prepare(context)
    await fill(page, hebei)
    await page.check('[data-include-part="3"]')
    await page.check('[data-include-slide="part-5-smart"]')
    expect(await entries(page)).toEqual(['part:3', 'part-5-smart'])
    // Keyboard and buttons reorder.
    await page.locator('[data-entry="1"]').focus()
    await page.keyboard.press('Alt+ArrowUp')
    expect(await entries(page)).toEqual(['part-5-smart', 'part:3'])
    await page.locator('[data-entry-key="part-5-smart"] button[aria-label="Move down"]').click()
    expect(await entries(page)).toEqual(['part:3', 'part-5-smart'])
    // Leaving one slide out of a whole part keeps the others.
    await page.uncheck(`[data-include-slide="${part3.at(-1)}"]`)
    expect(await entries(page)).toEqual([...part3.slice(0, -1), 'part-5-smart'])
    await page.check('[data-include-part="3"]')
    expect(await entries(page)).toEqual(['part:3', 'part-5-smart'])
    await expect(page.locator('[data-plan-total]').textContent()).resolves.toMatch(/planned 12 min/)
    await expect(page.locator('[data-preview] [data-delegation]').first().textContent()).resolves.toContain(
      hebei.delegation.en,
    )
    await page.click('[data-save]')
    await expect(page.locator('[data-status="ok"]').textContent()).resolves.toContain('Saved “Hebei visit”')

    // A restart: a new page in the same profile, its interface in Chinese this time.
    await page.close()
    const again = await prepare(context, 'zh')
    await again.selectOption('[data-saved]', hebei.name)
    await expect(again.locator('[data-field="delegationZh"]').inputValue()).resolves.toBe(hebei.delegation.zh)
    expect(await entries(again)).toEqual(['part:3', 'part-5-smart'])
    const stored = await again.evaluate(() => JSON.parse(localStorage.getItem('wuhai-briefing.settings') ?? '{}'))
    expect(stored.programmes).toEqual([hebei])

    // Present it: the briefing opens on the welcome of this programme, in the programme's language.
    await again.click('[data-run]')
    await again.waitForSelector('[data-generated="welcome"]')
    expect(again.url()).toContain('programme=Hebei+visit')
    expect(again.url()).not.toContain('lang=')
    expect((await position(again)).lang).toBe(hebei.lang)
    await expect(again.locator('[data-counter]').textContent()).resolves.toContain(`1 / ${programmeIds.length}`)
    await context.close()
  })

  it('refuses a broken file with a message naming the problem, and changes nothing', async () => {
    const context = await browser.newContext()
    const page = await prepare(context)
    await fill(page, hebei)
    await page.check('[data-include-part="3"]')
    await page.click('[data-save]')
    await page.fill('[data-field="minutes"]', '30')
    const before = await page.evaluate(() => localStorage.getItem('wuhai-briefing.settings'))

    const importing = async (file: string) => {
      const chooser = page.waitForEvent('filechooser')
      await page.click('[data-import]')
      await (await chooser).setFiles(file)
      const name = file.split('/').at(-1)!
      await page.waitForFunction(
        (n) => document.querySelector('[data-status="problems"]')?.textContent?.includes(n),
        name,
      )
      return page.locator('[data-status="problems"]').textContent()
    }
    const broken = await importing('tests/fixtures/programmes/broken.json')
    expect(broken).toContain('The file “broken.json” cannot be imported; nothing was changed')
    expect(broken).toContain('broken.json.date: expected a real calendar date')
    expect(broken).toContain('broken.json.lang: expected one of "zh", "en", "bi"; found "fr"')
    // The slides it names are looked up too, though the rest of the file is broken.
    expect(broken).toContain('broken.json.slides[1]: no slide "part-11-x" in this report')
    const unknown = await importing('tests/fixtures/programmes/unknown-slide.json')
    expect(unknown).toContain('unknown-slide.json.slides[1]: no slide "part-11-x" in this report; known ids:')
    const notJson = await importing('tests/fixtures/programmes/not-json.json')
    expect(notJson).toMatch(/not-json\.json: not valid JSON/)

    expect(await page.evaluate(() => localStorage.getItem('wuhai-briefing.settings'))).toBe(before)
    await expect(page.locator('[data-field="minutes"]').inputValue()).resolves.toBe('30')
    expect(await entries(page)).toEqual(['part:3'])

    // A good file loads into the editor.
    const chooser = page.waitForEvent('filechooser')
    await page.click('[data-import]')
    await (await chooser).setFiles('tests/fixtures/programmes/hebei.json')
    await expect(page.locator('[data-status="ok"]').textContent()).resolves.toContain('Imported “Hebei visit”')
    expect(await entries(page)).toEqual(['part:3', 'part-5-smart'])
    await context.close()
  })

  it('exports the programme as a file', async () => {
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await prepare(context)
    await fill(page, hebei)
    await page.check('[data-include-part="3"]')
    await page.check('[data-include-slide="part-5-smart"]')
    const download = page.waitForEvent('download')
    await page.click('[data-export]')
    const file = await download
    expect(file.suggestedFilename()).toBe('Hebei visit.json')
    const text = readFileSync((await file.path())!, 'utf8')
    expect(JSON.parse(text)).toEqual(hebei)
    await context.close()
  })
})

describe('handouts of a programme', () => {
  const script = join(process.cwd(), 'scripts', 'export.mjs')
  const dir = mkdtempSync(join(tmpdir(), 'programme-export-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const pages = (file: string) =>
    Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
  const pageText = (file: string, page: number) =>
    execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ')

  it.each(['en', 'zh'] as const)(
    'writes welcome, the chosen slides in order and closing, one page each (%s)',
    async (lang) => {
      const file = join(dir, `visit-${lang}.pdf`)
      const out = await run('node', [
        script,
        '--programme=tests/fixtures/programmes/hebei.json',
        `--lang=${lang}`,
        `--out=${file}`,
      ])
      expect(out.stdout).toContain(`(${chosen.length + 2} pages`)
      expect(pages(file)).toBe(chosen.length + 2)
      const name = hebei.delegation[lang]
      // pdftotext puts a space where a long name wraps.
      expect(pageText(file, 1).replace(/ /g, '')).toContain(name.replace(/ /g, ''))
      expect(pageText(file, chosen.length + 2)).toContain(lang === 'en' ? 'Thank you' : '衷心感谢')
      const last = deck.slides.find((s) => s.id === 'part-5-smart')!
      expect(pageText(file, chosen.length + 1)).toContain(last.title[lang].slice(0, 8))
    },
  )

  it('a programme naming a slide the report lacks fails at once with the reason', async () => {
    const failed = await run('node', [
      script,
      '--programme=tests/fixtures/programmes/unknown-slide.json',
      `--out=${join(dir, 'bad.pdf')}`,
    ]).catch((error: { code: number; stderr: string }) => error)
    expect('code' in failed && failed.code).toBe(1)
    expect((failed as { stderr: string }).stderr).toContain('no slide "part-11-x" in this report')
  })
})

describe('a programme in the kiosk', () => {
  it('loops through the programme only: welcome, the chosen slides, closing, then the welcome again', async () => {
    const context = await browser.newContext()
    await context.addInitScript(() => {
      const w = window as unknown as { __ids: string[] }
      w.__ids = []
      new MutationObserver(() => {
        // The app's own slides, not the opening slide written into the page, which a kiosk never shows.
        const id = [...document.querySelectorAll('#app [data-slide-number] article')]
          .at(-1)
          ?.getAttribute('data-slide-id')
        if (id && w.__ids.at(-1) !== id) w.__ids.push(id)
      }).observe(document, { subtree: true, childList: true, attributes: true })
    })
    // One scene, the tour, so that the loop comes straight back to the welcome slide.
    const page = await open(`${query}&kiosk=1&dwell=0.3&scenes=tour:zh`, context)
    await page.waitForFunction(
      (n) => (window as unknown as { __ids: string[] }).__ids.length >= n,
      programmeIds.length + 1,
      {
        timeout: 30_000,
      },
    )
    const ids = await page.evaluate(() => (window as unknown as { __ids: string[] }).__ids)
    expect(ids.slice(0, programmeIds.length + 1)).toEqual([...programmeIds, programmeIds[0]])
    await context.close()
  })
})
