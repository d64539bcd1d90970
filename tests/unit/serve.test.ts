// The web edition's server, started for real on 127.0.0.1 and spoken to over raw TCP, so every
// request target and Host header arrives exactly as written.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '../../src/contract/csp'
import { allowedHosts, metaPolicy, serve, type Served } from '../../scripts/serve.mjs'
import { hostilePaths } from '../fixtures/hostile-paths'

// A read that fails after the file was resolved: it vanished, or cannot be read.
let readFailure: { file: string; code: string } | null = null
vi.mock('node:fs/promises', async (original) => {
  const fsp = await original<typeof import('node:fs/promises')>()
  const readFile = (async (path: string, ...rest: unknown[]) => {
    if (readFailure && path === readFailure.file)
      throw Object.assign(new Error(`${readFailure.code}: ${path}`), { code: readFailure.code })
    return (fsp.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest)
  }) as typeof fsp.readFile
  return { ...fsp, readFile, default: { ...fsp, readFile } }
})

let base: string
let root: string
let server: Served
let host: string

const page = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" /><title>x</title>`

beforeAll(async () => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'serve-test-')))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), page)
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'file name.css'), 'body{}')
  writeFileSync(join(base, 'secret.txt'), 'secret')
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'escape.js'))
  server = await serve({ root })
  host = new URL(server.url).host
})
afterAll(async () => {
  await server?.close()
  rmSync(base, { recursive: true, force: true })
})

interface Reply {
  status: number
  headers: Record<string, string>
  body: string
}

/** One HTTP/1.1 request written byte for byte. */
function request(target: string, options: { host?: string | null; method?: string } = {}): Promise<Reply> {
  const { port } = new URL(server.url)
  const hostLine = options.host === null ? '' : `Host: ${options.host ?? host}\r\n`
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1')
    let raw = ''
    socket.setEncoding('latin1')
    socket.on('data', (d) => (raw += d))
    socket.on('error', reject)
    socket.on('end', () => {
      const [head = '', ...rest] = raw.split('\r\n\r\n')
      const [statusLine = '', ...lines] = head.split('\r\n')
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      )
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') })
    })
    socket.write(`${options.method ?? 'GET'} ${target} HTTP/1.1\r\n${hostLine}Connection: close\r\n\r\n`, 'latin1')
  })
}

describe('the web edition server', () => {
  it('serves files with the CSP header (plus frame-ancestors) and the isolation headers', async () => {
    for (const target of ['/', '/assets/app.js', '/assets/file%20name.css', '/missing.js']) {
      const res = await request(target)
      expect(res.headers['content-security-policy'], target).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`)
      expect(res.headers['x-content-type-options'], target).toBe('nosniff')
      expect(res.headers['referrer-policy'], target).toBe('no-referrer')
      expect(res.headers['cross-origin-opener-policy'], target).toBe('same-origin')
    }
    const index = await request('/')
    expect(index.status).toBe(200)
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(index.body).toBe(page)
    expect((await request('/assets/file%20name.css?v=2')).body).toBe('body{}')
    expect((await request('/missing.js')).status).toBe(404)
  })

  it.each(['attacker.example', 'attacker.example:PORT', '127.0.0.1.attacker.example:PORT', 'PORT', ''])(
    'refuses Host %j (DNS rebinding)',
    async (name) => {
      const res = await request('/', { host: name.replace('PORT', new URL(server.url).port) })
      expect(res.status).toBe(421)
      expect(res.body).not.toContain('<title>')
    },
  )

  it('refuses a request with no Host, or a loopback name on another port', async () => {
    const { port } = new URL(server.url)
    expect((await request('/', { host: null })).status).toBe(400)
    expect((await request('/', { host: `127.0.0.1:${Number(port) + 1}` })).status).toBe(421)
  })

  it('answers to its own loopback address by either name', async () => {
    const { port } = new URL(server.url)
    expect((await request('/', { host: `localhost:${port}` })).status).toBe(200)
    expect((await request('/', { host: `LOCALHOST:${port}` })).status).toBe(200)
    expect(allowedHosts('127.0.0.1', 80)).toContain('127.0.0.1')
  })

  it.each(hostilePaths)('never serves outside its folder: %j', async (target) => {
    const res = await request(target)
    expect([400, 403, 404]).toContain(res.status)
    expect(res.body).not.toContain('secret')
  })

  it('refuses a symlink out of the folder', async () => {
    const res = await request('/assets/escape.js')
    expect(res.status).toBe(403)
    expect(res.body).not.toContain('secret')
  })

  it('other methods get 405', async () => {
    expect((await request('/', { method: 'POST' })).status).toBe(405)
    expect((await request('/', { method: 'HEAD' })).body).toBe('')
  })

  it.each([
    ['ENOENT', 404],
    ['EACCES', 500],
    ['EIO', 500],
  ])(
    'a read failing with %s (after the file was found) is a %i, and the server keeps serving',
    async (code, status) => {
      readFailure = { file: join(root, 'assets', 'app.js'), code }
      try {
        const res = await request('/assets/app.js')
        expect(res.status).toBe(status)
        expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
      } finally {
        readFailure = null
      }
      expect((await request('/assets/app.js')).body).toBe('console.log(1)')
    },
  )
})

describe('its policy', () => {
  it('is the one the build wrote into index.html', () => {
    expect(metaPolicy(page)).toBe(contentSecurityPolicy)
    expect(metaPolicy('<!doctype html><title>no policy</title>')).toBeNull()
  })

  it('refuses to start on a folder whose index.html carries none', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'serve-bare-'))
    writeFileSync(join(bare, 'index.html'), '<!doctype html><title>x</title>')
    await expect(serve({ root: bare })).rejects.toThrow(/index\.html carries no Content-Security-Policy/)
    rmSync(bare, { recursive: true, force: true })
  })
})

describe('the web edition with another report pack', () => {
  it('answers content/… from the pack folder, only for the files the app reads', async () => {
    const pack = join(base, 'pack')
    mkdirSync(pack, { recursive: true })
    writeFileSync(join(pack, 'pack.json'), '{"from":"the pack"}')
    writeFileSync(join(pack, 'source.zh.txt'), 'source')
    mkdirSync(join(root, 'content'), { recursive: true })
    writeFileSync(join(root, 'content', 'pack.json'), '{"from":"the build"}')
    const other = await serve({ root, report: pack })
    try {
      const get = (path: string) => fetch(new URL(path, other.url))
      const served = await get('content/pack.json')
      expect(await served.text()).toBe('{"from":"the pack"}')
      expect(served.headers.get('content-security-policy')).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`)
      expect((await get('content/source.zh.txt')).status).toBe(404)
      expect((await get('content/deck.json')).status).toBe(404)
      expect(await (await fetch(new URL('content/pack.json', server.url))).text()).toBe('{"from":"the build"}')
    } finally {
      await other.close()
    }
  })
})
