import { createHash } from 'node:crypto'
import type { Plugin, PluginOption, Rollup } from 'vite'
import { firstPaintMarkers } from '../../src/contract/firstPaint'
import { assetText } from './first-slide-preload'

export interface FirstPaintOptions {
  /** The renderer's source root, where `module` is found. */
  root: string
  /** The build-time module, from `root`, exporting `firstPaintMarkup(report)` (src/firstPaint/render.ts). */
  module: string
  /** The script that shows it before the first paint (src/firstPaint/boot.ts), built on its own. */
  boot: string
  /** The plugins that compile it (Svelte's), made afresh for the server-side render. */
  plugins: () => PluginOption[]
  /** The checked content files in the bundle: pack, deck and figures. */
  files: { pack: string; deck: string; figures: string }
}

/** `boot` as one classic script of its own, sharing nothing with the app's chunks. */
async function bootScript(boot: string): Promise<string> {
  const { build } = await import('vite')
  const result = await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      minify: true,
      emptyOutDir: false,
      lib: { entry: boot, formats: ['iife'], name: 'briefingBoot', fileName: 'boot' },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk')
  if (!chunk) throw new Error(`${boot}: the build wrote no script`)
  return chunk.code
}

/**
 * `page` (the built index.html) with `markup` at the start of the body between the markers, the
 * app's entry script turned into a preload, and the boot script (`boot`, a path in the bundle)
 * preloaded from the head and run at the end of the body, told where the entry is.
 */
export function withFirstPaint(page: string, { markup, boot }: { markup: string; boot: string }): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(page)
  if (!entry) throw new Error('index.html: no module script for the app to start from')
  for (const tag of ['<title>', '<body>', '</body>'])
    if (!page.includes(tag)) throw new Error(`index.html: no ${tag} to write the opening slide by`)
  // Replacer functions: a `$` in the report's text or a file name is not a replacement pattern.
  return page
    .replace(entry[0], () => `<link rel="modulepreload" crossorigin href="${entry[1]}">`)
    .replace('<title>', () => `<link rel="preload" href="./${boot}" as="script">\n    <title>`)
    .replace('<body>', () => `<body>\n    ${firstPaintMarkers.start}${markup}${firstPaintMarkers.end}`)
    .replace(
      '</body>',
      () => `  <script src="./${boot}" data-entry="${entry[1]}" blocking="render"></script>\n  </body>`,
    )
}

/**
 * Writes the opening slide into index.html, rendered by the app's own components on the server
 * side from the checked content the bundle ships, and a small render-blocking script after it
 * that shows the variant the window starts with (or none) before the first paint. That script
 * also starts the app, whose entry the page now only preloads: at once where it shows no opening
 * slide, and once the slide is on screen where it does. A bundle without index.html or content is
 * left as it is.
 */
export function firstPaint(options: FirstPaintOptions): Plugin {
  return {
    name: 'first-paint',
    apply: 'build',
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        const html = bundle['index.html']
        const [pack, deck, figures] = [options.files.pack, options.files.deck, options.files.figures].map(
          (name) => bundle[name],
        )
        if (html?.type !== 'asset' || pack?.type !== 'asset' || deck?.type !== 'asset' || figures?.type !== 'asset')
          return
        const { createServer } = await import('vite')
        const server = await createServer({
          root: options.root,
          configFile: false,
          logLevel: 'error',
          plugins: options.plugins(),
          optimizeDeps: { noDiscovery: true, include: [] },
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
        })
        try {
          const { firstPaintMarkup } = (await server.ssrLoadModule(options.module)) as {
            firstPaintMarkup: (report: unknown) => string
          }
          const list = (JSON.parse(assetText(figures)) as { figures: Array<{ id: string }> }).figures
          const markup = firstPaintMarkup({
            pack: JSON.parse(assetText(pack)),
            deck: JSON.parse(assetText(deck)),
            figures: new Map(list.map((figure) => [figure.id, figure])),
          })
          const code = await bootScript(options.boot)
          const fileName = `assets/boot-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`
          this.emitFile({ type: 'asset', fileName, source: code })
          html.source = withFirstPaint(assetText(html), { markup, boot: fileName })
        } finally {
          await server.close()
        }
      },
    },
  }
}
