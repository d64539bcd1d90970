import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { resolve } from 'node:path'
import { contentSecurityPolicy } from './src/contract/csp'
import { bundledContent } from './scripts/vite/content-plugin'
import { woff2Only } from './scripts/vite/woff2-only'

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
      // One bundle read from disk by a desktop app or a local server; splitting it would not load it faster.
      chunkSizeWarningLimit: 1024,
      rollupOptions: { input: resolve('src/index.html') },
    },
  },
})
