// The screen shown while a crashed renderer waits for its next try. Served from memory by the
// app:// handler (a data: URL would be blocked by the app's own request rules); no script, and the
// retry is a main-process timer.
import type { StaticPages } from './protocol'

export const restartingPath = '/__restarting'
const stylePath = '/__restarting.css'

/** The renderer's own stylesheets (which carry the bundled fonts), as index.html links them. */
export function stylesheetsOf(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((tag) => /\bhref="([^"]+)"/.exec(tag[0])?.[1] ?? '')
    .filter((href) => /^\.?\/?assets\/[\w.-]+\.css$/.test(href))
    .map((href) => '/' + href.replace(/^\.?\//, ''))
}

const html = (fontSheets: string[]) => `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>正在重新启动… · Restarting…</title>
${fontSheets.map((href) => `<link rel="stylesheet" href="${href}">\n`).join('')}<link rel="stylesheet" href="${stylePath}">
</head>
<body>
<main>
<p class="big" lang="zh">正在重新启动…</p>
<p class="big" lang="en">Restarting…</p>
<p lang="zh">演示程序遇到问题，将自动重试。</p>
<p lang="en">The briefing stopped unexpectedly and will try again shortly.</p>
</main>
</body>
</html>
`

const css = `html, body { margin: 0; height: 100%; background: #0b1e3a; color: #f2f5fa; cursor: none; }
body { display: flex; align-items: center; justify-content: center; font-family: 'Noto Sans SC', system-ui, sans-serif; }
main { text-align: center; }
p { margin: 0.4em 0; font-size: 3vmin; }
p.big { font-size: 6vmin; font-weight: 600; }
`

/** The pages, drawing the Chinese line in the bundled font when the renderer's stylesheets are given. */
export function restartingPages(fontSheets: string[] = []): StaticPages {
  return {
    [restartingPath]: { contentType: 'text/html; charset=utf-8', body: html(fontSheets) },
    [stylePath]: { contentType: 'text/css; charset=utf-8', body: css },
  }
}
