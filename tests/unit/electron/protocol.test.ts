import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../../src/contract/csp'
import { firstPaintMarkers } from '../../../src/contract/firstPaint'
import { hostilePaths } from '../../fixtures/hostile-paths'
import { createAppHandler, mimeType, packFileOf, requestPath, resolveAppFile } from '../../../electron/main/protocol'
import { restartingPages, stylesheetsOf } from '../../../electron/main/restarting-page'

let base: string
let root: string

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'protocol-test-')))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  mkdirSync(join(root, 'content'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>')
  writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
  writeFileSync(join(root, 'assets', 'file name.css'), 'body{}')
  writeFileSync(join(root, 'content', 'deck.json'), '{"slides":[]}')
  writeFileSync(join(base, 'secret.txt'), 'secret')
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'escape.js'))
  symlinkSync(join(root, 'index.html'), join(root, 'assets', 'inside-link.html'))
})
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('requestPath', () => {
  it('takes the raw path of app://briefing URLs only', () => {
    expect(requestPath('app://briefing/index.html?lang=en#/3')).toBe('/index.html')
    expect(requestPath('app://briefing')).toBe('/')
    expect(requestPath('APP://Briefing/a.js')).toBe('/a.js')
    expect(requestPath('app://briefing/%2e%2e/x')).toBe('/%2e%2e/x')
    for (const url of [
      'app://briefing.evil/x',
      'app://briefing@evil/x',
      'app://evil/x',
      'file:///etc/passwd',
      'http://briefing/x',
      'app:briefing/x',
    ])
      expect(requestPath(url)).toBeNull()
  })
})

