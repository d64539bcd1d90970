// The floor page: one heading in the bundled font and nothing else, the least any page showing that
// text in that font can take. It is written to a temporary folder beside copies of the font files
// the built renderer ships, declared by the renderer's own @font-face rules (only those the
// browser takes the heading's characters from), and served by the same static server as the app.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createJiti } from 'jiti'
import { metaPolicy, serve } from '../serve.mjs'

const jiti = createJiti(import.meta.url)
const { faceRules, facesFor } = await jiti.import('../vite/font-faces.ts')

/** The @font-face rules of `family` at `weight` in `css` that the browser uses for `text`. */
export function faceRulesFor(css, { family, weight, text }) {
  const rules = css.match(/@font-face\s*{[^}]*}/g) ?? []
  const points = [...new Set([...text])].map((c) => c.codePointAt(0))
  const files = new Set(
    facesFor(
      faceRules(css).filter((rule) => rule.weight === String(weight)),
      family,
      points,
    ),
  )
  return rules.filter((rule) => [...files].some((file) => rule.includes(`url(${file})`) || rule.includes(`"${file}"`)))
}

/**
 * Writes the floor page for `heading` (set in `family` at `weight`, `size` px, on the app's
 * policy) and serves it. Resolves to { url, close, files } where files are the fonts it declares.
 */
export async function serveFloor({ root, heading, family, weight = 700, size = 104 }) {
  const assets = join(root, 'assets')
  const css = readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n')
  const rules = faceRulesFor(css, { family, weight, text: heading })
  if (!rules.length)
    throw new Error(`${assets}: no stylesheet declares a ${family} ${weight} face for the floor heading`)
  const policy = metaPolicy(readFileSync(join(root, 'index.html'), 'utf8'))
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'))
  const files = rules.flatMap((rule) => [...rule.matchAll(/url\(["']?\.\/([^)"']+)["']?\)/g)].map((m) => m[1]))
  for (const file of files) copyFileSync(join(assets, file), join(dir, file))
  writeFileSync(
    join(dir, 'floor.css'),
    [
      ...rules,
      `html,body{margin:0;height:100%}`,
      `body{display:grid;place-items:center;font-family:"${family}",sans-serif}`,
      `h1{margin:0;font-size:${size}px;font-weight:${weight}}`,
    ].join('\n'),
  )
  const escaped = heading.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">` +
      `<meta http-equiv="Content-Security-Policy" content="${policy}">` +
      `<link rel="icon" href="data:,"><link rel="stylesheet" href="./floor.css"><title>floor</title></head>` +
      `<body><h1>${escaped}</h1></body></html>`,
  )
  const server = await serve({ root: dir })
  return {
    url: server.url,
    files,
    close: async () => {
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
