// A small static server for the built renderer (the web edition): 127.0.0.1 only, no directory
// listings, nothing outside the served folder.
import { createServer } from 'node:http'
import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'

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

async function resolveFile(root, urlPath) {
  let path
  try {
    path = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  if (path.endsWith('/')) path += 'index.html'
  const candidate = resolve(root, '.' + path)
  if (candidate !== root && !candidate.startsWith(root + sep)) return null
  try {
    const real = await realpath(candidate)
    if (!real.startsWith(root + sep)) return null
    return (await stat(real)).isFile() ? real : null
  } catch {
    return null
  }
}

/** Serves `root` on 127.0.0.1; port 0 picks a free one. Resolves to { url, close }. */
export async function serve({ root, port = 0, host = '127.0.0.1' }) {
  const base = await realpath(resolve(root))
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end()
      return
    }
    const file = await resolveFile(base, new URL(req.url ?? '/', 'http://localhost').pathname)
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const body = await readFile(file)
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  await new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, ok)
  })
  const address = server.address()
  return {
    url: `http://${host}:${address.port}/`,
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