describe('resolveAppFile', () => {
  it('maps ordinary paths, and / to index.html', async () => {
    expect(await resolveAppFile(root, '/')).toEqual({ ok: true, file: join(root, 'index.html') })
    expect(await resolveAppFile(root, '/content/deck.json')).toEqual({
      ok: true,
      file: join(root, 'content', 'deck.json'),
    })
    expect(await resolveAppFile(root, '/assets/file%20name.css')).toEqual({
      ok: true,
      file: join(root, 'assets', 'file name.css'),
    })
  })

  it.each(hostilePaths)('rejects %s', async (raw) => {
    const result = await resolveAppFile(root, raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect([400, 403]).toContain(result.status)
  })

  it('rejects a symlink whose target leaves the folder, allows one that stays inside', async () => {
    expect(await resolveAppFile(root, '/assets/escape.js')).toMatchObject({ ok: false, status: 403 })
    expect(await resolveAppFile(root, '/assets/inside-link.html')).toEqual({ ok: true, file: join(root, 'index.html') })
  })

  it('uses the injected realpath for containment', async () => {
    const fs = { realpath: async () => '/elsewhere/x.js', stat: fsp.stat }
    expect(await resolveAppFile(root, '/assets/app-1.js', fs)).toMatchObject({ ok: false, status: 403 })
  })

  it('404 for missing files and folders', async () => {
    expect(await resolveAppFile(root, '/nope.js')).toMatchObject({ ok: false, status: 404 })
    expect(await resolveAppFile(root, '/assets')).toMatchObject({ ok: false, status: 404 })
  })
})

describe('mimeType', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.WOFF2', 'font/woff2'],
    ['a.png', 'image/png'],
    ['a.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(mimeType(file)).toBe(type))
})

describe('createAppHandler', () => {
  const handler = () => createAppHandler({ root, pages: restartingPages(['/assets/index-abc.css']) })

  it('serves files with the CSP, nosniff and the right type', async () => {
    const res = await handler()(new Request('app://briefing/assets/font.woff2'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('font/woff2')
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]))
  })

  it('serves index.html for the bare origin and JSON content', async () => {
    expect(await (await handler()(new Request('app://briefing/'))).text()).toContain('<title>x</title>')
    const json = await handler()(new Request('app://briefing/content/deck.json'))
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8')
  })

  it('errors carry the CSP too', async () => {
    const res = await handler()(new Request('app://briefing/missing.js'))
    expect(res.status).toBe(404)
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('refuses traversal, other hosts and other methods', async () => {
    const rejected: string[] = []
    const h = createAppHandler({ root, onReject: (url) => rejected.push(url) })
    expect((await h(new Request('app://briefing/assets/escape.js'))).status).toBe(403)
    expect((await h(new Request('app://evil/index.html'))).status).toBe(404)
    expect((await h(new Request('app://briefing/index.html', { method: 'POST', body: 'x' }))).status).toBe(405)
    expect(rejected).toEqual(['app://briefing/assets/escape.js', 'app://evil/index.html'])
  })

  it('serves the in-memory restarting page, bilingual, without script', async () => {
    const res = await handler()(new Request('app://briefing/__restarting'))
    const html = await res.text()
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(html).toContain('正在重新启动…')
    expect(html).toContain('Restarting…')
    expect(html).not.toMatch(/<script|http-equiv="refresh"|style=/i)
    expect(html).toContain('<link rel="stylesheet" href="/assets/index-abc.css">')
    const css = await handler()(new Request('app://briefing/__restarting.css'))
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('finds the renderer stylesheets (with the bundled fonts) in index.html, and nothing else', () => {
    const index =
      '<link rel="icon" href="data:,"><link rel="stylesheet" crossorigin href="./assets/index-BrL35TDD.css"><link rel="stylesheet" href="https://evil.example/x.css"><link rel="stylesheet" href="../secret.css">'
    expect(stylesheetsOf(index)).toEqual(['/assets/index-BrL35TDD.css'])
  })

  it('HEAD has headers and no body', async () => {
    const res = await handler()(new Request('app://briefing/index.html', { method: 'HEAD' }))
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  })
})

describe('a report pack answering for content/…', () => {
  it('maps only the pack files the app reads', () => {
    expect(packFileOf('/content/deck.json')).toBe('deck.json')
    expect(packFileOf('/content/pack.json')).toBe('pack.json')
    for (const path of ['/content/source.zh.txt', '/content/../deck.json', '/content/x/deck.json', '/deck.json'])
      expect(packFileOf(path)).toBeUndefined()
  })

  it('serves the pack folder’s file instead of the built one, with the CSP; the rest still from the renderer', async () => {
    const pack = join(base, 'pack')
    mkdirSync(pack, { recursive: true })
    writeFileSync(join(pack, 'deck.json'), '{"slides":["from the pack"]}')
    writeFileSync(join(pack, 'secret.txt'), 'secret')
    let dir: string | undefined = pack
    const handle = createAppHandler({ root, contentDir: () => dir })
    const deck = await handle(new Request('app://briefing/content/deck.json'))
    expect(await deck.text()).toBe('{"slides":["from the pack"]}')
    expect(deck.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect((await handle(new Request('app://briefing/content/secret.txt'))).status).toBe(404)
    expect((await handle(new Request('app://briefing/content/figures.json'))).status).toBe(404)
    expect(await (await handle(new Request('app://briefing/index.html'))).text()).toContain('<title>x</title>')
    dir = undefined
    expect(await (await handle(new Request('app://briefing/content/deck.json'))).text()).toBe('{"slides":[]}')
  })

  it('serves index.html without the bundled report’s written-in opening slide while another pack answers', async () => {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'first-paint-')))
    try {
      const page = `<body>${firstPaintMarkers.start}<div data-first-paint="zh">旧</div>${firstPaintMarkers.end}<div id="app"></div></body>`
      writeFileSync(join(base, 'index.html'), page)
      let dir: string | undefined = join(base, 'pack')
      const handle = createAppHandler({ root: base, contentDir: () => dir })
      for (const path of ['/', '/index.html']) {
        const text = await (await handle(new Request(`app://briefing${path}`))).text()
        expect(text).toBe('<body><div id="app"></div></body>')
      }
      dir = undefined
      expect(await (await handle(new Request('app://briefing/index.html'))).text()).toBe(page)
    } finally {
      rmSync(base, { recursive: true, force: true })
    }
  })
})
