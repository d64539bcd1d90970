// A small static server for the built renderer (the web edition): 127.0.0.1 only, no directory
// listings, nothing outside the served folder, and only for requests addressed to it by name
// (a page on another site that rebinds its DNS name to 127.0.0.1 gets nothing).
import { createServer } from 'node:http'
import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { createJiti } from 'jiti'

// The same rule as the app:// handler: only the pack files the app reads answer for content/….
const jiti = createJiti(import.meta.url)
const { packFileOf } = await jiti.import('../electron/main/protocol.ts')
const { withoutFirstPaint } = await jiti.import('../src/contract/firstPaint.ts')

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

function inside(root, candidate) {
  const rel = relative(root, candidate)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * Maps a raw request target onto a file under `root` (a real path), by the rules of the app://
 * handler (electron/main/protocol.ts): traversal in any spelling, encoded separators, NUL and
 * drive paths are refused, and so are files whose real path leaves the folder.
 * Resolves to { ok: true, file } or { ok: false, status }.
 */
async function resolveFile(root, target) {
  const bad = { ok: false, status: 400 }
  const rawPath = target.replace(/[?#].*$/s, '')
  if (!rawPath.startsWith('/')) return bad
  if (rawPath.includes('\0') || rawPath.includes('\\')) return bad
  if (/%(2e|2f|5c|00)/i.test(rawPath)) return bad
  let path
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    return bad
  }
  if (path.includes('\0') || path.includes('\\')) return bad
  if (path === '/') path = '/index.html'
  const segments = path.slice(1).split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes(':'))) return bad
  const candidate = join(root, ...segments)
  if (!inside(root, candidate)) return { ok: false, status: 403 }
  try {
    const real = await realpath(candidate)
    if (!inside(root, real)) return { ok: false, status: 403 }
    return (await stat(real)).isFile() ? { ok: true, file: real } : { ok: false, status: 404 }
  } catch {
    return { ok: false, status: 404 }
  }
}

/** The policy index.html carries (written there at build from src/contract/csp.ts). */
export function metaPolicy(html) {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? null
}

/** The headers of every response: the page's CSP plus what only a header can say. */
export function responseHeaders(policy) {
  return {
    'content-security-policy': `${policy}; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'no-cache',
  }
}

const loopbackNames = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** The Host values a request may carry: the address it was sent to, and localhost for a loopback one. */
export function allowedHosts(host, port) {
  const name = host.includes(':') ? `[${host}]` : host
  const names = loopbackNames.has(name) ? loopbackNames : new Set([name])
  // Browsers leave out the default port.
  return new Set([...names].flatMap((n) => (port === 80 ? [n, `${n}:80`] : [`${n}:${port}`])))
}

const statusText = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found', 500: 'Could not read the file' }

/** Where the web edition finds the programme it was started with (`npm run web -- --programme=FILE`). */
export const programmePath = '/programme.json'

/**
 * Serves `root` on 127.0.0.1; port 0 picks a free one. Resolves to { url, close }. With `programme`
 * (the text of a programme file, or null for none) it also answers programme.json from memory;
 * with `report` (a report pack's folder) the pack's files answer for content/….
 */
export async function serve({ root, port = 0, host = '127.0.0.1', programme = undefined, report = undefined }) {
  const base = await realpath(resolve(root))
  const index = join(base, 'index.html')
  const policy = metaPolicy(await readFile(index, 'utf8').catch(() => ''))
  if (!policy) throw new Error(`${index} carries no Content-Security-Policy meta tag; build it with npm run build`)
  const headers = responseHeaders(policy)
  let hosts = new Set()

  const reply = (req, res, status, type, body) => {
    res.writeHead(status, { ...headers, 'content-type': type, 'content-length': Buffer.byteLength(body) })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
  const fail = (req, res, status) => reply(req, res, status, 'text/plain; charset=utf-8', statusText[status])

  const server = createServer(async (req, res) => {
    try {
      if (!hosts.has(String(req.headers.host ?? '').toLowerCase())) {
        res.writeHead(421, { ...headers, 'content-type': 'text/plain; charset=utf-8' })
        res.end('Misdirected request: this server answers only to its own loopback address')
        return
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end()
        return
      }
      if (programme !== undefined && (req.url ?? '').replace(/[?#].*$/s, '') === programmePath)
        return reply(req, res, 200, types['.json'], programme ?? 'null')
      const packFile = report === undefined ? undefined : packFileOf((req.url ?? '').replace(/[?#].*$/s, ''))
      const found = packFile ? { ok: true, file: join(report, packFile) } : await resolveFile(base, req.url ?? '/')
      if (!found.ok) return fail(req, res, found.status)
      let body
      try {
        body = await readFile(found.file)
      } catch (error) {
        // Gone between the check and the read, or unreadable.
        return fail(req, res, error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500)
      }
      // The page's written-in opening slide is the bundled report's; another pack starts without it.
      if (report !== undefined && found.file === index) body = withoutFirstPaint(body.toString('utf8'))
      reply(req, res, 200, types[extname(found.file)] ?? 'application/octet-stream', body)
    } catch {
      if (!res.headersSent) fail(req, res, 500)
      else res.destroy()
    }
  })
  await new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, ok)
  })
  const address = server.address()
  hosts = allowedHosts(host, address.port)
  const urlHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${urlHost}:${address.port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  }
}

export function outRenderer(projectRoot = process.cwd()) {
  return join(projectRoot, 'out', 'renderer')
}

/** Ctrl+C (or SIGTERM) closes the server and exits cleanly, even if a browser holds a request open. */
export function stopOnSignals(server) {
  let closing = false
  const stop = async () => {
    if (closing) return
    closing = true
    setTimeout(() => process.exit(0), 2000).unref()
    await server.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
