import type { Plugin, Rollup } from 'vite'
import { faceRules, facesFor } from './font-faces'

type OutputAsset = Rollup.OutputAsset
type OutputBundle = Rollup.OutputBundle

/** Every string under `value` in language `lang` (objects keyed zh/en), skipping `skip` keys. */
export function textsIn(value: unknown, lang: string, skip: ReadonlySet<string>): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => textsIn(item, lang, skip))
  if (!value || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  if (typeof record[lang] === 'string') return [record[lang]]
  return Object.entries(record).flatMap(([key, item]) => (skip.has(key) ? [] : textsIn(item, lang, skip)))
}

/**
 * The text the opening slide shows in `lang`: its own strings and the pack's organisation and
 * credit, speaker notes aside; the pack's title names the window, not the slide.
 */
export function openingText(deck: unknown, pack: unknown, lang: string): string {
  if (!deck || typeof deck !== 'object' || !Array.isArray((deck as { slides?: unknown }).slides)) return ''
  const { slides } = deck as { slides: unknown[] }
  const skip = new Set(['notes'])
  const { organisation, credit } = (pack && typeof pack === 'object' ? pack : {}) as Record<string, unknown>
  return [...textsIn(slides[0], lang, skip), ...textsIn([organisation, credit], lang, skip)].join('')
}

export interface PreloadOptions {
  /** The content file holding the deck, relative to the renderer's root (`content/deck.json`). */
  deckFile: string
  /** The pack's description (`content/pack.json`), with the organisation and credit of the title slide. */
  packFile: string
  /** Further content files the app fetches before its first slide. */
  fetched: readonly string[]
  /** Language and font family the app opens in when nothing else is asked for. */
  lang: string
  family: string
}

function asset(bundle: OutputBundle, fileName: string): OutputAsset | undefined {
  const item = bundle[fileName]
  return item?.type === 'asset' ? item : undefined
}

/** An emitted asset's text. */
export const assetText = (item: OutputAsset) =>
  typeof item.source === 'string' ? item.source : Buffer.from(item.source).toString('utf8')

/**
 * Lets the browser fetch, while the app's script is still loading, what the opening slide needs
 * next: the content files, and the font files whose unicode-range covers the opening slide's text
 * in the default language (both weights, as the page's stylesheet declares them). A file missing
 * from the bundle or a deck it cannot read leaves that part out; nothing else changes.
 */
export function firstSlidePreload(options: PreloadOptions): Plugin {
  return {
    name: 'first-slide-preload',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const html = asset(bundle, 'index.html')
        if (!html) return
        const links: string[] = []
        for (const file of [options.packFile, options.deckFile, ...options.fetched])
          if (asset(bundle, file)) links.push(`<link rel="preload" href="./${file}" as="fetch" crossorigin>`)
        const deckAsset = asset(bundle, options.deckFile)
        const styles = Object.values(bundle).filter(
          (item): item is OutputAsset => item.type === 'asset' && item.fileName.endsWith('.css'),
        )
        if (deckAsset) {
          const parse = (item: OutputAsset | undefined): unknown => {
            try {
              return item ? JSON.parse(assetText(item)) : undefined
            } catch {
              return undefined
            }
          }
          const opening = openingText(parse(deckAsset), parse(asset(bundle, options.packFile)), options.lang)
          const points = [...new Set(opening)].map((c) => c.codePointAt(0)!)
          for (const css of styles) {
            const cssDir = css.fileName.replace(/[^/]*$/, '')
            for (const file of facesFor(faceRules(assetText(css)), options.family, points))
              links.push(
                `<link rel="preload" href="./${cssDir}${file.replace(/^\.\//, '')}" as="font" type="font/woff2" crossorigin>`,
              )
          }
        }
        if (!links.length) return
        // After the page's own script and stylesheet, which are wanted first.
        html.source = assetText(html).replace('</head>', `  ${links.join('\n    ')}\n  </head>`)
      },
    },
  }
}
