// The built desktop app (out/) in real Electron, driven by playwright-core. Needs `npm run build`
// and an Electron binary; `npm run test:electron` checks both. Skipped when there is no binary.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findElectronBinary } from '../../scripts/electron-binary.mjs'
import { builtDeck, position, waitForPosition } from '../e2e/harness'

const root = process.cwd()
const binary = findElectronBinary({ projectRoot: root })
const executablePath = 'path' in binary ? binary.path : ''
// Chromium refuses to run as root with its sandbox; the renderer sandbox (sandbox: true) stays on.
const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : []

function electronEnv(): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined))
  delete env.ELECTRON_RUN_AS_NODE
  return env
}

describe.skipIf(!executablePath)('the desktop app in Electron', () => {
  let app: ElectronApplication
  let audience: Page
  let userData: string
  const errors: string[] = []

  const watched = new Set<Page>()
  const watch = (page: Page) => {
    if (watched.has(page)) return
    watched.add(page)
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${String(e)}`))
  }

  beforeAll(async () => {
    if (!existsSync(join(root, 'out', 'main', 'index.js'))) throw new Error('out/main is missing: run `npm run build`')
    userData = mkdtempSync(join(tmpdir(), 'electron-test-user-'))
    app = await _electron.launch({
      executablePath,
      args: [...rootArgs, root, '--lang=zh', `--user-data-dir=${userData}`],
      env: electronEnv(),
    })
    app.on('window', watch)
    audience = await app.firstWindow()
    watch(audience)
    await audience.waitForSelector('[data-deck-ready="true"]', { state: 'attached', timeout: 60_000 })
  })

  afterAll(async () => {
    await app?.close()
    if (userData) rmSync(userData, { recursive: true, force: true })
  })

  it('renders the first slide over app:// with no console errors', async () => {
    expect(audience.url()).toMatch(/^app:\/\/briefing\//)
    expect((await position(audience)).slide).toBe(1)
    expect((await audience.locator('[data-slide-number]').innerText()).trim()).not.toBe('')
    expect(errors).toEqual([])
  })

  it('gives the page the preload API and nothing of Node or Electron', async () => {
    const seen = await audience.evaluate(() => {
      const w = window as unknown as Record<string, unknown>
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        Buffer: typeof w.Buffer,
        electron: typeof w.electron,
        ipcRenderer: typeof w.ipcRenderer,
        briefing: typeof w.briefing,
      }
    })
    expect(seen).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      electron: 'undefined',
      ipcRenderer: 'undefined',
      briefing: 'object',
    })
  })

  it('blocks navigation to another origin and denies new windows', async () => {
    const before = audience.url()
    const windows = app.windows().length
    await audience.evaluate(() => {
      location.href = 'https://example.com/'
    })
    const opened = await audience.evaluate(() => window.open('https://example.com/') === null)
    await audience.waitForTimeout(1000)
    expect(audience.url()).toBe(before)
    expect(opened).toBe(true)
    expect(app.windows()).toHaveLength(windows)
    await audience.waitForSelector('[data-deck-ready="true"]', { state: 'attached' })
  })

  it('opens the presenter view, which follows the audience window', async () => {
    const [presenter] = await Promise.all([app.waitForEvent('window'), audience.keyboard.press('s')])
    await presenter.waitForSelector('[data-deck-ready="true"]', { state: 'attached', timeout: 60_000 })
    expect(presenter.url()).toMatch(/^app:\/\/briefing\/.*view=presenter/)
    await audience.bringToFront()
    await audience.keyboard.press('End')
    const last = builtDeck().slides.length
    await waitForPosition(audience, last)
    await waitForPosition(presenter, last)
    expect(errors).toEqual([])
  })

  it('writes a PDF handout from the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'electron-test-pdf-'))
    try {
      const file = join(dir, 'briefing-en.pdf')
      const child = spawn(executablePath, [...rootArgs, root, '--lang=en', `--export-pdf=${file}`], {
        env: electronEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      child.stdout.on('data', (d) => (output += d))
      child.stderr.on('data', (d) => (output += d))
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
      expect(code, output).toBe(0)
      expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 180_000)

  it('opens another report pack with --report, and the bundled one when the pack named is broken', async () => {
    const example = join(root, 'tests', 'fixtures', 'packs', 'example')
    const own = mkdtempSync(join(tmpdir(), 'electron-test-report-'))
    const launch = (...args: string[]) =>
      _electron.launch({
        executablePath,
        args: [...rootArgs, root, `--user-data-dir=${own}`, ...args],
        env: electronEnv(),
      })
    try {
      const other = await launch(`--report=${example}`)
      const page = await other.firstWindow()
      await page.waitForSelector('[data-deck-ready="true"]', { state: 'attached', timeout: 60_000 })
      expect(await page.title()).toContain('示例市公安局')
      expect(await page.locator('[data-slide-number]').innerText()).not.toMatch(/2016|乌海/)
      await other.close()
      const broken = await launch('--report=/no/such/folder')
      const fallback = await broken.firstWindow()
      await fallback.waitForSelector('[data-deck-ready="true"]', { state: 'attached', timeout: 60_000 })
      expect(await fallback.title()).toBe('乌海市公安局2016年工作回顾')
      await broken.close()
    } finally {
      rmSync(own, { recursive: true, force: true })
    }
  }, 180_000)
})
