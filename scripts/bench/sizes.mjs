// Sizes of the built renderer on disk: scripts and styles (raw and gzipped), fonts.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { round } from './stats.mjs'

export function sizes(root) {
  const assets = join(root, 'assets')
  const files = readdirSync(assets)
  const sum = (suffix, measure) =>
    files.filter((f) => f.endsWith(suffix)).reduce((total, f) => total + measure(join(assets, f)), 0)
  const raw = (p) => statSync(p).size
  const gzipped = (p) => gzipSync(readFileSync(p)).length
  const kib = (bytes) => round(bytes / 1024)
  return {
    jsFiles: files.filter((f) => f.endsWith('.js')).length,
    jsKB: kib(sum('.js', raw)),
    jsGzipKB: kib(sum('.js', gzipped)),
    cssKB: kib(sum('.css', raw)),
    cssGzipKB: kib(sum('.css', gzipped)),
    fontFiles: files.filter((f) => f.endsWith('.woff2')).length,
    fontsMB: round(sum('.woff2', raw) / 1024 / 1024, 2),
    otherFontFormats: files.filter((f) => /\.(woff|ttf|otf)$/.test(f)).length,
  }
}
