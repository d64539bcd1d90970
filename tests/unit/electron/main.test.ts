// The composition root (createApp) given a fake Electron: it starts, wires every handler, and
// behaves as the modules promise once they are put together.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp, type AppDeps, type ProcessFacts } from '../../../electron/main/app'
import { eventChannels, invokeChannels, sendChannels, type DeckUpdate, type SyncMessage } from '../../../src/contract'
import { hashPin } from '../../../electron/main/kiosk-pin'
import { contentSecurityPolicy } from '../../../src/contract/csp'
import { fakeElectron, type FakeContents, type FakeElectron, type FakeWindow } from './fake-electron'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

async function boot(
  argv: string[],
  setup?: (userData: string) => void,
): Promise<{ fake: FakeElectron; userData: string; stderr: string[] }> {
  const userData = mkdtempSync(join(tmpdir(), 'main-test-user-'))
  const appPath = mkdtempSync(join(tmpdir(), 'main-test-app-'))
  mkdirSync(join(appPath, 'out', 'renderer'), { recursive: true })
  writeFileSync(join(appPath, 'out', 'renderer', 'index.html'), '<!doctype html><title>t</title>')
  // The build ships the bundled report pack beside the renderer.
  cpSync('resources/content', join(appPath, 'out', 'renderer', 'content'), { recursive: true })
  setup?.(userData)
  const fake = fakeElectron({ userData, appPath })
  const stderr: string[] = []
  const exitListeners: (() => void)[] = []
  const proc: ProcessFacts = {
    argv: ['/x/electron', '.', ...argv],
    defaultApp: true,
    platform: 'linux',
    rendererDevUrl: undefined,
    electronVersion: '45.5.0',
    onFailure: () => {},
    onExit: (listener) => void exitListeners.push(listener),
    stdout: () => {},
    stderr: (text) => void stderr.push(text),
    ask: async () => null,
  }
  cleanups.push(() => {
    for (const listener of exitListeners) listener()
    rmSync(userData, { recursive: true, force: true })
    rmSync(appPath, { recursive: true, force: true })
  })

  createApp({ ...(fake.module as unknown as AppDeps), process: proc })
  fake.ready()
  return { fake, userData, stderr }
}

