import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { resolve } from 'node:path'
import { contentSecurityPolicy } from './src/contract/csp'
import { bundledContent } from './scripts/vite/content-plugin'
import { firstSlidePreload } from './scripts/vite/first-slide-preload'
import { woff2Only } from './scripts/vite/woff2-only'
import { packFiles } from './src/content/pack'

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
      bundledContent({ dir: resolve(process.env.BRIEFING_CONTENT_DIR ?? 'resources/content') }),
      firstSlidePreload({
        deckFile: `content/${packFiles.deck}`,
        packFile: `content/${packFiles.pack}`,
        fetched: [`content/${packFiles.figures}`],
        lang: 'zh',
        family: 'Noto Sans SC',
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
      rollupOptions: { input: resolve('src/index.html') },
    },
  },
})
