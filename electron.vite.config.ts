import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { resolve } from 'node:path'
import { contentSecurityPolicy } from './src/contract/csp'
import { bundledContent } from './scripts/vite/content-plugin'
import { firstPaint } from './scripts/vite/first-paint'
import { firstSlidePreload } from './scripts/vite/first-slide-preload'
import { reportFonts, reportText } from './scripts/vite/report-fonts'
import { woff2Only } from './scripts/vite/woff2-only'
import { strings } from './src/i18n/strings'
import { packFiles } from './src/content/pack'
import { reportFontFamily } from './src/styles/palette'

const contentDir = resolve(process.env.BRIEFING_CONTENT_DIR ?? 'resources/content')
// The full font's stylesheets per weight: the one-file Simplified Chinese set first, the
// unicode-range files for whatever it lacks.
const fullFont = (weight: string) => ({
  weight,
  cssFiles: [`chinese-simplified-${weight}.css`, `${weight}.css`].map((css) =>
    resolve(`node_modules/@fontsource/noto-sans-sc/${css}`),
  ),
})

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve('electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve('electron/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'src',
    base: './',
    publicDir: false,
    plugins: [
      svelte({ configFile: resolve('svelte.config.js') }),
      woff2Only(),
      reportFonts({
        family: reportFontFamily,
        sources: [fullFont('400'), fullFont('700')],
        // Also opening: the loading line, and the slide counter under the opening slide.
        text: () =>
          reportText(contentDir, resolve('src'), `${strings.zh.app.loading}${strings.en.app.loading}0123456789 /`),
        cacheDir: resolve('node_modules/.cache/report-fonts'),
      }),
      bundledContent({ dir: contentDir }),
      firstSlidePreload({
        deckFile: `content/${packFiles.deck}`,
        packFile: `content/${packFiles.pack}`,
        fetched: [`content/${packFiles.figures}`],
        lang: 'zh',
        family: reportFontFamily,
      }),
      firstPaint({
        root: resolve('src'),
        module: '/firstPaint/render.ts',
        boot: resolve('src/firstPaint/boot.ts'),
        plugins: () => [svelte({ configFile: resolve('svelte.config.js') })],
        files: {
          pack: `content/${packFiles.pack}`,
          deck: `content/${packFiles.deck}`,
          figures: `content/${packFiles.figures}`,
        },
      }),
      {
        name: 'csp-meta',
        transformIndexHtml: (html) => html.replace('%CSP%', contentSecurityPolicy),
      },
    ],
    build: {
      outDir: resolve(process.env.BRIEFING_RENDERER_OUT ?? 'out/renderer'),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      minify: true,
      // What the first slide does not need (ECharts above all) is split off and loaded after it is
      // shown; the entry chunk should stay well under this.
      chunkSizeWarningLimit: 600,
      rollupOptions: {
        input: resolve('src/index.html'),
        // zod in a chunk of its own: the first slide is shown without it (tests/e2e/shell.test.ts).
        output: {
          manualChunks: (id) => (/\/node_modules\/zod\/|\/src\/contract\/zod\.ts$/.test(id) ? 'zod' : undefined),
        },
      },
    },
  },
})
