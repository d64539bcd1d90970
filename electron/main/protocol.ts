// app://briefing/... : the built renderer served from one folder, nothing outside it, every
// response with the app's CSP. The handler is a plain (Request) => Response function.
import * as fsp from 'node:fs/promises'
import { extname, isAbsolute, join, relative } from 'node:path'
import { appPackFiles } from '../../src/content/pack'
import { contentSecurityPolicy } from '../../src/contract/csp'
import { withoutFirstPaint } from '../../src/contract/firstPaint'
import { appHost, appScheme } from './url'

export const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

export function mimeType(path: string): string {
  return mimeTypes[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  }
}

/** The raw (undecoded) path of an app://briefing URL, or null for any other origin. */
export function requestPath(url: string): string | null {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(url)
  if (!match || match[1]?.toLowerCase() !== appScheme || match[2]?.toLowerCase() !== appHost) return null
  return match[3] || '/'
}

export type Resolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string }

export interface ResolveFs {
  realpath(path: string): Promise<string>
  stat(path: string): Promise<{ isFile(): boolean }>
}

function inside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * Maps a raw request path onto a file under `root` (already a real path). Rejects traversal in
 * every spelling (`..`, encoded dots and slashes, backslashes, NUL, absolute or drive paths) and
 * files whose real path (symlinks followed) leaves the folder.
 */
export async function resolveAppFile(root: string, rawPath: string, fs: ResolveFs = fsp): Promise<Resolution> {
  const bad = (reason: string): Resolution => ({ ok: false, status: 400, reason })
  if (!rawPath.startsWith('/')) return bad('not an absolute URL path')
  if (rawPath.includes('\0') || rawPath.includes('\\')) return bad('NUL or backslash')
  if (/%(2e|2f|5c|00)/i.test(rawPath)) return bad('encoded dot, slash, backslash or NUL')
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    return bad('malformed percent-encoding')
  }
  if (path.includes('\0') || path.includes('\\')) return bad('NUL or backslash')
  if (path === '/') path = '/index.html'
  const segments = path.slice(1).split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes(':')))
    return bad('empty, dot or drive segment')
  const candidate = join(root, ...segments)
  if (!inside(root, candidate)) return { ok: false, status: 403, reason: 'outside the app folder' }
  let real: string
  try {
    real = await fs.realpath(candidate)
  } catch {
    return { ok: false, status: 404, reason: 'not found' }
  }
  if (!inside(root, real)) return { ok: false, status: 403, reason: 'links outside the app folder' }
  try {
    if (!(await fs.stat(real)).isFile()) return { ok: false, status: 404, reason: 'not a file' }
  } catch {
    return { ok: false, status: 404, reason: 'not found' }
  }
  return { ok: true, file: real }
}

/** The pack file a content/… path asks for, when it is one of the files the app reads; nothing else maps to a pack. */
export function packFileOf(rawPath: string): string | undefined {
  const match = /^\/content\/([a-z.]+)$/.exec(rawPath)
  return match && (appPackFiles as readonly string[]).includes(match[1]!) ? match[1] : undefined
}

export interface StaticPage {
  contentType: string
  body: string
}

/** Pages the main process serves from memory (e.g. the "restarting" screen), by exact path. */
export type StaticPages = Readonly<Record<string, StaticPage>>

export interface AppHandlerOptions {
  root: string
  /** A report pack's folder whose files answer for content/… instead of the built renderer's; undefined: the built ones. */
  contentDir?: () => string | undefined
  pages?: StaticPages
  fs?: ResolveFs & { readFile(path: string): Promise<Uint8Array<ArrayBuffer>> }
  onReject?: (url: string, reason: string) => void
}

export function createAppHandler(options: AppHandlerOptions): (request: Request) => Promise<Response> {
  const fs = options.fs ?? fsp
  let realRoot: Promise<string> | undefined
  const fail = (status: number, text: string) =>
    new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') })

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405, 'Method not allowed')
    const rawPath = requestPath(request.url)
    if (rawPath === null) {
      options.onReject?.(request.url, 'foreign origin')
      return fail(404, 'Not found')
    }
    const page = options.pages?.[rawPath]
    if (page)
      return new Response(request.method === 'HEAD' ? null : page.body, { headers: securityHeaders(page.contentType) })
    const pack = packFileOf(rawPath)
    const packDir = pack ? options.contentDir?.() : undefined
    if (pack && packDir) {
      try {
        const body = await fs.readFile(join(packDir, pack))
        return new Response(request.method === 'HEAD' ? null : body, { headers: securityHeaders(mimeType(pack)) })
      } catch {
        return fail(404, 'Not found')
      }
    }
    realRoot ??= fs.realpath(options.root)
    let root: string
    try {
      root = await realRoot
    } catch {
      realRoot = undefined
      return fail(404, 'Not found')
    }
    const resolved = await resolveAppFile(root, rawPath, fs)
    if (!resolved.ok) {
      if (resolved.status !== 404) options.onReject?.(request.url, resolved.reason)
      return fail(resolved.status, resolved.status === 404 ? 'Not found' : 'Bad request')
    }
    try {
      const read = await fs.readFile(resolved.file)
      // The page's written-in opening slide is the bundled report's; another pack starts without it.
      const index = resolved.file === join(root, 'index.html') && options.contentDir?.() !== undefined
      const body = index ? withoutFirstPaint(new TextDecoder().decode(read)) : read
      return new Response(request.method === 'HEAD' ? null : body, {
        headers: securityHeaders(mimeType(resolved.file)),
      })
    } catch {
      return fail(404, 'Not found')
    }
  }
}