async function started(fake: FakeElectron): Promise<FakeWindow> {
  await vi.waitFor(() => expect(fake.windows[0]?.webContents.url).toMatch(/^app:\/\/briefing\//))
  return fake.windows[0]!
}

const from = (contents: FakeContents, url = contents.url) => ({
  sender: contents,
  senderFrame: { ...contents.mainFrame, url },
})
const invoke = (fake: FakeElectron, channel: string, event: unknown, ...args: unknown[]) =>
  fake.ipc.handles.get(channel)!(...([event, ...args] as never[]))
const send = (fake: FakeElectron, channel: string, event: unknown, payload: unknown) =>
  fake.ipc.ons.get(channel)!(...([event, payload] as never[]))

const update = (slide: number): DeckUpdate => ({
  origin: 'audience-1',
  state: { slide, step: 0, lang: 'en', bilingual: false, screen: 'show' },
})
const deck = (seq: number, slide: number): SyncMessage => ({ seq, ...update(slide) })

describe('the main process modules', () => {
  it('do nothing on import: no Electron loaded, no process listeners added', async () => {
    vi.resetModules()
    vi.doMock('electron', () => {
      throw new Error('electron must not be imported')
    })
    const events = ['uncaughtException', 'unhandledRejection', 'exit'] as const
    const before = events.map((e) => process.listenerCount(e))
    try {
      const app = await import('../../../electron/main/app')
      const pipeline = await import('../../../electron/main/export')
      expect(app.createApp).toBeTypeOf('function')
      expect(pipeline.exportPdf).toBeTypeOf('function')
      expect(events.map((e) => process.listenerCount(e))).toEqual(before)
    } finally {
      vi.doUnmock('electron')
    }
  })

  it('createApp registers what must precede ready, and opens no window before it', () => {
    const userData = mkdtempSync(join(tmpdir(), 'main-test-user-'))
    cleanups.push(() => rmSync(userData, { recursive: true, force: true }))
    const fake = fakeElectron({ userData, appPath: userData })
    const failures: string[] = []
    createApp({
      ...(fake.module as unknown as AppDeps),
      process: {
        argv: ['/opt/briefing/briefing'],
        defaultApp: false,
        platform: 'linux',
        rendererDevUrl: undefined,
        electronVersion: '45.5.0',
        onFailure: (listener) => void failures.push(typeof listener),
        onExit: () => {},
        stdout: () => {},
        stderr: () => {},
        ask: async () => null,
      },
    })
    expect(fake.calls.sandboxEnabled).toBe(true)
    expect(fake.calls.privileged).toHaveLength(1)
    expect(failures).toEqual(['function'])
    expect(fake.windows).toHaveLength(0)
    expect(fake.ipc.handles.size).toBe(0)
  })
})

describe('createApp', () => {
  it('registers the app scheme as privileged before ready and serves out/renderer with the CSP', async () => {
    const { fake } = await boot([])
    expect(fake.calls.sandboxEnabled).toBe(true)
    expect(fake.calls.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ])
    await started(fake)
    const response = await fake.calls.protocolHandlers.get('app')!(new Request('app://briefing/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
  })

  it('opens one hardened audience window, hidden until ready-to-show, on app://briefing', async () => {
    const { fake } = await boot(['--lang=en', '--slide=4'])
    const win = await started(fake)
    expect(fake.windows).toHaveLength(1)
    expect(win.options).toMatchObject({
      show: false,
      title: '工作报告简报 · Work report briefing',
      webPreferences: expect.objectContaining({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false,
        devTools: false,
      }),
    })
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(
      /out[\\/]preload[\\/]index\.cjs$/,
    )
    expect(win.webContents.url).toBe('app://briefing/index.html?lang=en#/4')
    expect(win.shown).toBe(false)
    win.emit('ready-to-show')
    expect(win.shown).toBe(true)
  })

  it('hardens the session and every webContents', async () => {
    const { fake } = await boot([])
    const win = await started(fake)
    let prevented = false
    win.webContents.emit('will-navigate', { url: 'https://evil.example/', preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    expect(win.webContents.openHandler?.({ url: 'https://evil.example/' } as never)).toEqual({ action: 'deny' })
    let cancel: boolean | undefined
    fake.sessionHandlers.beforeRequest!(
      { url: 'https://cdn.example/x.js' } as never,
      ((r: { cancel: boolean }) => (cancel = r.cancel)) as never,
    )
    expect(cancel).toBe(true)
    let granted: boolean | undefined
    fake.sessionHandlers.permissionRequest!({} as never, 'media' as never, ((ok: boolean) => (granted = ok)) as never)
    expect(granted).toBe(false)
  })

  it('registers every contract channel and sets a bilingual menu', async () => {
    const { fake } = await boot([])
    await started(fake)
    expect([...fake.ipc.handles.keys()].sort()).toEqual(Object.values(invokeChannels).sort())
    expect([...fake.ipc.ons.keys()].sort()).toEqual(Object.values(sendChannels).sort())
    const menu = fake.calls.menus.at(-1) as { template: { label: string }[] }
    expect(menu.template.map((m) => m.label)).toContain('视图 View')
  })

  it('answers trusted senders and refuses others', async () => {
    const { fake } = await boot([])
    const win = await started(fake)
    expect(await invoke(fake, invokeChannels.getInfo, from(win.webContents))).toEqual({
      version: '1.0.0',
      electron: expect.any(String),
      kiosk: false,
    })
    expect(() => invoke(fake, invokeChannels.getInfo, from(win.webContents, 'file:///etc/passwd'))).toThrow(
      /not allowed/,
    )
    const settings = (await invoke(fake, invokeChannels.getSettings, from(win.webContents))) as {
      kiosk: Record<string, unknown>
    }
    expect(settings.kiosk).not.toHaveProperty('pinHash')
  })

  it('keeps the deck in sync between the audience and a presenter window that opens late', async () => {
    const { fake } = await boot([])
    const audience = await started(fake)
    send(fake, sendChannels.publishDeck, from(audience.webContents), update(2))
    await invoke(fake, invokeChannels.openPresenter, from(audience.webContents))
    const presenter = fake.windows[1]!
    expect(presenter.webContents.url).toBe('app://briefing/index.html?lang=zh&view=presenter')
    expect(await invoke(fake, invokeChannels.getDeckState, from(presenter.webContents))).toEqual(deck(1, 2))
    send(fake, sendChannels.publishDeck, from(audience.webContents), update(3))
    expect(presenter.webContents.sent).toContainEqual([eventChannels.deckState, deck(2, 3)])
    // The sender hears the stamped message too, so every window settles on the same numbering.
    expect(audience.webContents.sent.filter(([c]) => c === eventChannels.deckState)).toEqual([
      [eventChannels.deckState, deck(1, 2)],
      [eventChannels.deckState, deck(2, 3)],
    ])
    await invoke(fake, invokeChannels.openPresenter, from(audience.webContents))
    expect(fake.windows).toHaveLength(2)
  })

  it('reloads a crashed audience window at the current slide', async () => {
    const { fake } = await boot([])
    const win = await started(fake)
    send(fake, sendChannels.publishDeck, from(win.webContents), update(6))
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(win.webContents.url).toBe('app://briefing/index.html?lang=en#/7')
  })

  describe('File → Open report…', () => {
    type Item = { id?: string; click?: () => void; enabled?: boolean; submenu?: Item[] }
    const menuItem = (fake: FakeElectron, id: string): Item => {
      const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...all(i.submenu ?? [])])
      const found = all((fake.calls.menus.at(-1) as { template: Item[] }).template).find((i) => i.id === id)
      if (!found) throw new Error(`no menu item ${id}`)
      return found
    }
    const packTitle = async (fake: FakeElectron) =>
      JSON.parse(
        await (await fake.calls.protocolHandlers.get('app')!(new Request('app://briefing/content/pack.json'))).text(),
      ).title.en as string

    it('checks the pack, shows it in the audience window from slide 1, serves its files and remembers it', async () => {
      const example = resolve('tests/fixtures/packs/example')
      const { fake, userData } = await boot(['--slide=4'])
      const win = await started(fake)
      expect(await packTitle(fake)).toBe('Review of 2016')
      const before = win.webContents.url
      expect(before).toMatch(/#\/4$/)
      fake.calls.openAnswers.push(example)
      menuItem(fake, 'open-report').click!()
      await vi.waitFor(() => expect(win.webContents.url).not.toBe(before))
      expect(win.webContents.url).not.toMatch(/#\/4$/)
      expect(await packTitle(fake)).toBe('Review of 2031 (example)')
      await vi.waitFor(() =>
        expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8')).report).toBe(example),
      )
      expect(menuItem(fake, 'bundled-report').enabled).toBe(true)
      menuItem(fake, 'bundled-report').click!()
      expect(await packTitle(fake)).toBe('Review of 2016')
      await vi.waitFor(() =>
        expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))).not.toHaveProperty('report'),
      )
    })

    it('refuses a broken pack with its problems and keeps the current report and settings', async () => {
      const { fake, userData } = await boot([])
      await started(fake)
      const broken = mkdtempSync(join(tmpdir(), 'main-test-broken-'))
      cleanups.push(() => rmSync(broken, { recursive: true, force: true }))
      cpSync('tests/fixtures/packs/example', broken, { recursive: true })
      writeFileSync(join(broken, 'pack.json'), '{"format": 7}')
      fake.calls.openAnswers.push(broken)
      menuItem(fake, 'open-report').click!()
      await vi.waitFor(() => expect(fake.calls.messageBoxes.length).toBeGreaterThan(0))
      const box = (fake.calls.messageBoxes.at(-1) as unknown[]).at(-1) as {
        type: string
        message: string
        detail: string
      }
      expect(box.type).toBe('error')
      expect(box.message).toMatch(/This report cannot be opened; the current report stays/)
      expect(box.detail).toContain('pack.json: format: the pack is written in format 7')
      expect(await packTitle(fake)).toBe('Review of 2016')
      expect(existsSync(join(userData, 'settings.json'))).toBe(false)
    })

    it('opens the remembered report at the next start, and the bundled one when it has gone', async () => {
      const example = resolve('tests/fixtures/packs/example')
      const remembered = (dir: string) => writeFileSync(join(dir, 'settings.json'), JSON.stringify({ report: example }))
      const { fake } = await boot([], remembered)
      await started(fake)
      expect(await packTitle(fake)).toBe('Review of 2031 (example)')
      const gone = (dir: string) => writeFileSync(join(dir, 'settings.json'), JSON.stringify({ report: '/no/such' }))
      const second = await boot([], gone)
      await started(second.fake)
      expect(await packTitle(second.fake)).toBe('Review of 2016')
      await vi.waitFor(() => expect(second.fake.calls.messageBoxes.length).toBeGreaterThan(0))
      expect(JSON.stringify(second.fake.calls.messageBoxes.at(-1))).toContain('the report opened last (/no/such)')
    })
  })

  it('starts with defaults when settings.json is corrupt, and sets the file aside', async () => {
    const { fake, userData } = await boot([], (dir) => writeFileSync(join(dir, 'settings.json'), '{oops'))
    await started(fake)
    expect(readdirSync(userData).some((f) => /^settings\.corrupt-.*\.json$/.test(f))).toBe(true)
    expect(existsSync(join(userData, 'logs', 'main.log'))).toBe(true)
    expect(readFileSync(join(userData, 'logs', 'main.log'), 'utf8')).toMatch(/not valid JSON/)
  })

  it('--programme=FILE: windows open with its name, the renderer gets the checked programme, only the audience may switch views', async () => {
    const file = join(tmpdir(), `main-test-programme-${process.pid}.json`)
    writeFileSync(file, readFileSync('tests/fixtures/programmes/hebei.json'))
    cleanups.push(() => rmSync(file, { force: true }))
    const { fake } = await boot([`--programme=${file}`])
    const win = await started(fake)
    expect(win.webContents.url).toBe('app://briefing/index.html?programme=Hebei+visit')
    const programme = (await invoke(fake, invokeChannels.getProgramme, from(win.webContents))) as { name: string }
    expect(programme.name).toBe('Hebei visit')
    await invoke(fake, invokeChannels.openPresenter, from(win.webContents))
    const presenter = fake.windows[1]!
    expect(presenter.webContents.url).toBe('app://briefing/index.html?view=presenter&programme=Hebei+visit')
    await invoke(fake, invokeChannels.showView, from(presenter.webContents), { view: 'prepare' })
    expect(win.webContents.url).toBe('app://briefing/index.html?programme=Hebei+visit')
    await invoke(fake, invokeChannels.showView, from(win.webContents), { view: 'prepare' })
    expect(win.webContents.url).toBe('app://briefing/index.html?lang=zh&view=prepare')
    await invoke(fake, invokeChannels.showView, from(win.webContents), { view: 'audience', programme: 'Hebei visit' })
    expect(win.webContents.url).toBe('app://briefing/index.html?programme=Hebei+visit')
    // From now on the saved programme of that name runs, not the file it was started with.
    expect(await invoke(fake, invokeChannels.getProgramme, from(win.webContents))).toBeNull()
    expect(() => invoke(fake, invokeChannels.showView, from(win.webContents), { view: 'elsewhere' })).toThrow()
  })

  it('starts a programme chosen in the Prepare view at its welcome, in its own language, not where the deck was', async () => {
    const { fake } = await boot(['--lang=en'])
    const win = await started(fake)
    send(fake, sendChannels.publishDeck, from(win.webContents), update(6))
    await invoke(fake, invokeChannels.showView, from(win.webContents), { view: 'prepare' })
    await invoke(fake, invokeChannels.showView, from(win.webContents), { view: 'audience', programme: 'Hebei visit' })
    expect(win.webContents.url).toBe('app://briefing/index.html?programme=Hebei+visit')
  })

  it('reports bad flags on stderr and starts anyway', async () => {
    const { fake, stderr } = await boot(['--lang=fr', '--bogus'])
    const win = await started(fake)
    expect(win.webContents.url).toBe('app://briefing/index.html?lang=zh&theme=light')
    expect(stderr.join('')).toContain('--lang=fr: unknown language; expected one of zh, en, bi')
    expect(stderr.join('')).toContain('--bogus: unknown option')
  })

  describe('kiosk mode', () => {
    const pinHash = hashPin('246810')
    const withPin = (dir: string) => writeFileSync(join(dir, 'settings.json'), JSON.stringify({ kiosk: { pinHash } }))

    it('refuses to start without an exit PIN: the audience view opens instead and says how to set one', async () => {
      const { fake, stderr } = await boot(['--kiosk'])
      const win = await started(fake)
      expect(win.options).not.toMatchObject({ kiosk: true })
      expect(win.webContents.url).toBe('app://briefing/index.html?lang=zh&theme=light')
      expect(stderr.join('')).toContain('Set one with --set-kiosk-pin')
      expect(await invoke(fake, invokeChannels.exitKiosk, from(win.webContents), '0000')).toBe(false)
    })

    it('full screen kiosk window, no menu, display kept awake, keys filtered, cursor hidden', async () => {
      const { fake } = await boot(['--kiosk', '--dwell=8'], withPin)
      const win = await started(fake)
      expect(win.options).toMatchObject({ kiosk: true, fullscreen: true })
      expect(win.webContents.url).toBe('app://briefing/index.html?lang=zh&kiosk=1&dwell=8&idle=300')
      expect(fake.calls.menus).toEqual([null])
      expect(fake.calls.blockers).toHaveLength(1)
      const key = (code: string, mods: Record<string, boolean> = {}) => {
        let prevented = false
        const input = { type: 'keyDown', key: '', code, control: false, meta: false, shift: false, alt: false, ...mods }
        win.webContents.emit('before-input-event', { preventDefault: () => (prevented = true) }, input)
        return prevented
      }
      expect(key('KeyR', { control: true })).toBe(true)
      expect(key('ArrowRight')).toBe(false)
      expect(key('KeyX', { control: true, shift: true, alt: true })).toBe(true)
      expect(win.webContents.sent).toContainEqual([eventChannels.menuCommand, { type: 'kiosk-exit-prompt' }])
      win.webContents.emit('dom-ready')
      expect(win.webContents.css.join('')).toContain('cursor: none')
      const dialog = fake.module.dialog as { showErrorBox(t: string, c: string): void }
      expect(() => dialog.showErrorBox('x', 'y')).not.toThrow()
    })

    it('the window cannot be closed; a wrong PIN is refused, the right one quits', async () => {
      const { fake } = await boot(['--kiosk'], withPin)
      const win = await started(fake)
      win.close()
      expect(win.destroyed).toBe(false)
      const event = from(win.webContents)
      expect(await invoke(fake, invokeChannels.exitKiosk, event, '0000')).toBe(false)
      expect(await invoke(fake, invokeChannels.exitKiosk, event, '246810')).toBe(true)
      await vi.waitFor(() => expect(fake.calls.quit).toBe(1))
      win.close()
      expect(win.destroyed).toBe(true)
    })

    it('a renderer cannot change kiosk settings while the kiosk runs', async () => {
      const { fake } = await boot(['--kiosk'], withPin)
      const win = await started(fake)
      expect(() =>
        invoke(fake, invokeChannels.saveSettings, from(win.webContents), {
          lang: 'en',
          kiosk: { exitPin: '9999', enabled: false },
        }),
      ).toThrow(/invalid arguments/)
      expect(await invoke(fake, invokeChannels.exitKiosk, from(win.webContents), '9999')).toBe(false)
      expect(await invoke(fake, invokeChannels.exitKiosk, from(win.webContents), '246810')).toBe(true)
    })
  })

  describe('command-line export', () => {
    it('bad flags: exit 2 with one message, no window', async () => {
      const { fake, stderr } = await boot(['--export-pdf=a.pdf', '--handout=poster'])
      await vi.waitFor(() => expect(fake.calls.exit).toEqual([2]))
      expect(stderr.join('')).toContain(
        '--handout=poster: unknown handout variant; expected one of slides, notes, bilingual',
      )
      expect(fake.windows).toHaveLength(0)
    })

    it('renders the print view hidden, waits for printReady, writes the PDF and exits 0', async () => {
      const out = mkdtempSync(join(tmpdir(), 'main-test-out-'))
      cleanups.push(() => rmSync(out, { recursive: true, force: true }))
      const file = join(out, 'brief.pdf')
      const { fake } = await boot([`--export-pdf=${file}`, '--lang=en', '--handout=notes'])
      await vi.waitFor(() =>
        expect(fake.windows[0]?.webContents.url).toBe('app://briefing/index.html?print=1&lang=en&handout=notes'),
      )
      const win = fake.windows[0]!
      expect(win.options.show).toBe(false)
      const paths = (fake.app as unknown as { paths: Record<string, string> }).paths
      expect(paths.sessionData).toMatch(/wuhai-briefing-export-/)
      expect(existsSync(paths.sessionData!)).toBe(true)
      send(fake, sendChannels.printReady, from(win.webContents), 35)
      await vi.waitFor(() => expect(fake.calls.exit).toEqual([0]))
      expect(readFileSync(file, 'utf8')).toBe('%PDF')
      expect(win.destroyed).toBe(true)
    })

    it('refuses a page count that is not one page per slide of the report, and writes nothing', async () => {
      const out = mkdtempSync(join(tmpdir(), 'main-test-out-'))
      cleanups.push(() => rmSync(out, { recursive: true, force: true }))
      const file = join(out, 'brief.pdf')
      const { fake, stderr } = await boot([`--export-pdf=${file}`, '--lang=en'])
      await vi.waitFor(() => expect(fake.windows[0]?.webContents.url).toMatch(/print=1/))
      send(fake, sendChannels.printReady, from(fake.windows[0]!.webContents), 9999)
      await vi.waitFor(() => expect(fake.calls.exit).toEqual([1]))
      expect(stderr.join('')).toMatch(/laid out 9999 pages; expected 35, one per slide/)
      expect(existsSync(file)).toBe(false)
    })

    it('an unwritable target fails before rendering, exit 1', async () => {
      const { fake, stderr } = await boot(['--export-pdf=/proc/definitely/not/here.pdf'])
      await vi.waitFor(() => expect(fake.calls.exit).toEqual([1]))
      expect(stderr.join('')).toMatch(/PDF export failed: the folder \/proc\/definitely\/not does not exist/)
      expect(fake.windows).toHaveLength(0)
    })
  })
})
